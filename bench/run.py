"""``make bench``: load-test the site on this machine and write bench/results/latest.md.

1. Makes sure the two datasets exist (generate_content into armistice_bench_10k and
   armistice_bench_100k; reused when already complete).
2. For each dataset: serves the site with gunicorn (gunicorn.conf.py, DEBUG off, a Redis of its
   own as the shared cache) on loopback, counts queries per URL (bench/probe.py), then drives
   every URL with wrk at the same concurrency and duration, the constant /bench/ceiling first.
3. Prints and writes the table: requests/s, p50/p99, queries per request, bytes per response,
   throughput as a fraction of the ceiling, and which targets are met; then how p50 grows from
   10 000 to 100 000 articles, and the peak RSS of a gunicorn worker on the larger dataset.

Nothing here is asserted by the test suite; the targets are reported (README, "Performance")."""

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
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench" / "results" / "latest.md"
DATA = ROOT / "bench" / "data"
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
THREADS = 2
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
WARMUP = 2
# gunicorn.conf.py recycles a worker after about 1 000 requests; at several hundred requests a
# second that is a restart (imports, a cold connection pool) every few seconds per worker,
# which would dominate p99 here. The bench keeps workers for the whole run instead, which
# also makes the peak-memory figure the stricter one.
MAX_REQUESTS = 1_000_000

DATASETS = {
    "10k": {"articles": 10_000, "alliances": 1_000, "events": 20_000, "countries": 200},
    "100k": {"articles": 100_000, "alliances": 10_000, "events": 100_000, "countries": 200},
}
CACHED = (
    "home", "article list", "article detail", "alliance detail", "timeline page", "search",
    "API article list", "API article detail", "API events, date filter", "TimelineJS export",
)  # fmt: skip
UNCACHED = ("article detail, uncached", "API article list, uncached")
SEARCH_UNCACHED = "search, uncached"
# Latency without queueing: one client at a time, so p99 is what a search itself costs.
SEARCH_ALONE = "search, uncached, one client"


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    bytes: float
    queries: int
    non_2xx: int
    errors: int
    fraction: float = 0.0
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
    return f"{SERVER}/armistice_bench_{name}"


def ensure_dataset(name: str, sizes: dict) -> str:
    """Create, migrate and fill the dataset's database unless it is already complete."""
    url = database_url(name)
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [f"armistice_bench_{name}"]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "armistice_bench_{name}"')
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "true"}
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    with psycopg.connect(url) as conn:
        have = conn.execute("SELECT count(*) FROM articles_article").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM timeline_event").fetchone()[0]
    if have == sizes["articles"] and events == sizes["events"]:
        say(f"Dataset {name}: reusing armistice_bench_{name}.")
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
        "PAGE_CACHE": "true" if page_cache else "false",
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(name),
        "BENCH_CEILING": "true",
        "LOG_LEVEL": "WARNING",
        # wrk plays a crowd behind one proxy: each request's X-Forwarded-For is its reader.
        "TRUSTED_PROXY_COUNT": "1",
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


