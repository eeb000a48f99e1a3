"""Real parts for fault tests: a redis-server of the test's own that can be stopped, frozen and
started again on the same port, and a gunicorn serving the site with production settings
(DEBUG off) whose PostgreSQL connection runs through a TCP proxy the test can cut.

Nothing here touches the machine's shared PostgreSQL or Redis: outages are made by stopping
the test's own Redis or cutting the proxy, never the real servers."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
SERVER_APPLICATION_NAME = "armistice-fault-test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, seconds: float = 30, *, process: subprocess.Popen | None = None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process for port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on port {port}")


class RedisServer:
    """``redis-server`` on a free port, without persistence. ``stop()`` then ``start()``
    brings it back empty on the same port, as a crashed and restarted Redis would be;
    ``freeze()`` leaves it listening but answering nothing, as a hung one would."""

    def __init__(self):
        assert shutil.which("redis-server"), "fault tests need redis-server (Debian: redis-server)"
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port, process=self.process)

    def stop(self) -> None:
        if self.process is None:
            return
        self.thaw()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = None

    def freeze(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    content: bytes
    seconds: float

    @property
    def body(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> dict:
        return json.loads(self.body)


def fetch(url: str, *, method: str = "GET", data: bytes | None = None, headers=None) -> Answer:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer_headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, body = error.code, error.headers, error.read()
    return Answer(status, dict(answer_headers), body, time.monotonic() - started)


class Site:
    """gunicorn (``gunicorn.conf.py``) with production settings (``server_settings.py``) on
    plain http, logging JSON lines to a file the test reads."""

    def __init__(self, log_path: Path, env: dict[str, str]):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "1",
            "LOG_FORMAT": "json",
            "PGAPPNAME": SERVER_APPLICATION_NAME,  # libpq names the server's sessions
            "DJANGO_SETTINGS_MODULE": "tests.faults.server_settings",
            **env,
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "armistice_site.wsgi"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for_port(self.port, process=self.process)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def worker_pids(self) -> list[int]:
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        return [int(child) for child in children.split()]

    def get(self, path: str, **headers: str) -> Answer:
        return fetch(self.base + path, headers=headers)

    def send(self, method: str, path: str, body: dict | str, **headers: str) -> Answer:
        if isinstance(body, dict):
            data = urllib.parse.urlencode(body, doseq=True).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        else:
            data = body.encode()
            headers.setdefault("Content-Type", "application/json")
        return fetch(self.base + path, method=method, data=data, headers=headers)

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

    def log_text(self) -> str:
        return self.log_path.read_text()

    def log_lines(self, logger: str | None = None) -> list[dict]:
        """The JSON lines of the log (gunicorn's own plain lines are left out)."""
        lines = []
        for raw in self.log_text().splitlines():
            if not raw.startswith("{"):
                continue
            line = json.loads(raw)
            if logger is None or line["logger"] == logger:
                lines.append(line)
        return lines

    def statuses(self, path_prefix: str = "/") -> list[int]:
        return [
            line["status"]
            for line in self.log_lines("armistice.request")
            if line["path"].startswith(path_prefix)
        ]


def pid_with_local_port(port: int, candidates: list[int]) -> int:
    """Which of the ``candidates`` processes owns the TCP socket whose local port is ``port``
    (e.g. the gunicorn worker behind a PostgreSQL session, from its ``client_port``)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    for pid in candidates:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                return pid
    raise LookupError(f"none of {candidates} owns local port {port}")


def until(check, within: float, what: str, every: float = 0.2):
    """Poll ``check()`` until it returns something truthy; return that (fail after ``within``)."""
    deadline = time.monotonic() + within
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {within} s")
        time.sleep(every)


class TableLock:
    """Another session holding a lock on a table, as a long migration or a stuck transaction
    would: statements that need a conflicting lock wait until ``release()``. Released after
    ``safety_seconds`` whatever happens, so a broken test fails instead of hanging."""

    def __init__(self, table: str, mode: str = "ACCESS EXCLUSIVE", safety_seconds: float = 90):
        from django.db import connection

        params = connection.settings_dict
        self.holder = psycopg.connect(
            host=params["HOST"] or "127.0.0.1",
            port=params["PORT"] or 5432,
            user=params["USER"],
            dbname=params["NAME"],
        )
        self.holder.execute(f"LOCK TABLE {table} IN {mode} MODE")
        self.safety = threading.Timer(safety_seconds, self.release)
        self.safety.start()

    def release(self) -> None:
        self.safety.cancel()
        if not self.holder.closed:
            self.holder.rollback()
            self.holder.close()


def sessions(application_name: str, *, waiting_for_lock: bool = False) -> list[tuple[int, int]]:
    """(backend pid, client port) of the PostgreSQL sessions a program opened."""
    from django.db import connection

    query = "SELECT pid, client_port FROM pg_stat_activity WHERE application_name = %s"
    if waiting_for_lock:
        query += " AND wait_event_type = 'Lock'"
    with connection.cursor() as cursor:
        cursor.execute(query, [application_name])
        return cursor.fetchall()
