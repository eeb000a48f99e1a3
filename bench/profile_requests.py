"""Profile uncached requests in-process with cProfile (``python bench/profile_requests.py``)
against a benchmark database (``DATABASE_URL``), page cache off, DEBUG off. Prints, per URL
kind, the mean time per request and the 15 functions with the most time spent in themselves
(``tottime``) and the 15 with the most cumulative time, as Markdown for bench/profile.md. Run
from another checkout (``--root``) to profile that code on the same data."""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

KINDS = {
    "article detail": "/articles/{slug}/",
    "API article list": "/api/v1/articles/?page={page}",
    "API article list by tag": "/api/v1/articles/?tag={tag}&page={tag_page}",
    "API article detail": "/api/v1/articles/{slug}/",
}
REQUESTS = 60


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--label", default="")
    parser.add_argument("--kind", action="append", choices=KINDS, help="default: all kinds")
    parser.add_argument("--plain", action="store_true", help="time without the profiler")
    parser.add_argument("--requests", type=int, default=REQUESTS, help="per kind, at most 180")
    options = parser.parse_args()
    sys.path.insert(0, options.root)
    os.chdir(options.root)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="armistice_site.settings",
        DEBUG="false",
        PAGE_CACHE="false",
        LOG_LEVEL="ERROR",
        ALLOWED_HOSTS="127.0.0.1",
    )
    os.environ.setdefault("SECRET_KEY", "bench-only-profile-q8Zr3Lw0pXn5Tc7Vb2Hm9Kd4Jf6Gs1Ay0Ue8R")
    import django

    django.setup()
    from django.db.models import Count
    from django.test import Client

    from articles.models import Article, Tag

    slugs = list(Article.objects.public().order_by("pk").values_list("slug", flat=True)[:400:4])
    tags = list(
        Tag.objects.annotate(uses=Count("articles"))
        .filter(uses__gte=100)
        .order_by("pk")
        .values_list("slug", flat=True)[:20]
    )
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"## {options.label or options.root}\n")
    for kind in options.kind or KINDS:
        paths = [
            KINDS[kind].format(
                slug=slugs[i % len(slugs)],
                page=i % 50 + 1,
                tag=tags[i % len(tags)],
                tag_page=i % 5 + 1,
            )
            for i in range(200)
        ]
        for path in paths[:20]:  # imports, connections, template and count caches
            client.get(path)
        timed = paths[20 : 20 + options.requests]
        profiler = cProfile.Profile()
        started, started_cpu = time.perf_counter(), time.process_time()
        if not options.plain:
            profiler.enable()
        for path in timed:
            assert client.get(path).status_code == 200, path
        profiler.disable()
        mean = (time.perf_counter() - started) / len(timed) * 1000
        if options.plain:
            cpu = (time.process_time() - started_cpu) / len(timed) * 1000
            print(f"### {kind}: {mean:.1f} ms per request, {cpu:.1f} ms of it this process's CPU\n")
            continue
        print(f"### {kind}: {mean:.1f} ms per request under the profiler ({len(timed)} requests)\n")
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats(order).print_stats(15)
            lines = [line for line in out.getvalue().splitlines() if line.strip()]
            start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
            print(f"Top 15 by {order}:\n\n```")
            for line in lines[start : start + 16]:
                print(line.replace(options.root + "/", "").replace(sys.prefix + "/", "")[:160])
            print("```\n")


if __name__ == "__main__":
    main()