class Gunicorn:
    def __init__(self, env: dict):
        self.port = free_port()
        env = {**env, "HOST": "127.0.0.1", "PORT": str(self.port), "WEB_CONCURRENCY": str(WORKERS)}
        DATA.mkdir(parents=True, exist_ok=True)
        self.log = (DATA / "gunicorn.log").open("a")
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "armistice_site.wsgi",
                "-c",
                str(ROOT / "gunicorn.conf.py"),
                "--max-requests",
                str(MAX_REQUESTS),
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=self.log,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("gunicorn did not start")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


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
    wrk: str, base: str, paths: list[str], seconds: int, connections: int = CONNECTIONS
) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    env = {**os.environ, "BENCH_PATHS": listing.name}
    command = [
        wrk, f"-t{min(THREADS, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
        "-s", str(ROOT / "bench" / "wrk.lua"), base,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    os.unlink(listing.name)
    if done.returncode or not done.stdout.strip().endswith("}"):
        raise SystemExit(f"wrk failed: {done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def probe(name: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(name),
        "DEBUG": "true",
        "PAGE_CACHE": "false",
        "BENCH_CEILING": "true",
        "LOG_LEVEL": "ERROR",
    }
    output = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "probe.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def bench_dataset(name: str, wrk: str) -> dict:
    """Cached rows against a server with the page cache on; uncached rows (every name with
    "uncached") against one with it off, so each of their requests renders afresh."""
    say(f"\n== {name}: probing URLs and query counts")
    probed = probe(name)
    runs = [(label, paths, CONNECTIONS) for label, paths in probed["urls"].items()]
    runs.append((SEARCH_ALONE, probed["urls"][SEARCH_UNCACHED], 1))
    results, peak_kb = {}, 0
    for page_cache in (True, False):
        chosen = [run for run in runs if ("uncached" not in run[0]) == page_cache]
        results.update(serve_and_load(name, wrk, chosen, page_cache, probed))
        peak_kb = max(peak_kb, results.pop("peak_kb"))
    ceiling = results["ceiling"].rps
    for result in results.values():
        assess(result, ceiling, name)
    return {"results": results, "peak_rss_mb": peak_kb / 1024, "probe": probed}


def serve_and_load(name: str, wrk: str, runs: list, page_cache: bool, probed: dict) -> dict:
    redis = Redis() if shutil.which("redis-server") else None
    server = Gunicorn(server_env(name, redis.url if redis else None, page_cache))
    sampler = RssSampler(server)
    sampler.start()
    results = {}
    try:
        for label, paths, connections in runs:
            run_wrk(wrk, server.base, paths, WARMUP, connections)
            data = run_wrk(wrk, server.base, paths, DURATION, connections)
            seconds = data["duration_us"] / 1e6
            results[label] = Result(
                name=label,
                rps=data["requests"] / seconds,
                p50_ms=data["p50_us"] / 1000,
                p99_ms=data["p99_us"] / 1000,
                bytes=data["bytes"] / max(1, data["requests"]),
                queries=probed["queries"].get(label, probed["queries"][SEARCH_UNCACHED]),
                non_2xx=data["non_2xx"],
                errors=data["errors"],
            )
            r = results[label]
            say(f"  {label:28} {r.rps:8.0f} req/s  p50 {r.p50_ms:6.1f} ms  p99 {r.p99_ms:6.1f} ms")
    finally:
        sampler.running = False
        sampler.join()
        server.stop()
        if redis:
            redis.stop()
    return {**results, "peak_kb": sampler.peak_kb}


def assess(result: Result, ceiling: float, name: str) -> None:
    result.fraction = result.rps / ceiling
    if result.name in CACHED:
        result.target, result.met = "≥ 50 % of ceiling", result.fraction >= 0.5
    elif result.name in UNCACHED:
        result.target, result.met = "≥ 25 % of ceiling", result.fraction >= 0.25
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
        "| target | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for r in run["results"].values():
        target = r.target + (f" ({'; '.join(r.notes)})" if r.notes else "")
        lines.append(
            f"| {r.name} | {r.rps:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {r.queries} | "
            f"{r.bytes:.0f} | {r.fraction:.0%} | {target} | {mark(r.met)} |"
        )
    return lines


def growth(small: dict, large: dict) -> list[str]:
    lines = [
        "| URL | p50 10k ms | p50 100k ms | ratio | target | met | queries 10k → 100k | constant |",
        "| --- | ---: | ---: | ---: | --- | --- | --- | --- |",
    ]
    for label, big in large["results"].items():
        base = small["results"][label]
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
    small = bench_dataset("10k", wrk)
    large = bench_dataset("100k", wrk)
    rss = large["peak_rss_mb"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        f"- Machine: {machine()}; PostgreSQL, Redis, gunicorn and wrk all on this machine, "
        "which other work may share: absolute numbers vary between runs, the fractions of the "
        "ceiling (measured in the same run) much less.",
        f"- Server: gunicorn (gunicorn.conf.py, {WORKERS} sync workers, --max-requests "
        f"{MAX_REQUESTS}), DEBUG off, Redis cache.",
        f"- Load: wrk, {THREADS} threads, {CONNECTIONS} connections, {DURATION} s per URL after "
        f"a {WARMUP} s warm-up, `Accept-Encoding: gzip`, a different client address per request.",
        "- Queries/request: one uncached render (page cache off, list counts already cached), "
        "counted with Django's CaptureQueriesContext against the same database.",
        "- Bytes/response: as transferred (headers plus gzip-compressed body).",
        "- Uncached rows run against a second server with the page cache off (`PAGE_CACHE="
        "false`), cycling through up to 2 000 different URLs. The last row sends the same "
        "searches from one client at a time: its p99 is the cost of a search itself, without "
        "queueing behind other requests.",
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
    lines += ["", "## 10 000 articles", "", *table(small), "", "## 100 000 articles", ""]
    lines += [*table(large), "", "## Growth from 10 000 to 100 000 articles", ""]
    lines += [*growth(small, large), ""]
    lines += [
        f"Peak resident memory of a gunicorn worker while serving the 100 000-article dataset: "
        f"**{rss:.0f} MB** (target < 200 MB: {mark(rss < 200)}).",
        "",
    ]
    text = "\n".join(lines)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)
    say("\n" + text)
    say(f"Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
