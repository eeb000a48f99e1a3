"""``make bench``: load-test the site on this machine and write bench/results/latest.md.

1. Makes sure the two datasets exist (generate_content into PREFIX_10k and PREFIX_100k,
   ``BENCH_DB_PREFIX`` defaulting to armistice_bench; reused when already complete).
2. For each dataset, all in one run so every comparison is a ratio of figures measured minutes
   apart on the same machine: the site with the page cache on (its constant /bench/ceiling at
   the start and again at the end of the dataset, every cached URL, and on the 10k dataset
   the editing run: readers on 50 article URLs with and without one API edit per second,
   counting page-cache hits); the site with the page cache off (uncached rows); the same
   uncached rows served by the code at ``BENCH_BASELINE_REF`` (the commit this work started
   from, checked out into a temporary worktree); and a bare Django view with no middleware
   (bench/bare.py). Every server is warmed before its first measured row.
3. Prints and writes the table and the targets; flags a run whose ceiling moved more than 15 %
   between start and end, or that any row beats by more than 15 % (a sign the ceiling was
   measured while the machine was busier).

``BENCH_QUICK=1`` is a smoke run: the 10k dataset only, 5 s per row, to check the harness.
Nothing here is asserted by the test suite; the targets are reported (README, "Performance")."""

import http.client
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench" / "results" / "latest.md"
DATA = ROOT / "bench" / "data"
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
# Database names are PREFIX_10k and PREFIX_100k (change it when several people share a server).
DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "armistice_bench")
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0", "false")
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
THREADS = 2
DURATION = int(os.environ.get("BENCH_SECONDS", "5" if QUICK else "10"))
WARMUP = 1 if QUICK else 2
# The code the uncached rows are compared with, served in the same run: the commit issue 15
# started from. Empty: no baseline rows.
BASELINE_REF = os.environ.get("BENCH_BASELINE_REF", "b7ad517")
# gunicorn.conf.py recycles a worker after about 1 000 requests; at several hundred requests a
# second that is a restart (imports, a cold connection pool) every few seconds per worker,
# which would dominate p99 here. The bench keeps workers for the whole run instead, which
# also makes the peak-memory figure the stricter one.
MAX_REQUESTS = 1_000_000
DRIFT = 0.15  # how far the ceiling may move, or be beaten, before the run is flagged

DATASETS = {
    "10k": {"articles": 10_000, "alliances": 1_000, "events": 20_000, "countries": 200},
    "100k": {"articles": 100_000, "alliances": 10_000, "events": 100_000, "countries": 200},
}
if QUICK:
    DATASETS = {"10k": DATASETS["10k"]}
EDITING_DATASET = "10k"
CEILING, CEILING_END, BARE = "ceiling", "ceiling, end of dataset", "bare Django, no middleware"
CACHED = (
    "home", "article list", "article detail", "alliance detail", "alliance map on a date",
    "timeline page", "search", "API article list", "API article detail", "API events, date filter",
    "TimelineJS export",
)  # fmt: skip
UNCACHED = (
    "article detail, uncached", "article list, uncached", "API article list, uncached",
    "API article detail, uncached",
)  # fmt: skip
SEARCH_UNCACHED = "search, uncached"
# Latency without queueing: one client at a time, so p99 is what a search itself costs.
SEARCH_ALONE = "search, uncached, one client"
EDIT_URLS = "50 article pages"
NO_EDITS, WITH_EDITS = "50 article pages, no edits", "50 article pages, one API edit a second"
BASELINE = " (baseline)"


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    bytes: float
    queries: int | None
    non_2xx: int
    errors: int
    hits: int = 0
    requests: int = 0
    fraction: float = 0.0
    versus: str = ""
    target: str = ""
    met: bool | None = None
    notes: list[str] = field(default_factory=list)


def say(text: str) -> None:
    print(text, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_wrk() -> str:
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() != 0:
        raise SystemExit("wrk is missing: install the Debian package `wrk` (apt-get install wrk).")
    say("Installing wrk (Debian package)…")
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)
    return shutil.which("wrk")


def database_url(name: str) -> str:
    return f"{SERVER}/{DB_PREFIX}_{name}"


