"""Two app servers side by side, sharing PostgreSQL and Redis as in production: an edit or an
unpublish made through one is what the other serves on its next request, although it had the
old answer cached (the stated bound is CACHE_SECONDS; the generation makes it immediate)."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission

from tests import factories
from tokens.services import token_create

ROOT = Path(__file__).resolve().parents[2]
REDIS_DB = 13  # this test's own Redis database; only it is flushed
CACHE_SECONDS = 60
pytestmark = pytest.mark.django_db(transaction=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on port {port}")


@pytest.fixture
def redis_url():
    """The local Redis when one answers, otherwise a redis-server of the test's own."""
    own = None
    port = 6379
    try:
        redis.Redis(port=port, socket_connect_timeout=0.5).ping()
    except redis.ConnectionError:
        assert shutil.which("redis-server"), "this test needs Redis (Debian: redis-server)"
        port = free_port()
        own = subprocess.Popen(
            ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(port, own)
    client = redis.Redis(port=port, db=REDIS_DB)
    client.flushdb()
    yield f"redis://127.0.0.1:{port}/{REDIS_DB}"
    client.flushdb()
    if own:
        own.terminate()
        own.wait(timeout=10)


@pytest.fixture
def servers(redis_url, tmp_path):
    """Two gunicorn servers on the test database (committed data: transactional test)."""
    db = django_settings.DATABASES["default"]
    database_url = (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "armistice_site.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_SECONDS": str(CACHE_SECONDS),
        "DEBUG": "true",
        "API_ANON_RATE": "100000/minute",
        "LOG_LEVEL": "WARNING",
        "DB_POOL_MIN_SIZE": "1",
        "DB_POOL_MAX_SIZE": "2",
    }
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    started = []
    for name in ("a", "b"):
        port = free_port()
        log = (tmp_path / f"server-{name}.log").open("w")
        process = subprocess.Popen(
            [gunicorn, "armistice_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
        started.append((process, log, f"http://127.0.0.1:{port}"))
    try:
        for process, _log, base in started:
            wait_for_port(int(base.rsplit(":", 1)[1]), process)
        yield [base for _process, _log, base in started]
    finally:
        for process, log, _base in started:
            process.terminate()
            process.wait(timeout=20)
            log.close()


def fetch(url: str, *, method: str = "GET", token: str = "", body: dict | None = None):
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def poll_until(check, seconds: float) -> float:
    """Ask until ``check()`` holds; return how long it took (fail after ``seconds``)."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < seconds, "the other server kept the old answer"
        time.sleep(0.2)
    return time.monotonic() - started


def test_an_edit_and_an_unpublish_through_one_server_are_served_by_the_other(
    servers, django_user_model
):
    server_a, server_b = servers
    article = factories.ArticleFactory(title="Original title", slug="shared-article")
    partner = django_user_model.objects.create_user(username="partner", password="pw-12345-xy")
    partner.user_permissions.set(
        Permission.objects.filter(codename__in=["change_article", "publish_article"])
    )
    token = token_create(user=partner, name="partner", scope="write")[1]
    api_path = f"/api/v1/articles/{article.slug}/"
    page_path = article.get_absolute_url()

    for path in (api_path, page_path, "/articles/"):
        fetch(server_b + path)
        status, headers, _body = fetch(server_b + path)
        assert (status, headers["X-Page-Cache"]) == (200, "hit"), path

    status, _headers, body = fetch(
        server_a + api_path, method="PATCH", token=token, body={"title": "Edited on server A"}
    )
    assert status == 200, body

    took = poll_until(
        lambda: json.loads(fetch(server_b + api_path)[2])["title"] == "Edited on server A",
        CACHE_SECONDS,
    )
    assert took < 5
    assert "Edited on server A" in fetch(server_b + page_path)[2]

    status, _headers, body = fetch(
        server_a + api_path, method="PATCH", token=token, body={"status": "draft"}
    )
    assert status == 200, body

    poll_until(lambda: fetch(server_b + page_path)[0] == 404, CACHE_SECONDS)
    assert fetch(server_b + api_path)[0] == 404
    assert "Edited on server A" not in fetch(server_b + "/articles/")[2]
