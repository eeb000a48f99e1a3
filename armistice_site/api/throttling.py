"""Rate limit for anonymous clients."""

from django.core.cache import cache as shared_cache
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from armistice_site.cache_guard import is_unavailable

# Where request histories are kept while the shared cache is away: this worker's memory.
fallback_cache = LocMemCache("armistice-throttle-fallback", {"TIMEOUT": None})


class AnonymousRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, reading its rate from the settings on every request, and
    still counting while the shared cache is away.

    DRF copies ``DEFAULT_THROTTLE_RATES`` onto the class when it is imported, so a rate
    changed later (``API_ANON_RATE`` in a test, a settings override) would be ignored.

    DRF keeps each client's request history in ``self.cache``. While Redis does not answer
    (``armistice_site.cache_guard``), the history lives in the worker's own memory instead:
    each worker then allows the rate on its own, so a client gets at most the rate times the
    number of workers, rather than no limit at all."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    @property
    def cache(self) -> BaseCache:
        return fallback_cache if is_unavailable(shared_cache) else shared_cache