def ensure_dataset(name: str, sizes: dict) -> str:
    """Create, migrate and fill the dataset's database unless it is already complete."""
    url = database_url(name)
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [f"{DB_PREFIX}_{name}"]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{DB_PREFIX}_{name}"')
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "true"}
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    with psycopg.connect(url) as conn:
        have = conn.execute("SELECT count(*) FROM articles_article").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM timeline_event").fetchone()[0]
    if have == sizes["articles"] and events == sizes["events"]:
        say(f"Dataset {name}: reusing {DB_PREFIX}_{name}.")
        return "reused"
    say(f"Dataset {name}: generating {sizes['articles']} articles…")
    arguments = [f"--{key}={value}" for key, value in sizes.items()]
    DATA.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    subprocess.run(
        [*manage, "generate_content", *arguments, "--seed=1", "--flush"],
        env=env,
        check=True,
        cwd=ROOT,
    )
    seconds = time.monotonic() - started
    (DATA / f"generated_{name}.json").write_text(json.dumps({"seconds": seconds, **sizes}))
    return f"generated in {seconds:.0f} s"


def generation_record(name: str) -> str:
    record = DATA / f"generated_{name}.json"
    if not record.exists():
        return ""
    data = json.loads(record.read_text())
    return f"{data['seconds']:.0f} s"


