"""Run by ``bench/run.py`` against one benchmark database (``DATABASE_URL``): picks the URLs
to load and counts the queries and bytes of one uncached request to each.

Prints JSON: ``{"urls": {name: [paths]}, "queries": {name: n}, "bytes": {name: n}}``. The page
cache is off here (``PAGE_CACHE=false``), so the counts are what a cache miss costs."""

import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "armistice_site.settings")
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from alliances.models import Alliance  # noqa: E402
from articles.models import Article, Tag  # noqa: E402

SEARCHES = (
    "Panmunjom armistice", "prisoner exchange", "Kashmir observers", "hotline", "Suez blockade",
    "demarcation line", "Trieste", "neutral nations", "Dien Bien Phu", "minefields Sinai",
    "truce talks Kaesong", "Yalta", "buffer zone Cyprus", "Golan disengagement", "Geneva",
)  # fmt: skip
EVENT_FILTER = "start=1950-01-01&end=1953-12-31"
UNCACHED_COUNT = 2000


def pick_urls() -> dict[str, list[str]]:
    public = Article.objects.public().order_by("pk")
    total = public.count()
    middle = public.values_list("slug", flat=True)[total // 2]
    many = list(public.values_list("slug", flat=True)[: UNCACHED_COUNT * 3 : 3])
    alliance = (
        Alliance.objects.public()
        .order_by("pk")
        .values_list("slug", flat=True)[Alliance.objects.public().count() // 2]
    )
    tags = list(Tag.objects.order_by("pk").values_list("slug", flat=True))
    words = [f"{a} {b.split()[0]}" for a in SEARCHES for b in SEARCHES if a != b]
    return {
        "ceiling": ["/bench/ceiling"],
        "home": ["/"],
        "article list": ["/articles/"],
        "article detail": [f"/articles/{middle}/"],
        "alliance detail": [f"/alliances/{alliance}/"],
        "alliance map on a date": [f"/alliances/{alliance}/?on=1985-01-01"],
        "timeline page": ["/timeline/"],
        "search": ["/search/?q=Panmunjom+armistice"],
        "API article list": ["/api/v1/articles/"],
        "API article detail": [f"/api/v1/articles/{middle}/"],
        "API events, date filter": [f"/api/v1/events/?{EVENT_FILTER}"],
        "TimelineJS export": [f"/api/v1/events/?format=timelinejs&{EVENT_FILTER}"],
        "50 article pages": [f"/articles/{slug}/" for slug in many[-50:]],
        "article detail, uncached": [f"/articles/{slug}/" for slug in many],
        "article list, uncached": [f"/articles/?page={page}" for page in range(1, 101)],
        "API article detail, uncached": [f"/api/v1/articles/{slug}/" for slug in many],
        "API article list, uncached": [
            f"/api/v1/articles/?tag={tag}&page={page}" for page in (1, 2, 3) for tag in tags
        ],
        "search, uncached": [f"/search/?q={text.replace(' ', '+')}" for text in words],
    }


def measure(urls: dict[str, list[str]]) -> tuple[dict, dict]:
    client = Client(HTTP_HOST="127.0.0.1")
    queries, sizes = {}, {}
    for name, paths in urls.items():
        path = paths[len(paths) // 2]
        client.get(path)  # warm imports and the count cache, as a running server would be
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        queries[name] = len(captured.captured_queries)
        sizes[name] = len(response.content)
    return queries, sizes


if __name__ == "__main__":
    chosen = pick_urls()
    counted, sized = measure(chosen)
    print(json.dumps({"urls": chosen, "queries": counted, "bytes": sized}))
