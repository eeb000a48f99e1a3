"""A real outage: a separately started gunicorn reaches PostgreSQL through a TCP proxy that
the test cuts mid-run and then restores. While the database is away the site answers 503 with
Retry-After (a friendly page, JSON under /api/, the health check naming the database) within
seconds, logs the outage once, and serves normally again when the database is back, with no
restart."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.db import connection

from tests import factories
from tests.tcp_proxy import TcpProxy

SERVER_APPLICATION_NAME = "armistice-outage-test"


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float

    def json(self) -> dict:
        return json.loads(self.body)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"

    def get(self, path: str) -> Answer:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                status, headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        return Answer(status, dict(headers), body.decode(), time.monotonic() - started)

    def wait_until(self, path: str, status: int, within: float) -> Answer:
        deadline = time.monotonic() + within
        while True:
            try:
                answer = self.get(path)
            except OSError:
                answer = None
            if answer is not None and answer.status == status:
                return answer
            if time.monotonic() > deadline:
                raise AssertionError(f"{path} did not answer {status} within {within}s: {answer}")
            time.sleep(0.3)


@pytest.fixture
def proxy():
    params = connection.settings_dict
    forwarder = TcpProxy(params["HOST"] or "127.0.0.1", int(params["PORT"] or 5432))
    forwarder.start()
    yield forwarder
    forwarder.stop()
    # The test database is dropped at the end of the run: make sure none of the server's
    # sessions outlive it.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            [SERVER_APPLICATION_NAME],
        )


@pytest.fixture
def server(proxy, tmp_path):
    """gunicorn with our gunicorn.conf.py and production settings, on plain http."""
    params = connection.settings_dict
    port = free_port()
    log_path = tmp_path / "server.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://{params['USER']}@127.0.0.1:{proxy.port}/{params['NAME']}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "LOG_FORMAT": "json",
        "PGAPPNAME": SERVER_APPLICATION_NAME,  # libpq names the server's sessions
    }
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "armistice_site.wsgi"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    running = Server(port)
    try:
        running.wait_until("/healthz", 200, within=30)
        running.log_path = log_path
        yield running
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.django_db(transaction=True)
def test_database_outage_gives_503_then_recovers_without_restart(proxy, server):
    article = factories.ArticleFactory(title="The Panmunjom talks")
    assert server.get("/api/v1/articles/").status == 200
    assert server.get("/sitemap.xml").status == 200

    proxy.stop()

    page = server.get("/articles/")
    assert page.status == 503
    assert page.seconds < 10  # the pool gives up after DB_POOL_TIMEOUT, not 30 s
    assert page.headers["Retry-After"] == "30"
    assert page.headers["Content-Type"].startswith("text/html")
    assert "Back in a moment" in page.body
    assert "Content-Security-Policy" in page.headers

    api = server.get(f"/api/v1/articles/{article.slug}/")
    assert api.status == 503
    assert api.headers["Retry-After"] == "30"
    assert api.headers["Content-Type"] == "application/json"
    assert "database is unavailable" in api.json()["detail"]

    health = server.get("/healthz")
    assert health.status == 503
    assert health.json()["database"] == "unavailable"
    assert health.json()["cache"] == "ok"

    proxy.start()

    server.wait_until("/healthz", 200, within=30)
    api = server.wait_until(f"/api/v1/articles/{article.slug}/", 200, within=10)
    assert "The Panmunjom talks" in api.body
    assert server.get("/sitemap.xml").status == 200

    log = server.log_path.read_text()
    assert "Traceback" not in log
    errors = [line for line in log.splitlines() if '"level": "ERROR"' in line]
    assert len(errors) == 1
    assert "Database unavailable, answering 503 until it returns" in errors[0]
    assert log.count("Database reachable again") == 1
    request_lines = [
        json.loads(line) for line in log.splitlines() if '"logger": "armistice.request"' in line
    ]
    assert {"path": "/articles/", "status": 503} in [
        {"path": line["path"], "status": line["status"]} for line in request_lines
    ]