class Redis:
    """A Redis of the benchmark's own, so the shared cache is real and starts empty."""

    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def server_env(name: str, redis_url: str | None, page_cache: bool = True) -> dict:
    env = {
        **os.environ,
        "PAGE_CACHE": "true" if page_cache else "false",
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(name),
        "BENCH_CEILING": "true",
        "LOG_LEVEL": "WARNING",
        # wrk plays a crowd behind one proxy: each request's X-Forwarded-For is its reader.
        "TRUSTED_PROXY_COUNT": "1",
        # The editing run's reader crowd must not be refused by the anonymous API limit.
        "API_ANON_RATE": "100000/second",
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


class Gunicorn:
    """One gunicorn (``app``, run from ``root``: this checkout, or the baseline's), with a
    Redis of its own when ``env`` asks for one, so its shared cache is real and starts empty."""

    def __init__(
        self,
        env: dict,
        *,
        root: Path = ROOT,
        app: str = "armistice_site.wsgi",
        workers: int = WORKERS,
    ):
        self.redis = Redis() if env.pop("WITH_REDIS", "") and shutil.which("redis-server") else None
        if self.redis:
            env["REDIS_URL"] = self.redis.url
        self.port = free_port()
        env = {**env, "HOST": "127.0.0.1", "PORT": str(self.port), "WEB_CONCURRENCY": str(workers)}
        DATA.mkdir(parents=True, exist_ok=True)
        self.log = (DATA / "gunicorn.log").open("a")
        self.process = subprocess.Popen(
            [GUNICORN, app, "-c", str(root / "gunicorn.conf.py"), "--max-requests",
             str(MAX_REQUESTS)],
            cwd=root, env=env, stdout=self.log, stderr=self.log,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not start")
        self.sampler = RssSampler(self)
        self.sampler.start()

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def stop(self) -> int:
        """Stops the server; returns the peak worker memory seen, in kB."""
        self.sampler.running = False
        self.sampler.join()
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        if self.redis:
            self.redis.stop()
        return self.sampler.peak_kb


class RssSampler(threading.Thread):
    """Samples the resident memory of every gunicorn worker; keeps the largest seen."""

    def __init__(self, server: Gunicorn):
        super().__init__(daemon=True)
        self.server, self.peak_kb, self.running = server, 0, True

    def run(self) -> None:
        while self.running:
            for pid in self.server.worker_pids():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            time.sleep(0.25)


def run_wrk(
    wrk: str, base: str, paths: list[str], seconds: int, connections: int = CONNECTIONS,
    count_hits: bool = False,
) -> dict:  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    env = {**os.environ, "BENCH_PATHS": listing.name}
    if count_hits:
        env["BENCH_COUNT_HITS"] = "1"
    command = [
        wrk, f"-t{min(THREADS, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
        "--timeout", "30s",
        "-s", str(ROOT / "bench" / "wrk.lua"), base,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    os.unlink(listing.name)
    if done.returncode or not done.stdout.strip().endswith("}"):
        raise SystemExit(f"wrk failed: {done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def load(wrk: str, server: Gunicorn, label: str, paths: list[str], queries: int | None,
         connections: int = CONNECTIONS, count_hits: bool = False) -> Result:  # fmt: skip
    """One measured row (after a short warm-up on the same URLs)."""
    run_wrk(wrk, server.base, paths, WARMUP, connections)
    data = run_wrk(wrk, server.base, paths, DURATION, connections, count_hits)
    seconds = data["duration_us"] / 1e6
    result = Result(
        name=label,
        rps=data["requests"] / seconds,
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        bytes=data["bytes"] / max(1, data["requests"]),
        queries=queries,
        non_2xx=data["non_2xx"],
        errors=data["errors"],
        hits=data.get("hits", 0),
        requests=data["requests"],
    )
    hits = f"  hits {result.hits / max(1, result.requests):.0%}" if count_hits else ""
    trouble = f"  {result.non_2xx} non-2xx, {result.errors} errors" if (
        result.non_2xx or result.errors) else ""  # fmt: skip
    say(f"  {label:40} {result.rps:8.0f} req/s  p50 {result.p50_ms:6.1f} ms  "
        f"p99 {result.p99_ms:6.1f} ms{hits}{trouble}")  # fmt: skip
    return result


def warm(wrk: str, server: Gunicorn, paths: list[str]) -> None:
    """Every worker imports, connects and fills its caches before anything is measured, and
    every path is fetched once to the end (a slow first render cannot be cut off by wrk's
    clock), so a row of cached pages starts with all of them cached."""
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(lambda path: fetch(server.port, path), dict.fromkeys(paths)))
    run_wrk(wrk, server.base, paths, max(2, WARMUP * 2))


def fetch(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        answer = connection.getresponse()
        answer.read()
        return answer.status
    finally:
        connection.close()


def probe(name: str, root: Path = ROOT) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(name),
        "DEBUG": "true",
        "PAGE_CACHE": "false",
        "BENCH_CEILING": "true",
        "LOG_LEVEL": "ERROR",
    }
    output = subprocess.run(
        [PYTHON, str(root / "bench" / "probe.py")],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


class Editor(threading.Thread):
    """One edit a second through the API, as a partner with a write token would: the body of
    one of the read articles in turn (a text-only edit: the article's own page and whatever
    lists it must render afresh, nothing else)."""

    def __init__(self, port: int, token: str, slugs: list[str]):
        super().__init__(daemon=True)
        self.host, self.port, self.token, self.slugs = "127.0.0.1", port, token, slugs
        self.running, self.done, self.failed = True, 0, []

    def run(self) -> None:
        number = 0
        while self.running:
            started = time.monotonic()
            slug = self.slugs[number % len(self.slugs)]
            number += 1
            body = json.dumps(
                {"body_markdown": f"## Bench edit\n\nEdit number {number} of the run."}
            )
            headers = {"Authorization": f"Token {self.token}", "Content-Type": "application/json"}
            connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
            try:
                connection.request("PATCH", f"/api/v1/articles/{slug}/", body, headers)
                answer = connection.getresponse()
                answer.read()
                if answer.status == 200:
                    self.done += 1
                else:
                    self.failed.append(f"{answer.status} {answer.reason}")
            except OSError as error:  # reported in the results, never fatal
                self.failed.append(str(error))
            finally:
                connection.close()
            time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))


def editor_token(name: str) -> str:
    """A superuser and a write token in the dataset's database, for the editing run."""
    script = (
        "from django.contrib.auth import get_user_model; import time\n"
        "from tokens.services import token_create\n"
        "u, _ = get_user_model().objects.get_or_create(username='bench-editor')\n"
        "u.is_staff = u.is_superuser = True; u.save()\n"
        "print(token_create(user=u, name=f'bench {time.time_ns()}', scope='write')[1])\n"
    )
    env = {**server_env(name, None), "DEBUG": "true", "LOG_LEVEL": "ERROR"}
    output = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "shell", "-c", script],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return output.strip().splitlines()[-1]


