"""Fault: Redis goes away and comes back (stopped and restarted empty; frozen, so it accepts
connections but answers nothing, then thawed), under a real gunicorn with production settings.

Readers: every page, API answer, feed, the sitemap and the admin login are served from the
database, never a 500; /healthz answers 200 with "cache": "unavailable" (degraded: keep the
server in rotation). Log: one ERROR line when the outage starts and one WARNING when it ends,
per worker process, however many requests came in between; no traceback. Recovery: pages are
cached again within seconds, with no restart."""

import time

import pytest

from tests import factories
from tests.faults.harness import Site

pytestmark = pytest.mark.django_db(transaction=True)

READER_PATHS = [
    "/",
    "/articles/",
    "/articles/panmunjom/",
    "/topics/armistice/",
    "/alliances/",
    "/timeline/",
    "/search/?q=armistice",
    "/feeds/articles/",
    "/feeds/articles/atom/",
    "/sitemap.xml",
    "/robots.txt",
    "/admin/login/",
    "/api/v1/articles/",
    "/api/v1/articles/panmunjom/",
    "/api/v1/topics/",
    "/api/v1/events/?start=1950-01-01",
]


def assert_every_reader_path_is_served(site: Site) -> None:
    for path in READER_PATHS:
        answer = site.get(path)
        assert answer.status == 200, (path, answer.status, answer.body[:300])
        # Never stuck: without the guard each of a page's cache calls would wait for Redis's
        # default 5 s socket timeout, until gunicorn killed the worker at 30 s.
        assert answer.seconds < 10, (path, answer.seconds)


def outage_lines(site: Site) -> tuple[list[dict], list[dict]]:
    lines = site.log_lines("armistice.cache")
    started = [line for line in lines if line["message"].startswith("Cache unavailable")]
    ended = [line for line in lines if line["message"] == "Cache reachable again"]
    return started, ended


@pytest.fixture
def content():
    topic = factories.TopicFactory(slug="armistice")
    factories.ArticleFactory(slug="panmunjom", title="Panmunjom talks", topic=topic)
    factories.EventFactory()
    factories.AllianceFactory()


def test_redis_stopped_then_restarted(start_site, redis_server, content):
    site = start_site(REDIS_URL=redis_server.url)
    site.get("/articles/")
    assert site.get("/articles/").headers["X-Page-Cache"] == "hit"

    redis_server.stop()

    assert_every_reader_path_is_served(site)
    assert "Panmunjom talks" in site.get("/articles/").body
    health = site.get("/healthz")
    assert (health.status, health.json()["cache"]) == (200, "unavailable")
    assert health.json()["database"] == "ok"

    redis_server.start()  # empty, on the same port

    deadline = time.monotonic() + 15
    while site.get("/healthz").json()["cache"] != "ok":
        assert time.monotonic() < deadline, "the cache was not used again"
        time.sleep(0.5)
    site.get("/articles/")
    assert site.get("/articles/").headers["X-Page-Cache"] == "hit"
    assert_every_reader_path_is_served(site)

    log = site.log_text()
    assert "Traceback" not in log
    assert 500 not in site.statuses()
    started, ended = outage_lines(site)
    assert len(started) == 1 and started[0]["level"] == "ERROR"
    assert "Connection refused" in started[0]["message"]
    assert len(ended) == 1 and ended[0]["level"] == "WARNING"
    assert [line for line in site.log_lines() if line["level"] == "ERROR"] == started


def test_redis_hung_then_thawed(start_site, redis_server, content):
    site = start_site(REDIS_URL=redis_server.url, REDIS_TIMEOUT_MS="300")
    site.get("/articles/panmunjom/")
    assert site.get("/articles/panmunjom/").headers["X-Page-Cache"] == "hit"

    redis_server.freeze()

    assert_every_reader_path_is_served(site)
    health = site.get("/healthz")
    assert (health.status, health.json()["cache"]) == (200, "unavailable")

    redis_server.thaw()

    deadline = time.monotonic() + 15
    while site.get("/healthz").json()["cache"] != "ok":
        assert time.monotonic() < deadline, "the cache was not used again"
        time.sleep(0.5)
    assert_every_reader_path_is_served(site)

    assert "Traceback" not in site.log_text()
    assert 500 not in site.statuses()
    started, ended = outage_lines(site)
    assert len(started) == 1 and "Timeout" in started[0]["message"]
    assert len(ended) == 1
