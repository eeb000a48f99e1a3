"""Rate limit for anonymous clients."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, reading its rate from the settings on every request.

    DRF copies ``DEFAULT_THROTTLE_RATES`` onto the class when it is imported, so a rate
    changed later (``API_ANON_RATE`` in a test, a settings override) would be ignored."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
