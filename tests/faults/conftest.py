"""Fixtures for the fault matrix: the test's own Redis, a proxy in front of PostgreSQL, and
gunicorn serving the site with production settings through them. Every test here works on
committed data (transactional tests), since the server is another process."""

import pytest
from django.conf import settings
from django.db import connection

from tests.faults.harness import SERVER_APPLICATION_NAME, RedisServer, Site
from tests.tcp_proxy import TcpProxy


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_proxy():
    params = connection.settings_dict
    forwarder = TcpProxy(params["HOST"] or "127.0.0.1", int(params["PORT"] or 5432))
    forwarder.start()
    yield forwarder
    forwarder.stop()


def server_database_url(port: int | None = None) -> str:
    params = connection.settings_dict
    host = "127.0.0.1" if port else params["HOST"] or "127.0.0.1"
    return f"postgres://{params['USER']}@{host}:{port or params['PORT'] or 5432}/{params['NAME']}"


@pytest.fixture
def start_site(tmp_path):
    """``start_site(**env)``: a running gunicorn; stopped, and its database sessions ended
    (the test database is dropped after the run), when the test is over."""
    started: list[Site] = []

    def start(**env: str) -> Site:
        env.setdefault("DATABASE_URL", server_database_url())
        env.setdefault("SECRET_KEY", settings.SECRET_KEY)  # sessions made by the test work
        env.setdefault("API_ANON_RATE", "100000/hour")
        site = Site(tmp_path / f"site-{len(started)}.log", env)
        site.start()
        started.append(site)
        site.wait_until("/healthz", 200, within=30)
        return site

    yield start
    for site in started:
        site.stop()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            [SERVER_APPLICATION_NAME],
        )
