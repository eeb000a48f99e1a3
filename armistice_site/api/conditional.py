"""Conditional GETs and cache headers for API reads."""

import datetime

from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date

PUBLIC_MAX_AGE = 60


def latest_update(data_objects) -> datetime.datetime | None:
    """The newest ``updated_at`` among the objects a response shows (None if they have none)."""
    stamps = [getattr(item, "updated_at", None) for item in data_objects]
    stamps = [stamp for stamp in stamps if stamp is not None]
    return max(stamps) if stamps else None


class ConditionalGetMixin:
    """``ETag`` and ``Last-Modified`` on successful GET/HEAD responses, 304 for a matching
    ``If-None-Match`` / ``If-Modified-Since``, and cache headers by audience.

    The ETag hashes the rendered body, so it changes whenever anything shown changes
    (a nested summary included). ``Last-Modified`` is the newest ``updated_at`` of the
    objects shown; Django checks ``If-None-Match`` first, so clients sending both get the
    exact answer. Anonymous responses may be shared by caches for a minute; responses to an
    authenticated client (which may include drafts) are private and never stored.

    Views record the objects they show in ``self.shown_objects``."""

    shown_objects: list = ()

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in {"GET", "HEAD"} or response.status_code != 200:
            return response
        if request.user.is_authenticated:
            response["Cache-Control"] = "private, no-store"
        else:
            response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"
        patch_vary_headers(response, ("Authorization", "Cookie"))
        response.render()
        set_response_etag(response)
        modified = latest_update(self.shown_objects)
        if modified is not None:
            response["Last-Modified"] = http_date(modified.timestamp())
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=int(modified.timestamp()) if modified else None,
            response=response,
        )