def editing_rows(wrk: str, server: Gunicorn, name: str, urls: dict, queries: dict) -> dict:
    paths = urls[EDIT_URLS]
    count = queries.get(EDIT_URLS)
    rows = {NO_EDITS: load(wrk, server, NO_EDITS, paths, count, count_hits=True)}
    slugs = [path.rstrip("/").rsplit("/", 1)[-1] for path in paths]
    editor = Editor(server.port, editor_token(name), slugs)
    editor.start()
    try:
        rows[WITH_EDITS] = load(wrk, server, WITH_EDITS, paths, count, count_hits=True)
    finally:
        editor.running = False
        editor.join()
    edited = rows[WITH_EDITS]
    edited.notes.append(f"{editor.done} edits saved")
    if editor.failed:
        edited.notes.append(f"{len(editor.failed)} edits failed: {editor.failed[0][:80]}")
    return rows


def bench_dataset(name: str, wrk: str, baseline: Path | None) -> dict:
    """The site with the page cache on stays up for the whole dataset (its ceiling is measured
    first and last); the uncached, baseline and bare servers run one after the other."""
    say(f"\n== {name}: probing URLs and query counts")
    probed = probe(name)
    urls, queries = probed["urls"], probed["queries"]
    results: dict[str, Result] = {}
    peak_kb = 0
    main = Gunicorn({**server_env(name, None, True), "WITH_REDIS": "1"})
    try:
        warm(wrk, main, [path for label in (CEILING, *CACHED, EDIT_URLS) for path in urls[label]])
        results[CEILING] = load(wrk, main, CEILING, urls[CEILING], 0)
        for label in CACHED:
            results[label] = load(wrk, main, label, urls[label], queries[label])
        if name == EDITING_DATASET:
            results.update(editing_rows(wrk, main, name, urls, queries))
        uncached = Gunicorn({**server_env(name, None, False), "WITH_REDIS": "1"})
        try:
            warm(wrk, uncached, [u for label in UNCACHED for u in urls[label][:10]])
            for label in UNCACHED:
                results[label] = load(wrk, uncached, label, urls[label], queries[label])
            search = urls[SEARCH_UNCACHED]
            results[SEARCH_UNCACHED] = load(
                wrk, uncached, SEARCH_UNCACHED, search, queries[SEARCH_UNCACHED]
            )
            results[SEARCH_ALONE] = load(
                wrk, uncached, SEARCH_ALONE, search, queries[SEARCH_UNCACHED], connections=1
            )
        finally:
            peak_kb = max(peak_kb, uncached.stop())
        if baseline is not None:
            results.update(baseline_rows(name, wrk, baseline, urls))
        bare = Gunicorn(server_env(name, None), app="bench.bare_wsgi")
        try:
            warm(wrk, bare, urls[CEILING])
            results[BARE] = load(wrk, bare, BARE, urls[CEILING], 0)
        finally:
            bare.stop()
        results[CEILING_END] = load(wrk, main, CEILING_END, urls[CEILING], 0)
    finally:
        peak_kb = max(peak_kb, main.stop())
    flags = assess_all(results, name)
    return {"results": results, "peak_rss_mb": peak_kb / 1024, "flags": flags}


def baseline_rows(name: str, wrk: str, baseline: Path, urls: dict) -> dict:
    """The uncached rows again, served by the baseline code on the same data."""
    server = Gunicorn({**server_env(name, None, False), "WITH_REDIS": "1"}, root=baseline)
    rows = {}
    try:
        warm(wrk, server, [u for label in UNCACHED for u in urls[label][:10]])
        for label in UNCACHED:
            rows[label + BASELINE] = load(wrk, server, label + BASELINE, urls[label], None)
    finally:
        server.stop()
    return rows


