"""Conditional GETs and cache headers for API reads, and ``If-Match`` for writes."""

import datetime
import hashlib

from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_etags, quote_etag
from rest_framework import exceptions, status

from armistice_site.api.renderers import JSONRenderer

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


# Writes: If-Match -----------------------------------------------------------------------------


class PreconditionFailed(exceptions.APIException):
    """412: the client's ``If-Match`` names a version of the item that is no longer current."""

    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The item has changed since you loaded it."
    default_code = "precondition_failed"


def representation_etag(data) -> str:
    """The ETag a GET answers with for a JSON body showing ``data``.

    ``ConditionalGetMixin`` hashes the rendered body (Django's ``set_response_etag``); this
    renders and hashes ``data`` the same way, so a write can compare ``If-Match`` with what the
    client's GET returned, and answer with the ETag the next GET will return."""
    body = JSONRenderer().render(data)
    return quote_etag(hashlib.md5(body, usedforsecurity=False).hexdigest())


def if_match_passes(header: str, current_etag: str) -> bool:
    """Whether an ``If-Match`` header accepts the item's current ETag.

    ``*`` accepts any existing item; otherwise one of the listed tags must name it, and a
    header that is not a list of ETags matches nothing. A weak ``W/"…"`` tag counts when its
    value is the current one: ``GZipMiddleware`` marks the ETag of every compressed answer weak,
    though it still names the same JSON body, so a client taking gzip only ever sees weak
    tags. (RFC 9110's strong comparison would refuse every write from such a client.)"""
    tags = parse_etags(header)
    return tags == ["*"] or current_etag in {tag.removeprefix("W/") for tag in tags}
