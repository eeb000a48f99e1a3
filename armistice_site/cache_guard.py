"""The shared cache is an optimisation, never a dependency.

``GuardedRedisCache`` is Django's ``RedisCache`` with every operation guarded: when Redis
does not answer (refused, timed out, out of memory, restarting), a read is a miss and a write
is skipped, so the page cache, the list counts and the content generation fall back to the
database and every page is still served. Because it is the cache backend itself, everything
that uses ``django.core.cache.cache`` degrades the same way, Django's and DRF's own code
included; the API rate limit keeps counting in the worker's memory meanwhile
(``armistice_site.api.throttling``).

Per process, the first failure starts an outage: one log line, and no call goes to Redis
until ``RETRY_SECONDS`` have passed, so a Redis that hangs costs one request one socket
timeout (``REDIS_TIMEOUT_MS``), not every request several. Then one call pings it; the first
answer ends the outage with one more log line and sends ``cache_recovered``, on which the
content generation moves on (writes made meanwhile could not move it)."""

import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.dispatch import Signal
from redis.exceptions import RedisError

logger = logging.getLogger("armistice.cache")

RETRY_SECONDS = 5.0
#: Sent (by the process that noticed) when the cache answers again after an outage.
cache_recovered = Signal()

_MISSING = object()
ENTRY_SUFFIX = ":versioned"

#: An entry written by ``set_current_many``: the versions it was stored against on its
#: first line ("key number" pairs, the keys as stored; an entry without any is never current),
#: then the pickled value. Its key is the caller's with ``ENTRY_SUFFIX``, so a value stored
#: under the same name in another form (``set``, by an older release) is never read as one.
#: The script reads the entries ``KEYS`` (all of them, or all but the last when ``ARGV[1]`` is
#: given) and returns ``{count, ms left}`` of the rate-limit window ``KEYS[#KEYS]`` after adding
#: one to it (when ``ARGV[1]``, its length in seconds, is given; else ``{-1, -1}``), followed
#: by each entry's value if every version it names still holds, false (nil) if not. The
#: comparison runs inside Redis, so a hit is one round trip and one small reply, the API's
#: rate-limit count included, and a list's items are read in one too.
_CURRENT_ENTRIES = """
local reply, entries = {-1, -1}, #KEYS
if ARGV[1] then
  entries = #KEYS - 1
  redis.call('SET', KEYS[#KEYS], 0, 'EX', ARGV[1], 'NX')
  reply = {redis.call('INCR', KEYS[#KEYS]), redis.call('PTTL', KEYS[#KEYS])}
end
for i = 1, entries do
  local value = false
  local entry = redis.call('GET', KEYS[i])
  local cut = entry and string.find(entry, '\\n', 1, true)
  if cut then
    local names, wanted = {}, {}
    for name, number in string.gmatch(string.sub(entry, 1, cut - 1), '(%S+) (%S+)') do
      names[#names + 1] = name
      wanted[#wanted + 1] = number
    end
    if #names > 0 then
      local found = redis.call('MGET', unpack(names))
      value = string.sub(entry, cut + 1)
      for j = 1, #names do
        if found[j] ~= wanted[j] then value = false end
      end
    end
  end
  reply[i + 2] = value
end
return reply
"""

#: Rate-limit counts already made by ``get_current`` for the request being served (counter key
#: -> (count, seconds left)), which ``count_in_window`` hands out instead of counting again.
_counted: ContextVar[dict | None] = ContextVar("counted_with_entry", default=None)


