"""The traffic of ``make soak``: readers and editors as threads, every request recorded.

Readers pick, at random and without pause, from a mix of cached pages, uncached pages, API
lists with varied filters, searches and a few addresses that do not exist (intended 404s).
Editors write through the API at a steady rate: create a draft, edit it, publish it, and
remember what each article should look like afterwards. Each sync gunicorn worker serves one
request per connection, so every request opens its own connection, as a browser behind a
proxy would."""

import http.client
import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

INTENDED_404 = "intended 404"


@dataclass(frozen=True)
class Sample:
    started: float  # seconds since the soak began
    kind: str
    path: str
    status: int  # 0: no answer (connection refused, reset or timed out)
    milliseconds: float


@dataclass
class Recorder:
    """Every request's outcome; list.append is atomic, so threads share one list."""

    began: float = field(default_factory=time.monotonic)
    samples: list[Sample] = field(default_factory=list)

    def request(
        self, port: int, kind: str, method: str, path: str, body=None, headers=None
    ) -> tuple[int, bytes]:
        started = time.monotonic()
        status, content = 0, b""
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            status, content = response.status, response.read()
        except OSError:
            pass
        finally:
            connection.close()
        finished = time.monotonic()
        elapsed = (finished - started) * 1000
        self.samples.append(Sample(started - self.began, kind, path, status, elapsed))
        return status, content


@dataclass(frozen=True)
class ReaderMix:
    """What readers ask for: paths by kind, and how often each kind is picked."""

    paths: dict[str, list[str]]
    weights: dict[str, int]

    def pick(self, chance: random.Random) -> tuple[str, str]:
        kinds = list(self.weights)
        kind = chance.choices(kinds, [self.weights[k] for k in kinds])[0]
        return kind, chance.choice(self.paths[kind])


def reader(recorder: Recorder, port: int, mix: ReaderMix, until: float, seed: int) -> None:
    chance = random.Random(seed)  # traffic, not secrets
    while time.monotonic() < until:
        kind, path = mix.pick(chance)
        recorder.request(port, kind, "GET", path, headers={"Accept-Encoding": "gzip"})


@dataclass
class Editor:
    """Writes at a steady rate through the API with a token: each article is created as a
    draft, then edited, then published, one request per tick."""

    recorder: Recorder
    port: int
    token: str
    source: str
    prefix: str
    expected: dict[str, dict[str, str]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def write(self, method: str, path: str, data: dict) -> bool:
        headers = {"Authorization": f"Token {self.token}", "Content-Type": "application/json"}
        status, content = self.recorder.request(
            self.port, "editor write", method, path, json.dumps(data), headers
        )
        if status not in (200, 201):
            self.failures.append(f"{method} {path}: {status} {content[:200]!r}")
            return False
        return True

    def steps(self, number: int) -> list[Callable[[], bool]]:
        slug = f"{self.prefix}-{number}"
        created = {
            "slug": slug,
            "title": f"Soak article {number}",
            "summary": f"Written by the soak's editor, number {number}.",
            "body_markdown": f"## Soak\n\nArticle {number} of the sustained-load run.",
            "sources": [self.source],
        }
        edited = {"title": f"Soak article {number}, edited", "summary": f"Edited, {number}."}

        def create() -> bool:
            self.expected[slug] = {**created, "status": "draft"}
            return self.write("POST", "/api/v1/articles/", created)

        def edit() -> bool:
            self.expected[slug].update(edited)
            return self.write("PATCH", f"/api/v1/articles/{slug}/", edited)

        def publish() -> bool:
            self.expected[slug]["status"] = "published"
            return self.write("PATCH", f"/api/v1/articles/{slug}/", {"status": "published"})

        return [create, edit, publish]

    def run(self, per_minute: int, until: float) -> None:
        interval = 60 / per_minute
        tick = time.monotonic()
        number = 0
        while time.monotonic() < until:
            number += 1
            for step in self.steps(number):
                if not step():
                    break  # the next steps of this article would fail too
                tick += interval
                time.sleep(max(0.0, tick - time.monotonic()))
                if time.monotonic() >= until:
                    return


def start(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.daemon = True
        thread.start()
