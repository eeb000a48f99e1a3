"""``make soak``: sustained mixed load against gunicorn with Redis; writes bench/results/soak.md.

1. A database of its own (``SOAK_DATABASE_URL``, recreated each run) with generated content,
   and static files collected, as a DEBUG-off server needs them.
2. gunicorn (``gunicorn.conf.py``, ``SOAK_WORKERS`` workers, never recycled during the run, so
   a leak shows instead of being restarted away) with a redis-server of its own.
3. For ``SOAK_SECONDS`` (600 by default; 30 makes a smoke run): ``SOAK_READERS`` readers
   without pause, and an editor creating, editing and publishing articles through the API at
   ``SOAK_WRITES_PER_MINUTE`` requests a minute (``bench/soak_traffic.py``).
4. Checks and reports: every request's status (nothing but 2xx/3xx and the intended 404s),
   p50/p99 per minute, each worker's memory after warm-up and at the end (at most 10 % growth),
   and that every write is in the database afterwards (count and checksum of what the editor
   sent against what is stored). Exit status 1 when a check fails.

``run()`` is also called by the test suite for a short smoke run
(tests/armistice_site/test_soak_smoke.py)."""

import hashlib
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench" / "results" / "soak.md"
LOGS = ROOT / "bench" / "data"
MEMORY_GROWTH_LIMIT = 0.10
SIZES = {"articles": 2000, "alliances": 200, "events": 2000, "countries": 100}
WEIGHTS = {
    "cached page": 30,
    "uncached page": 20,
    "API list": 30,
    "search": 15,
    "intended 404": 5,
}


@dataclass
class Config:
    database_url: str
    seconds: int = 600
    readers: int = 8
    writes_per_minute: int = 60
    workers: int = 4
    sizes: dict[str, int] = field(default_factory=lambda: dict(SIZES))
    # Only the test suite's smoke run changes it: its server names static files without the
    # manifest, whose collection takes a minute.
    settings_module: str = "armistice_site.settings"

    @property
    def warm_up(self) -> float:
        return min(30.0, max(5.0, self.seconds / 20))


