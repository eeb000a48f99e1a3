"""Issue 14, item 1: a Redis outage must not take the site down. Against a real redis-server
of the test's own (stopped, frozen, started again), every reader surface answers from the
database, the outage is logged once when it starts and once when it ends, the API rate limit
keeps counting, /healthz reports the cache as unavailable with 200 (degraded), and a write
made during the outage is not hidden by pages cached before it. The same, against gunicorn,
is in tests/faults/test_redis_outage.py."""

import logging
import pickle
import time

import pytest
from django.core.cache import cache

from armistice_site import cache_guard
from armistice_site.api.throttling import fallback_cache
from armistice_site.page_cache import CACHE_HEADER
from tests import factories
from tests.faults.harness import RedisServer

pytestmark = pytest.mark.django_db

READER_PATHS = [
    "/",
    "/articles/",
    "/articles/panmunjom/",
    "/topics/armistice/",
    "/tags/dmz/",
    "/alliances/",
    "/timeline/",
    "/search/?q=armistice",
    "/feeds/articles/",
    "/feeds/articles/atom/",
    "/sitemap.xml",
    "/robots.txt",
    "/admin/login/",
    "/api/v1/",
    "/api/v1/articles/",
    "/api/v1/articles/panmunjom/",
    "/api/v1/topics/",
    "/api/v1/tags/",
    "/api/v1/events/",
]


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings, redis_server, monkeypatch):
    """The cache exactly as settings.py configures it for REDIS_URL, on the test's Redis."""
    monkeypatch.setattr(cache_guard, "_outages", {})
    monkeypatch.setattr(cache_guard, "RETRY_SECONDS", 0.2)
    settings.CACHES = {
        "default": {
            "BACKEND": "armistice_site.cache_guard.GuardedRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "armistice",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.PAGE_CACHE = True
    fallback_cache.clear()
    yield redis_server
    fallback_cache.clear()


@pytest.fixture
def content():
    topic = factories.TopicFactory(slug="armistice")
    article = factories.ArticleFactory(slug="panmunjom", title="Panmunjom talks", topic=topic)
    article.tags.set([factories.TagFactory(slug="dmz")])
    factories.EventFactory()
    factories.AllianceFactory()
    return article


@pytest.mark.parametrize("page_cache", [True, False])
def test_every_reader_surface_is_served_while_redis_is_away(
    client, settings, redis_cache, content, page_cache
):
    settings.PAGE_CACHE = page_cache
    redis_cache.stop()

    for path in READER_PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Panmunjom talks" in client.get("/articles/").content.decode()
    assert client.get("/api/v1/articles/").json()["count"] == 1

    health = client.get("/healthz")
    assert health.status_code == 200  # degraded, not down: keep the server in rotation
    assert health.json()["cache"] == "unavailable"
    assert health.json()["database"] == "ok"


def test_a_hung_redis_costs_one_timeout_not_one_per_request(
    client, redis_cache, content, monkeypatch
):
    monkeypatch.setattr(cache_guard, "RETRY_SECONDS", 60)
    client.get("/articles/")
    redis_cache.freeze()

    started = time.monotonic()
    for _ in range(10):
        assert client.get("/articles/").status_code == 200
    # One 0.2 s timeout, then no calls until the retry: about 12 s if every cache call of
    # every request (six per page) waited for it.
    assert time.monotonic() - started < 5


def test_the_outage_is_logged_once_when_it_starts_and_once_when_it_ends(
    client, redis_cache, content, caplog
):
    caplog.set_level(logging.WARNING, logger="armistice.cache")
    client.get("/articles/")
    redis_cache.stop()
    for _ in range(5):
        client.get("/articles/")
        time.sleep(0.1)  # past RETRY_SECONDS now and then: failed retries are not logged
    redis_cache.start()
    time.sleep(0.3)
    client.get("/articles/")
    for _ in range(3):
        client.get("/articles/")

    messages = [
        (record.levelname, record.getMessage())
        for record in caplog.records
        if record.name == "armistice.cache"
    ]
    assert len(messages) == 2, messages
    assert messages[0][0] == "ERROR"
    assert messages[0][1].startswith("Cache unavailable, serving from the database")
    assert messages[1] == ("WARNING", "Cache reachable again")
    assert client.get("/articles/")[CACHE_HEADER] == "hit"  # caching again


def test_the_api_rate_limit_keeps_counting_while_redis_is_away(client, redis_cache, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
    }
    redis_cache.stop()

    statuses = [client.get("/api/v1/topics/").status_code for _ in range(5)]

    assert statuses == [200, 200, 200, 429, 429]


def test_the_api_rate_limit_counts_in_redis_with_what_is_left_of_the_window(
    client, redis_cache, settings
):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
    }

    statuses = [client.get("/api/v1/topics/").status_code for _ in range(4)]
    refused = client.get("/api/v1/topics/")

    assert statuses == [200, 200, 200, 429]
    assert 0 < int(refused["Retry-After"]) <= 60
    assert not fallback_cache._cache  # Redis did the counting, not the worker's memory


def test_a_write_during_the_outage_is_not_hidden_by_pages_cached_before_it(
    client, redis_cache, content
):
    path = content.get_absolute_url()
    client.get(path)
    assert client.get(path)[CACHE_HEADER] == "hit"
    redis_cache.freeze()  # unreachable, but its entries survive

    content.title = "Renamed during the outage"
    content.save()
    assert "Renamed during the outage" in client.get(path).content.decode()

    redis_cache.thaw()
    time.sleep(0.3)
    page = client.get(path).content.decode()
    assert "Renamed during the outage" in page
    assert "Panmunjom talks" not in page


def test_without_an_outage_nothing_is_logged_and_the_cache_is_used(
    client, redis_cache, content, caplog
):
    caplog.set_level(logging.INFO, logger="armistice.cache")
    client.get("/articles/")
    assert client.get("/articles/")[CACHE_HEADER] == "hit"
    assert cache.get("missing", "default") == "default"
    assert not [record for record in caplog.records if record.name == "armistice.cache"]


def test_only_a_current_entry_with_its_versions_is_ever_served(redis_cache):
    """A value stored under a page's name in another form (by an older release) is a miss, as
    is an entry that names no versions; one whose versions hold is served until one moves."""
    cache.set("page:old", ({"dep:item:x": 1}, "stored by set()"))
    raw = cache._cache.get_client(write=True)
    raw.set(cache.make_key("page:bare" + cache_guard.ENTRY_SUFFIX), b"\n" + pickle.dumps("body"))
    cache.set("dep:item:a", 5, timeout=None)
    cache.set_current_many({"page:new": ({"dep:item:a": 5}, "the page")}, 60)

    assert cache.get_current("page:old") is None
    assert cache.get_current("page:bare") is None
    assert cache.get_current("page:new") == "the page"
    cache.incr("dep:item:a")
    assert cache.get_current("page:new") is None


def test_several_entries_are_read_in_one_round_trip_each_only_while_current(redis_cache):
    """``get_current_many`` answers for each key what ``get_current`` would."""
    cache.set("dep:item:a", 5, timeout=None)
    cache.set("dep:item:b", 7, timeout=None)
    cache.set_current_many(
        {
            "item:a": ({"dep:item:a": 5}, "shows a"),
            "item:ab": ({"dep:item:a": 5, "dep:item:b": 7}, "shows a and b"),
            "item:none": ({}, "shows nothing anyone can write"),
        },
        60,
    )
    cache.set("item:old", ({"dep:item:a": 5}, "stored by set()"))
    keys = ["item:a", "item:ab", "item:none", "item:old", "item:missing"]

    assert cache.get_current_many(keys) == {"item:a": "shows a", "item:ab": "shows a and b"}
    cache.incr("dep:item:b")
    assert cache.get_current_many(keys) == {"item:a": "shows a"}
    assert cache.get_current_many(keys) == {key: cache.get_current(key) for key in ["item:a"]}


def test_versions_are_created_together_and_never_overwritten(redis_cache):
    cache.set("dep:item:a", 5, timeout=None)

    assert cache.add_many({"dep:item:a": 1, "dep:item:b": 2}, timeout=None) == ["dep:item:a"]
    assert cache.get_many(["dep:item:a", "dep:item:b"]) == {"dep:item:a": 5, "dep:item:b": 2}
    assert cache.incr("dep:item:b") == 3  # stored as a number, as ``add`` stores it

    redis_cache.stop()
    assert cache.add_many({"dep:item:c": 1}, timeout=None) == ["dep:item:c"]