def baseline_checkout() -> Path | None:
    """The baseline commit in a temporary worktree (sharing this checkout's virtualenv), its
    static files collected as a DEBUG-off server needs them."""
    if not BASELINE_REF:
        return None
    place = Path(tempfile.mkdtemp(prefix="armistice-baseline-"))
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(place), BASELINE_REF],
        check=True, capture_output=True,
    )  # fmt: skip
    (place / ".venv").symlink_to(ROOT / ".venv")
    if (ROOT / "node_modules").exists():
        (place / "node_modules").symlink_to((ROOT / "node_modules").resolve())
    subprocess.run(
        [PYTHON, str(place / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=server_env("10k", None), cwd=place, check=True,
    )  # fmt: skip
    return place


def remove_checkout(place: Path | None) -> None:
    if place is not None:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(place)], check=False
        )


def assess_all(results: dict[str, Result], name: str) -> list[str]:
    start, end = results[CEILING].rps, results[CEILING_END].rps
    ceiling = max((start + end) / 2, 1e-9)
    flags = []
    if abs(end - start) > DRIFT * max(start, 1e-9):
        flags.append(
            f"the ceiling moved {abs(end - start) / max(start, 1e-9):.0%} between the start "
            f"({start:.0f} req/s) and the end ({end:.0f} req/s) of the dataset"
        )
    for result in results.values():
        assess(result, ceiling, name, results)
        beaten = result.name not in (CEILING, CEILING_END, BARE) and result.rps > ceiling * (
            1 + DRIFT
        )
        if beaten:
            flags.append(f"{result.name} beat the ceiling by {result.rps / ceiling - 1:.0%}")
    return flags


def assess(result: Result, ceiling: float, name: str, results: dict[str, Result]) -> None:
    result.fraction = result.rps / ceiling
    if result.name == CEILING:
        bare = results[BARE].rps
        result.versus = f"{result.rps / max(bare, 1e-9):.0%} of bare"
        result.target, result.met = "≥ 85 % of bare Django", result.rps >= 0.85 * bare
    elif result.name in CACHED:
        result.target, result.met = "a hit: ≥ 85 % of ceiling", result.fraction >= 0.85
    elif result.name in UNCACHED and result.name + BASELINE in results:
        before = results[result.name + BASELINE].rps
        result.versus = f"{result.rps / max(before, 1e-9):.2f}× baseline"
        result.target, result.met = "≥ 2× baseline", result.rps >= 2 * before and before > 0
    elif result.name in (NO_EDITS, WITH_EDITS):
        rate = result.hits / max(1, result.requests)
        result.versus = f"{rate:.1%} hits"
        result.target, result.met = "≥ 90 % hits", rate >= 0.9
    elif result.name == SEARCH_ALONE and name == "100k":
        result.target, result.met = "p99 < 100 ms", result.p99_ms < 100
    # A few sockets reset as wrk stops are noise; a non-2xx answer never is.
    if result.non_2xx or result.errors > result.rps * DURATION / 100:
        result.notes.append(f"{result.non_2xx} non-2xx, {result.errors} socket errors")
        result.met = False


def mark(met: bool | None) -> str:
    return "" if met is None else ("yes" if met else "**no**")


