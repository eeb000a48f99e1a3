"""Reader requests may not run one statement longer than DB_READER_STATEMENT_TIMEOUT: a query
blocked or slow past it is cancelled and the reader gets a 503 page (JSON under /api/) with
Retry-After, logged as one warning naming the request. Writes are not bounded, and the bound
follows each request: a writer after a reader on the same connection is not cut short. The
same under gunicorn, with several workers, is in tests/faults/test_postgres_slow.py."""

import logging
import threading
import time

import psycopg
import pytest
from django.db import connection

from armistice_site.statement_timeout import ensure_timeout
from articles.models import Article
from tests import factories
from tokens.services import token_create

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def timeout(settings):
    """A one-second bound; afterwards the session is given PostgreSQL's own setting back, so
    the test's teardown (a flush, in this test process) is not held to a reader's bound."""
    settings.DB_READER_STATEMENT_TIMEOUT = 1
    yield 1
    connection.ensure_connection()
    ensure_timeout(connection, None)


@pytest.fixture
def locked_articles():
    """Another session holds the articles table, so every statement reading it waits."""
    params = connection.settings_dict
    holder = psycopg.connect(
        host=params["HOST"] or "127.0.0.1",
        port=params["PORT"] or 5432,
        user=params["USER"],
        dbname=params["NAME"],
    )
    holder.execute(f"LOCK TABLE {Article._meta.db_table} IN ACCESS EXCLUSIVE MODE")
    safety = threading.Timer(20, holder.rollback)  # should the bound ever break: fail, not hang
    safety.start()
    yield holder
    safety.cancel()
    holder.rollback()
    holder.close()


def session_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def test_a_reader_query_past_the_timeout_is_cancelled_with_503(
    client, timeout, locked_articles, caplog
):
    caplog.set_level(logging.WARNING, logger="armistice.database")
    started = time.monotonic()
    page = client.get("/articles/")
    api = client.get("/api/v1/articles/")
    took = time.monotonic() - started

    assert took < 2 * timeout + 4  # not until the lock goes
    assert page.status_code == 503
    assert page["Retry-After"] == "30"
    assert "took too long" in page.content.decode()
    assert "no-cache" in page["Cache-Control"]
    assert api.status_code == 503
    assert "took too long" in api.json()["detail"]
    warnings = [r.getMessage() for r in caplog.records if r.name == "armistice.database"]
    assert warnings == [
        "A query of GET /articles/ ran past the 1 s reader statement timeout and was cancelled",
        "A query of GET /api/v1/articles/ ran past the 1 s reader statement timeout and was "
        "cancelled",
    ]


def test_a_write_waits_as_long_as_it_needs(client, timeout, locked_articles, django_user_model):
    editor = django_user_model.objects.create_superuser("chief", "c@example.org", "pw-chief-123")
    _, token = token_create(user=editor, name="Slow writer", scope="write")
    threading.Timer(2 * timeout + 0.5, locked_articles.rollback).start()

    created = client.post(
        "/api/v1/articles/",
        {"title": "Written while the table was busy", "slug": "busy"},
        content_type="application/json",
        headers={"authorization": f"Token {token}"},
    )

    assert created.status_code == 201, created.content
    assert Article.objects.filter(slug="busy").exists()


def test_the_bound_follows_each_request_on_a_shared_connection(client, timeout):
    factories.ArticleFactory()
    assert client.get("/articles/").status_code == 200
    assert session_timeout() == "1s"  # the reader left it on the pooled session

    assert client.post("/admin/login/", {"username": "x", "password": "y"}).status_code == 200
    assert session_timeout() == "0"  # a writer put PostgreSQL's own setting back


def test_zero_turns_the_bound_off(client, settings):
    settings.DB_READER_STATEMENT_TIMEOUT = 0
    factories.ArticleFactory()
    assert client.get("/articles/").status_code == 200
    assert session_timeout() == "0"
