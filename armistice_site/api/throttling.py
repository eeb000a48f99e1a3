"""Rate limit for anonymous clients: a fixed window per client, counted in one round trip.

DRF's own throttle keeps each client's request history (a list of timestamps) in the cache:
a ``get`` and a ``set`` of a pickled list on every API request, cached answers included. Here
a client's window opens at its first request and lasts the rate's period; each request adds
one to a counter that expires with the window (``GuardedRedisCache.count_in_window``: one
pipelined round trip to Redis; for a request the page cache reads, none of its own, as the
count is made inside the cache read). A client gets at most the rate per window; the ``Retry-After``
of a refused request is what is left of its window. Because the window starts with the
client's own first request, a burst is never split across a clock boundary."""

from django.core.cache import cache as shared_cache
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from armistice_site.cache_guard import is_unavailable

# Where request histories are kept while the shared cache is away: this worker's memory.
fallback_cache = LocMemCache("armistice-throttle-fallback", {"TIMEOUT": None})


def count_in_window(cache: BaseCache, key: str, seconds: int, now: float):
    """``(requests in the window so far, seconds left in it)``, or None if the cache failed."""
    counted = getattr(cache, "count_in_window", None)
    if counted is not None:
        return counted(key, seconds)
    cache.add(f"{key}:opened", now, seconds)
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls: a new window
        cache.set(key, 1, seconds)
        count = 1
    opened = cache.get(f"{key}:opened", now)
    return count, max(0.0, opened + seconds - now)


class AnonymousRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, reading its rate from the settings on every request, and
    still counting while the shared cache is away.

    DRF copies ``DEFAULT_THROTTLE_RATES`` onto the class when it is imported, so a rate
    changed later (``API_ANON_RATE`` in a test, a settings override) would be ignored.

    DRF keeps each client's request history in ``self.cache``. While Redis does not answer
    (``armistice_site.cache_guard``), the history lives in the worker's own memory instead:
    each worker then allows the rate on its own, so a client gets at most the rate times the
    number of workers, rather than no limit at all."""

    count = 0
    left = 0.0

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def window(self, request) -> tuple[str, int] | None:
        """The counter ``allow_request`` adds one to for ``request`` and the window's length in
        seconds, or None when no limit applies (the page cache counts it ahead, with its read:
        ``GuardedRedisCache.get_current``)."""
        if self.rate is None:
            return None
        self.key = self.get_cache_key(request, None)
        if self.key is None:
            return None
        return f"{self.key}:window", self.duration  # not DRF's history, which INCR cannot count

    def allow_request(self, request, view) -> bool:
        window = self.window(request)
        if window is None:
            return True
        now = self.timer()
        key, seconds = window
        counted = count_in_window(self.cache, key, seconds, now)
        if counted is None:  # Redis failed just now: count in this worker meanwhile
            counted = count_in_window(fallback_cache, key, seconds, now)
        self.count, self.left = counted
        return self.count <= self.num_requests

    def wait(self) -> float | None:
        return self.left if self.count > self.num_requests else None

    @property
    def cache(self) -> BaseCache:
        return fallback_cache if is_unavailable(shared_cache) else shared_cache