def table(run: dict) -> list[str]:
    lines = [
        "| URL | req/s | p50 ms | p99 ms | queries/request | bytes/response | of ceiling "
        "| compared | target | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for r in run["results"].values():
        target = r.target + (f" ({'; '.join(r.notes)})" if r.notes else "")
        queries = "" if r.queries is None else r.queries
        lines.append(
            f"| {r.name} | {r.rps:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {queries} | "
            f"{r.bytes:.0f} | {r.fraction:.0%} | {r.versus} | {target} | {mark(r.met)} |"
        )
    flags = run["flags"]
    lines += ["", "**Flagged:** " + "; ".join(flags) + "." if flags else "Not flagged: the "
              "ceiling held within 15 % from start to end and no row beat it by more."]  # fmt: skip
    return lines


def growth(small: dict, large: dict) -> list[str]:
    lines = [
        "| URL | p50 10k ms | p50 100k ms | ratio | target | met | queries 10k → 100k | constant |",
        "| --- | ---: | ---: | ---: | --- | --- | --- | --- |",
    ]
    for label, big in large["results"].items():
        base = small["results"].get(label)
        if base is None or big.queries is None:
            continue
        ratio = big.p50_ms / base.p50_ms if base.p50_ms else 0
        same = base.queries == big.queries
        lines.append(
            f"| {label} | {base.p50_ms:.1f} | {big.p50_ms:.1f} | {ratio:.2f}× | ≤ 1.5× | "
            f"{mark(ratio <= 1.5)} | {base.queries} → {big.queries} | {mark(same)} |"
        )
    return lines


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        line.split()[1]
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    gigabytes = int(memory) // 1024 // 1024
    return f"{os.cpu_count()} × {cpu}, {gigabytes} GB RAM, Python {platform.python_version()}"


def main() -> None:
    wrk = ensure_wrk()
    subprocess.run(  # hashed names and the manifest, as a DEBUG-off server needs them
        [PYTHON, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=server_env("10k", None),
        cwd=ROOT,
        check=True,
    )
    made = {name: ensure_dataset(name, sizes) for name, sizes in DATASETS.items()}
    baseline = baseline_checkout()
    try:
        runs = {name: bench_dataset(name, wrk, baseline) for name in DATASETS}
    finally:
        remove_checkout(baseline)
    rss = max(run["peak_rss_mb"] for run in runs.values())
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        + (" (BENCH_QUICK smoke run)." if QUICK else "."),
        "",
        f"- Machine: {machine()}; PostgreSQL, Redis, gunicorn and wrk all on this machine, "
        "which other work may share: absolute numbers vary between runs. Every comparison "
        "below is a ratio of figures measured in this one run (the ceiling at the start and "
        "the end of each dataset, the bare Django view and the baseline code minutes apart), "
        "which is what keeps it meaningful on a shared, noisy machine.",
        f"- Server: gunicorn (gunicorn.conf.py, {WORKERS} sync workers, --max-requests "
        f"{MAX_REQUESTS}), DEBUG off, a Redis of its own per server; every server warmed "
        "before its first row.",
        f"- Load: wrk, {THREADS} threads, {CONNECTIONS} connections, {DURATION} s per URL after "
        f"a {WARMUP} s warm-up, `Accept-Encoding: gzip`, a different client address per request.",
        "- Queries/request: one uncached render (page cache off, list counts already cached), "
        "counted with Django's CaptureQueriesContext against the same database.",
        "- Bytes/response: as transferred (headers plus gzip-compressed body).",
        "- Uncached rows run against a second server with the page cache off (`PAGE_CACHE="
        "false`), cycling through up to 2 000 different URLs; the rows marked (baseline) are "
        f"the same URLs served by the code at `{BASELINE_REF}` (BENCH_BASELINE_REF). "
        "The search row with one client sends the same searches one at a time: its p99 is "
        "the cost of a search itself, without queueing.",
        f"- Bare Django: bench/bare.py, one view and no middleware, {WORKERS} workers. "
        "The editing rows (10k only) read 50 article pages with the page cache on, without and "
        "with one body edit a second through the API (each edit to one of the 50 articles); "
        "`hits` counts `X-Page-Cache: hit` answers.",
        "",
    ]
    for name, sizes in DATASETS.items():
        generated = generation_record(name)
        if generated and made[name] == "reused":
            made[name] += f" (its generation took {generated})"
        lines.append(
            f"- Dataset {name}: {sizes['articles']:,} articles, {sizes['alliances']:,} alliances, "
            f"{sizes['events']:,} events, {sizes['countries']} countries; {made[name]}."
        )
    for name, run in runs.items():
        lines += ["", f"## {DATASETS[name]['articles']:,} articles", "", *table(run)]
    if "100k" in runs:
        lines += ["", "## Growth from 10 000 to 100 000 articles", ""]
        lines += [*growth(runs["10k"], runs["100k"]), ""]
    lines += [
        "",
        f"Peak resident memory of a gunicorn worker of the current code: **{rss:.0f} MB** "
        f"(target < 200 MB: {mark(rss < 200)}).",
        "",
    ]
    text = "\n".join(lines)
    target = RESULTS.with_name("quick.md") if QUICK else RESULTS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    say("\n" + text)
    say(f"Written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
