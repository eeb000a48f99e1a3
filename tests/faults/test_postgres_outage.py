"""Fault: PostgreSQL goes away and comes back, under gunicorn with production settings and
Redis as in production (the connection runs through a proxy the test cuts and restores).

Readers: pages already in the shared page cache are still served (200); anything else is a
503 "Back in a moment" page (JSON under /api/) with Retry-After, within seconds; never a 500
or a traceback. /healthz: 503 naming the database, cache ok. Log: one ERROR line when the
outage starts and one WARNING when it ends. Recovery: the pool reconnects, no restart.
(tests/armistice_site/test_database_down.py checks the same without Redis.)"""

import pytest

from tests import factories
from tests.faults.conftest import server_database_url

pytestmark = pytest.mark.django_db(transaction=True)


def test_postgres_gone_then_back(start_site, pg_proxy, redis_server):
    article = factories.ArticleFactory(slug="panmunjom", title="Panmunjom talks")
    article.tags.set([factories.TagFactory(slug="dmz")])  # keyed pages, the tag filter's lookup
    site = start_site(DATABASE_URL=server_database_url(pg_proxy.port), REDIS_URL=redis_server.url)
    site.get("/articles/panmunjom/")
    assert site.get("/articles/panmunjom/").headers["X-Page-Cache"] == "hit"

    pg_proxy.stop()

    cached = site.get("/articles/panmunjom/")
    assert (cached.status, cached.headers["X-Page-Cache"]) == (200, "hit")
    assert "Panmunjom talks" in cached.body
    for path in ("/articles/", "/timeline/", "/search/?q=talks", "/tags/dmz/?page=2"):
        page = site.get(path)
        assert page.status == 503, path
        assert page.seconds < 10
        assert page.headers["Retry-After"] == "30"
        assert "Back in a moment" in page.body
    api = site.get("/api/v1/articles/?page=1")
    assert (api.status, api.headers["Content-Type"]) == (503, "application/json")
    filtered = site.get("/api/v1/articles/?tag=dmz")
    assert (filtered.status, filtered.headers["Content-Type"]) == (503, "application/json")
    health = site.get("/healthz")
    assert health.status == 503
    assert (health.json()["database"], health.json()["cache"]) == ("unavailable", "ok")

    pg_proxy.start()

    site.wait_until("/healthz", 200, within=30)
    assert site.wait_until("/articles/", 200, within=10)
    assert site.get("/api/v1/articles/?page=1").status == 200
    assert site.get("/api/v1/articles/?tag=dmz").json()["count"] == 1
    assert "Panmunjom talks" in site.get("/tags/dmz/").body

    assert "Traceback" not in site.log_text()
    assert 500 not in site.statuses()
    errors = [line for line in site.log_lines() if line["level"] == "ERROR"]
    assert len(errors) == 1
    assert errors[0]["message"].startswith("Database unavailable, answering 503")
    assert site.log_text().count("Database reachable again") == 1
