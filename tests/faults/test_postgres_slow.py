"""Fault: PostgreSQL is slow — every statement reading the articles table waits behind a lock
another session holds (as behind a long migration or a stuck transaction), longer than the
reader statement timeout — under gunicorn with two workers and Redis.

Readers: each uncached request that reads articles is cancelled after
DB_READER_STATEMENT_TIMEOUT and answered 503 with Retry-After, so no worker is held for
longer; meanwhile /healthz and cached pages answer at once; never a 500 or a traceback. Log:
one WARNING per cancelled request naming it; no ERROR (it is not an outage). Recovery: once
the lock goes, the same pages answer 200, no restart."""

import concurrent.futures
import time

import pytest

from articles.models import Article
from tests import factories
from tests.faults.harness import TableLock

pytestmark = pytest.mark.django_db(transaction=True)

TIMEOUT_SECONDS = 1
SLOW_PATHS = [f"/articles/?page={n}" for n in range(1, 4)] + [
    f"/api/v1/articles/?page_size={n}" for n in range(1, 4)
]


def test_postgres_slow_past_the_reader_timeout(start_site, redis_server):
    factories.ArticleFactory(slug="panmunjom", title="Panmunjom talks")
    site = start_site(
        REDIS_URL=redis_server.url,
        WEB_CONCURRENCY="2",
        DB_READER_STATEMENT_TIMEOUT=str(TIMEOUT_SECONDS),
    )
    site.get("/articles/panmunjom/")
    lock = TableLock(Article._meta.db_table)
    try:
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(len(SLOW_PATHS)) as pool:
            slow = pool.map(site.get, SLOW_PATHS)
            time.sleep(0.3)  # both workers are now waiting on PostgreSQL
            health = site.get("/healthz")
            cached = site.get("/articles/panmunjom/")
            answers = list(slow)
        took = time.monotonic() - started
    finally:
        lock.release()

    assert [answer.status for answer in answers] == [503] * len(SLOW_PATHS)
    assert all(answer.headers["Retry-After"] == "30" for answer in answers)
    assert "took too long" in answers[0].body
    assert "took too long" in answers[-1].json()["detail"]
    # Six requests, two workers, each held about one timeout: not until the lock goes (it is
    # released only after every answer, /healthz's included, has come).
    assert took < len(SLOW_PATHS) / 2 * (TIMEOUT_SECONDS + 1) + 5
    assert health.status == 200
    assert (cached.status, cached.headers["X-Page-Cache"]) == (200, "hit")

    for path in SLOW_PATHS:
        assert site.get(path).status == 200, path

    assert "Traceback" not in site.log_text()
    assert 500 not in site.statuses()
    levels = [line["level"] for line in site.log_lines() if line["logger"] != "armistice.request"]
    assert "ERROR" not in levels
    cancelled = [
        line
        for line in site.log_lines("armistice.database")
        if "reader statement timeout" in line["message"]
    ]
    assert sorted(line["path"] for line in cancelled) == sorted(
        path.split("?")[0] for path in SLOW_PATHS
    )
