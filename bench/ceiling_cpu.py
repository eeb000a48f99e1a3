"""What the middleware stack costs: CPU time per constant response, site against bare Django.

``make bench`` compares throughputs, which move with everything else on the machine. This
measures what one gunicorn worker spends per ``/bench/ceiling`` request (its user and system
time from /proc, divided by the requests wrk got answered), for the bare view of
bench/bare.py, this checkout, the checkout with some settings changed, and other commits, in
turns, so a change to the middleware can be judged in a few minutes:

    .venv/bin/python bench/ceiling_cpu.py [--rounds 3] [--ref 48cf86d] [lane_off=READER_LANE:false]

Each variant is a gunicorn with one sync worker (``gunicorn.conf.py``, DEBUG off, the 10k
benchmark database, which the constant response never queries), driven by wrk with one
thread and four connections for ``--seconds`` after a two-second warm-up."""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import ROOT, Gunicorn, ensure_wrk, server_env


def worker_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(wrk: str, root: Path, app: str, env: dict, seconds: int) -> tuple[float, float]:
    """(CPU µs per request in the worker, requests per second)."""
    server = Gunicorn(dict(env), root=root, app=app, workers=1)
    try:
        url = f"{server.base}/bench/ceiling"
        subprocess.run([wrk, "-t1", "-c4", "-d2s", url], capture_output=True, check=True)
        [worker] = server.worker_pids()
        before = worker_cpu_seconds(worker)
        out = subprocess.run(
            [wrk, "-t1", "-c4", f"-d{seconds}s", url], capture_output=True, text=True, check=True
        ).stdout
        used = worker_cpu_seconds(worker) - before
        answered = int(re.search(r"(\d+) requests in", out).group(1))
        return used / answered * 1e6, answered / seconds
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--ref", action="append", default=[], help="another commit to measure")
    parser.add_argument("variants", nargs="*", help="name=VAR:value,VAR:value (this checkout)")
    args = parser.parse_args()
    wrk = ensure_wrk()
    env = server_env("10k", None)
    variants = {
        "bare Django": (ROOT, "bench.bare_wsgi", env),
        "this checkout": (ROOT, "armistice_site.wsgi", env),
    }
    for spec in args.variants:
        name, _, changes = spec.partition("=")
        extra = dict(change.split(":", 1) for change in changes.split(",") if change)
        variants[name] = (ROOT, "armistice_site.wsgi", {**env, **extra})
    with tempfile.TemporaryDirectory() as scratch:
        for ref in args.ref:
            tree = Path(scratch) / ref
            subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), ref], check=True)
            (tree / ".venv").symlink_to(ROOT / ".venv")
            variants[ref] = (tree, "armistice_site.wsgi", env)
        try:
            found = {name: [] for name in variants}
            for _ in range(args.rounds):
                for name, (root, app, variant_env) in variants.items():
                    found[name].append(measure(wrk, root, app, variant_env, args.seconds))
        finally:
            for ref in args.ref:
                subprocess.run(["git", "worktree", "remove", "--force", str(Path(scratch) / ref)])
    print("| variant | CPU µs per request (each round) | requests/s (each round) |")
    print("| --- | --- | --- |")
    for name, rounds in found.items():
        cpu = " / ".join(f"{c:.0f}" for c, _ in rounds)
        rps = " / ".join(f"{r:.0f}" for _, r in rounds)
        print(f"| {name} | {cpu} | {rps} |")


if __name__ == "__main__":
    main()