@dataclass
class Result:
    config: Config
    samples: list = field(default_factory=list)
    memory: dict[int, list[tuple[float, int]]] = field(default_factory=dict)
    expected: dict[str, dict[str, str]] = field(default_factory=dict)
    stored: dict[str, dict[str, str]] = field(default_factory=dict)
    write_failures: list[str] = field(default_factory=list)
    surroundings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [
            s
            for s in self.samples
            if not (200 <= s.status < 400 or (s.status == 404 and s.kind == "intended 404"))
        ]

    def memory_growth(self) -> dict[int, tuple[int, int, float]]:
        """Per worker: RSS after warm-up, at the end (kB), and the growth between them."""
        growth = {}
        for pid, points in self.memory.items():
            warm = [rss for at, rss in points if at >= self.config.warm_up]
            if len(warm) >= 2:
                growth[pid] = (warm[0], warm[-1], warm[-1] / warm[0] - 1)
        return growth

    def memory_by_minute(self) -> dict[int, dict[int, int]]:
        """Per minute of the run: each worker's last RSS sample in it (kB)."""
        minutes: dict[int, dict[int, int]] = {}
        for pid, points in self.memory.items():
            for at, rss in points:
                minute = min(int(at // 60), max(0, (self.config.seconds - 1) // 60))
                minutes.setdefault(minute, {})[pid] = rss
        return dict(sorted(minutes.items()))

    @property
    def writes_match(self) -> bool:
        return checksum(self.expected) == checksum(self.stored)

    @property
    def passed(self) -> bool:
        growth = self.memory_growth()
        return (
            not self.errors
            and bool(growth)
            and all(change <= MEMORY_GROWTH_LIMIT for _, _, change in growth.values())
            and bool(self.expected)
            and self.writes_match
        )


def checksum(articles: dict[str, dict[str, str]]) -> str:
    lines = sorted(
        "\t".join((slug, row["title"], row["summary"], row["status"]))
        for slug, row in articles.items()
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the process for port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on port {port}")


def rss_kb(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))


def surroundings() -> str:
    """What else this shared machine was doing: load average and the busiest processes."""
    load = Path("/proc/loadavg").read_text().split()[:3]
    busiest = subprocess.run(
        ["ps", "-eo", "pcpu,comm", "--sort=-pcpu", "--no-headers"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()[:6]
    top = ", ".join(" ".join(line.split()[::-1]) + " %" for line in busiest)
    return f"load average {' '.join(load)}; busiest processes (CPU %): {top}"


class Server:
    """gunicorn and its own redis-server, with production settings (DEBUG off)."""

    def __init__(self, config: Config, log: Path):
        self.redis_port, self.port = free_port(), free_port()
        self.redis = subprocess.Popen(
            ["redis-server", "--port", str(self.redis_port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.redis_port, self.redis)
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log = log.open("w")
        env = {
            **os.environ,
            **server_env(config),
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(config.workers),
            "GUNICORN_MAX_REQUESTS": "0",  # never recycled: a leak must show
        }
        self.gunicorn = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "armistice_site.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(self.port, self.gunicorn)

    def worker_pids(self) -> list[int]:
        pid = self.gunicorn.pid
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]

    def stop(self) -> None:
        self.gunicorn.terminate()
        self.gunicorn.wait(timeout=30)
        self.log.close()
        self.redis.terminate()
        self.redis.wait(timeout=10)


def server_env(config: Config) -> dict[str, str]:
    return {
        "DEBUG": "false",
        "SECRET_KEY": "soak-only-" + secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": config.database_url,
        "DJANGO_SETTINGS_MODULE": config.settings_module,
        "API_ANON_RATE": "100000000/hour",  # one address plays every reader
        "LOG_LEVEL": "WARNING",
    }


def reader_mix(prefix: str):
    """Paths drawn from the database's public content."""
    from alliances.models import Alliance
    from articles.models import Article, Tag, Topic
    from bench.soak_traffic import ReaderMix
    from timeline.models import Event

    articles = list(Article.objects.public().order_by("pk").values_list("slug", flat=True))
    alliances = list(Alliance.objects.public().values_list("slug", flat=True)[:200])
    events = list(Event.objects.public().values_list("slug", flat=True)[:500])
    topics = list(Topic.objects.public().values_list("slug", flat=True))
    tags = list(Tag.objects.public().values_list("slug", flat=True))
    words = ["armistice", "treaty", "ceasefire", "border", "alliance", "talks", "zone", "line"]
    years = range(1900, 2026, 5)
    return ReaderMix(
        paths={
            "cached page": [
                "/",
                "/articles/",
                "/alliances/",
                "/timeline/",
                *(f"/articles/{slug}/" for slug in articles[:5]),
            ],
            "uncached page": [
                *(f"/articles/{slug}/" for slug in articles),
                *(f"/alliances/{slug}/" for slug in alliances),
                *(f"/timeline/{slug}/" for slug in events),
                *(f"/articles/?page={page}" for page in range(1, len(articles) // 20 + 1)),
            ],
            "API list": [
                *(f"/api/v1/articles/?topic={slug}" for slug in topics),
                *(f"/api/v1/articles/?tag={slug}&page_size=50" for slug in tags),
                *(f"/api/v1/articles/?published_after={y}-01-01&ordering=title" for y in years),
                *(f"/api/v1/events/?start={y}-01-01&end={y + 4}-12-31" for y in years),
                *(f"/api/v1/alliances/?active_on={y}-06-30" for y in years),
                *(f"/api/v1/articles/?page={page}" for page in range(1, len(articles) // 20 + 1)),
                f"/api/v1/articles/?search={prefix}",
            ],
            "search": [
                *(f"/search/?q={a}+{b}" for a in words for b in words if a != b),
                *(f"/api/v1/search/?q={word}" for word in words),
            ],
            "intended 404": [f"/articles/no-such-article-{n}/" for n in range(100)],
        },
        weights=WEIGHTS,
    )


def prepare_content(sizes: dict[str, int]) -> None:
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("generate_content", "--flush", verbosity=0, **sizes)


def run(config: Config, log: Path = LOGS / "soak-gunicorn.log") -> Result:
    """Serve, load, check; the database must hold content (``prepare_content``)."""
    from django.contrib.auth import get_user_model

    from articles.models import Article, Source
    from bench.soak_traffic import Editor, Recorder, reader, start
    from tokens.services import token_create

    prefix = f"soak-{secrets.token_hex(3)}"
    editor_user = get_user_model().objects.create_superuser(
        f"{prefix}-editor", f"{prefix}@example.org", secrets.token_urlsafe(16)
    )
    _, token = token_create(user=editor_user, name="Soak editor", scope="write")
    source = Source.objects.order_by("pk").values_list("slug", flat=True).first()
    mix = reader_mix(prefix)
    result = Result(config, surroundings=[f"at the start: {surroundings()}"])
    server = Server(config, log)
    try:
        recorder = Recorder()
        until = recorder.began + config.seconds
        editor = Editor(recorder, server.port, token, source, prefix)
        threads = [
            threading.Thread(target=reader, args=(recorder, server.port, mix, until, seed))
            for seed in range(config.readers)
        ]
        threads.append(threading.Thread(target=editor.run, args=(config.writes_per_minute, until)))
        start(threads)
        while time.monotonic() < until:
            at = time.monotonic() - recorder.began
            for pid in server.worker_pids():
                if (rss := rss_kb(pid)) is not None:
                    result.memory.setdefault(pid, []).append((at, rss))
            if abs(at - config.seconds / 2) < 2.5:
                result.surroundings.append(f"halfway: {surroundings()}")
            time.sleep(min(5.0, max(0.5, until - time.monotonic())))
        for pid in server.worker_pids():
            if (rss := rss_kb(pid)) is not None:
                result.memory.setdefault(pid, []).append((config.seconds, rss))
        for thread in threads:
            thread.join(timeout=120)
    finally:
        result.surroundings.append(f"at the end: {surroundings()}")
        server.stop()
    result.samples = recorder.samples
    result.expected = editor.expected
    result.write_failures = editor.failures
    stored = Article.objects.filter(slug__startswith=f"{prefix}-")
    result.stored = {
        row["slug"]: {key: row[key] for key in ("title", "summary", "status")}
        for row in stored.values("slug", "title", "summary", "status")
    }
    return result


def percentile(values: list[float], fraction: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def report(result: Result) -> str:
    config, samples = result.config, result.samples
    minutes = int(config.seconds // 60) + (config.seconds % 60 > 0)
    lines = [
        "# Soak results",
        "",
        f"Written by `make soak` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: "
        f"**{'passed' if result.passed else 'FAILED'}**.",
        "",
        f"- Load: {config.seconds} s; {config.readers} readers without pause (cached and "
        "uncached pages, API lists with varied filters, searches, 5 % addresses that do not "
        f"exist); one editor writing through the API at {config.writes_per_minute} requests a "
        "minute (create a draft, edit it, publish it).",
        f"- Server: gunicorn, {config.workers} sync workers never recycled during the run "
        "(`GUNICORN_MAX_REQUESTS=0`), DEBUG off, a redis-server of its own, PostgreSQL on this "
        f"machine; dataset {', '.join(f'{n} {k}' for k, n in config.sizes.items())} "
        "(`generate_content`).",
        "- The machine (2 cores) is shared: the load generator, gunicorn, PostgreSQL and Redis "
        "all run on it, with other people's work:",
        *(f"  - {line}" for line in result.surroundings),
        "",
        "## Requests",
        "",
        "| kind | requests | 2xx/3xx | intended 404 | errors | p50 ms | p99 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    errors = set(map(id, result.errors))
    for kind in [*WEIGHTS, "editor write"]:
        chosen = [s for s in samples if s.kind == kind]
        if not chosen:
            continue
        ms = [s.milliseconds for s in chosen]
        good = sum(200 <= s.status < 400 for s in chosen)
        intended = sum(s.status == 404 and s.kind == "intended 404" for s in chosen)
        lines.append(
            f"| {kind} | {len(chosen)} | {good} | {intended} | "
            f"{sum(id(s) in errors for s in chosen)} | {percentile(ms, 0.5):.1f} | "
            f"{percentile(ms, 0.99):.1f} |"
        )
    lines += [
        f"| **all** | {len(samples)} | | | **{len(errors)}** | | |",
        "",
        "## Per minute",
        "",
        "| minute | requests | errors | p50 ms | p99 ms |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for minute in range(minutes):
        chosen = [s for s in samples if minute * 60 <= s.started < (minute + 1) * 60]
        if chosen:
            ms = [s.milliseconds for s in chosen]
            lines.append(
                f"| {minute + 1} | {len(chosen)} | {sum(id(s) in errors for s in chosen)} | "
                f"{percentile(ms, 0.5):.1f} | {percentile(ms, 0.99):.1f} |"
            )
    lines += [
        "",
        "## Worker memory",
        "",
        f"Resident memory of each worker {config.warm_up:.0f} s in (after warm-up) and at the "
        f"end; the limit is {MEMORY_GROWTH_LIMIT:.0%} growth.",
        "",
        "| worker | start MB | end MB | growth |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for number, (start, end, change) in enumerate(result.memory_growth().values(), start=1):
        lines.append(f"| {number} | {start / 1024:.1f} | {end / 1024:.1f} | {change:+.1%} |")
    trend = result.memory_by_minute()
    if len(trend) > 1:
        lines += [
            "",
            "The same, minute by minute (MB, the last sample of each minute): whether it levels "
            "off, as a warming worker does, or keeps climbing, as a leak would.",
            "",
            "| worker | " + " | ".join(f"{minute + 1}" for minute in trend) + " |",
            "| ---: | " + " | ".join("---:" for _ in trend) + " |",
        ]
        for number, pid in enumerate(result.memory, start=1):
            cells = [
                f"{trend[minute][pid] / 1024:.1f}" if pid in trend[minute] else "–"
                for minute in trend
            ]
            lines.append(f"| {number} | " + " | ".join(cells) + " |")
    count = len(result.expected)
    same = "identical" if result.writes_match else "DIFFERENT"
    lines += [
        "",
        "## Writes",
        "",
        f"- Articles the editor wrote: {count} "
        f"({sum(row['status'] == 'published' for row in result.expected.values())} published); "
        f"in the database afterwards: {len(result.stored)}.",
        f"- Checksum of what was sent: `{checksum(result.expected)[:16]}`; of what is stored: "
        f"`{checksum(result.stored)[:16]}` ({same}).",
    ]
    lines += [f"- Failed write: {failure}" for failure in result.write_failures[:10]]
    lines += [
        "",
        "## Errors",
        "",
        *(
            [
                f"- {s.kind} at {s.started:.1f} s: `GET {s.path}` answered {s.status or 'nothing'}"
                for s in result.errors[:20]
            ]
            or ["None."]
        ),
    ]
    return "\n".join(lines) + "\n"


def create_database(url: str) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    assert shutil.which("redis-server"), "make soak needs redis-server (Debian: redis-server)"
    config = Config(
        database_url=os.environ.get(
            "SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/armistice_soak"
        ),
        seconds=int(os.environ.get("SOAK_SECONDS", "600")),
        readers=int(os.environ.get("SOAK_READERS", "8")),
        writes_per_minute=int(os.environ.get("SOAK_WRITES_PER_MINUTE", "60")),
        workers=int(os.environ.get("SOAK_WORKERS", "4")),
    )
    print(f"Soak: {config.seconds} s against a fresh {config.database_url}", flush=True)
    create_database(config.database_url)
    subprocess.run(  # hashed names and the manifest, as a DEBUG-off server needs them
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env={**os.environ, **server_env(config)},
        cwd=ROOT,
        check=True,
    )
    os.environ.update(DATABASE_URL=config.database_url, DEBUG="true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "armistice_site.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    prepare_content(config.sizes)
    result = run(config)
    text = report(result)
    REPORT.write_text(text)
    print(text, flush=True)
    sys.exit(0 if result.passed else 1)


if __name__ == "__main__":
    main()