@dataclass
class Outage:
    """Whether one cache server is known to be away, in this process. Only the changes are
    logged: one line when an outage starts and one when it ends, however many calls fail."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    active: bool = False
    retry_at: float = 0.0

    def due(self) -> bool:
        return time.monotonic() >= self.retry_at

    def failed(self, location: str, error: Exception) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + RETRY_SECONDS
            if self.active:
                return
            self.active = True
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        logger.error(
            "Cache unavailable, serving from the database until it returns "
            "(the API rate limit counts per worker meanwhile): %s",
            reason,
            extra={"cache": location},
        )

    def reached(self, location: str) -> None:
        if not self.active:
            return
        with self.lock:
            if not self.active:
                return
            self.active = False
        logger.warning("Cache reachable again", extra={"cache": location})
        cache_recovered.send(sender=GuardedRedisCache, location=location)


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_for(location: str) -> Outage:
    """One record per cache server, shared by every backend instance (Django makes one per
    thread) of this process."""
    with _outages_lock:
        return _outages.setdefault(location, Outage())


@contextmanager
def counting() -> Iterator[None]:
    """Around one request: rate-limit counts made with a page-cache read are kept for the
    throttle, and forgotten when the request ends (a worker serves the next one in the same
    context)."""
    token = _counted.set({})
    try:
        yield
    finally:
        _counted.reset(token)


def is_unavailable(backend: BaseCache) -> bool:
    """Whether this process currently treats ``backend`` as away (never, for a backend that
    is not guarded: local memory cannot go away)."""
    outage = getattr(backend, "outage", None)
    return outage is not None and outage.active


class ReusedClients(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` for every call, and redis-py builds its
    table of reply parsers each time: that cost more than the call itself (about 0.4 ms, two
    or three times per page-cache hit). A ``redis.Redis`` is thread-safe, so one per
    connection pool is kept instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class GuardedRedisCache(RedisCache):
    """``RedisCache`` whose failures are misses (reads) and no-ops (writes); see the module."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self.location = server if isinstance(server, str) else ",".join(server)
        self.outage = outage_for(self.location)
        self._current_entries = None

    def validate_key(self, key) -> None:
        """Redis takes any key. Django's check warns about keys memcached would refuse, at
        about 10 µs a key, and a page-cache hit reads forty version keys."""

    def _guard(self, operation: Callable[..., Any], *args: Any, fallback: Any = None) -> Any:
        """``operation(*args)``, or ``fallback`` while Redis is known to be away or fails now."""
        if self.outage.active and not self._back():
            return fallback
        try:
            return operation(*args)
        except RedisError as error:
            self.outage.failed(self.location, error)
            return fallback

    def _back(self) -> bool:
        """During an outage, once every ``RETRY_SECONDS``: does Redis answer a ping again?

        The outage ends (and the generation moves on) before the caller's own operation
        runs, so the request that notices the recovery already reads the new generation."""
        if not self.outage.due():
            return False
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as error:
            self.outage.failed(self.location, error)
            return False
        self.outage.reached(self.location)
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._guard(super().add, key, value, timeout, version, fallback=False)

    def add_many(self, data: dict, timeout=DEFAULT_TIMEOUT) -> list:
        """``add`` for each ``key: value``, in one round trip: the keys not added (already
        there; every key while Redis is away)."""
        seconds = self.get_backend_timeout(timeout)

        def add() -> list:
            pipe = self._cache.get_client(write=True).pipeline(transaction=False)
            for key, value in data.items():
                stored = self._cache._serializer.dumps(value)
                pipe.set(self.make_and_validate_key(key), stored, ex=seconds, nx=True)
            return [key for key, added in zip(data, pipe.execute(), strict=True) if not added]

        return self._guard(add, fallback=list(data)) if data else []

    def get(self, key, default=None, version=None) -> Any:
        return self._guard(super().get, key, default, version, fallback=default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        self._guard(super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._guard(super().touch, key, timeout, version, fallback=False)

    def delete(self, key, version=None) -> bool:
        return self._guard(super().delete, key, version, fallback=False)

    def get_many(self, keys, version=None) -> dict:
        return self._guard(super().get_many, keys, version, fallback={})

    def has_key(self, key, version=None) -> bool:
        return self._guard(super().has_key, key, version, fallback=False)

    def incr(self, key, delta=1, version=None) -> int:
        """A missing key raises ``ValueError`` (Django's contract), and while the cache is
        away every key is missing."""
        result = self._guard(super().incr, key, delta, version, fallback=_MISSING)
        if result is _MISSING:
            raise ValueError(f"Key {key!r} not found: the cache is unavailable.")
        return result

    def count_in_window(self, key, seconds: int, version=None) -> tuple[int, float] | None:
        """Add one to a counter that lives ``seconds`` from its first count, in one round
        trip: ``(count, seconds left)``, or None while Redis is away (the API rate limit).
        A count ``get_current`` already made for this key in this request is returned (once)
        instead."""
        counted = _counted.get()
        if counted and key in counted and version is None:
            return counted.pop(key)

        def count() -> tuple[int, float]:
            name = self.make_and_validate_key(key, version=version)
            pipe = self._cache.get_client(name, write=True).pipeline(transaction=False)
            pipe.set(name, 0, ex=max(1, int(seconds)), nx=True)
            pipe.incr(name)
            pipe.pttl(name)
            _, total, left_ms = pipe.execute()
            return total, max(0, left_ms) / 1000

        return self._guard(count)

    def set_current_many(
        self, entries: dict[str, tuple[dict[str, int], Any]], timeout=DEFAULT_TIMEOUT
    ) -> None:
        """Store each ``key: (versions, value)`` for ``get_current`` and ``get_current_many``
        to return while every one of the versions (key -> number, as in this cache) holds. One
        round trip; none for a timeout of 0 (nothing is kept)."""
        seconds = self.get_backend_timeout(timeout)

        def store() -> None:
            pipe = self._cache.get_client(write=True).pipeline(transaction=False)
            for key, (versions, value) in entries.items():
                entry = self._entry(versions, value)
                pipe.set(self.make_key(key + ENTRY_SUFFIX), entry, ex=seconds)
            pipe.execute()

        if entries and seconds != 0:
            self._guard(store)

    def get_current_many(self, keys: list[str]) -> dict[str, Any]:
        """``get_current`` for each key, in one round trip: the current values, by key."""
        reply = self._read_current(keys) if keys else None
        return {
            key: pickle.loads(value)  # noqa: S301 (our own entries)
            for key, value in zip(keys, (reply or [])[2:], strict=False)
            if value is not None
        }

    def _read_current(self, keys: list[str], window: tuple[str, int] | None = None):
        """``_CURRENT_ENTRIES``'s reply for ``keys`` (and the rate-limit ``window``), or None
        while Redis is away."""

        def read() -> list:
            client = self._cache.get_client(write=True)
            if self._current_entries is None:
                self._current_entries = client.register_script(_CURRENT_ENTRIES)
            names = [self.make_key(key + ENTRY_SUFFIX) for key in keys]
            if window is None:
                return self._current_entries(keys=names, client=client)
            counter, seconds = window
            names.append(self.make_key(counter))
            return self._current_entries(keys=names, args=[max(1, int(seconds))], client=client)

        return self._guard(read)

    def _entry(self, versions: dict[str, int], value) -> bytes:
        header = " ".join(f"{self.make_key(name)} {number}" for name, number in versions.items())
        return header.encode() + b"\n" + pickle.dumps(value, pickle.HIGHEST_PROTOCOL)

    def get_current(self, key, window: tuple[str, int] | None = None) -> Any:
        """The value ``set_current_many`` stored, if every version it named still holds; None
        otherwise (missing, stale, or Redis away). With a rate-limit ``window`` (counter key,
        seconds), one is added to that counter in the same round trip, and the next
        ``count_in_window`` for it in this request returns that count (see ``counting``)."""

        reply = self._read_current([key], window)
        if reply is None:
            return None
        count, left_ms, value = reply
        counted = _counted.get()
        if window is not None and counted is not None:
            counted[window[0]] = (count, max(0, left_ms) / 1000)
        return None if value is None else pickle.loads(value)  # noqa: S301 (our own entry)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None) -> list:
        return self._guard(super().set_many, data, timeout, version, fallback=list(data))

    def delete_many(self, keys, version=None) -> None:
        self._guard(super().delete_many, keys, version)

    def clear(self) -> bool:
        return self._guard(super().clear, fallback=False)
