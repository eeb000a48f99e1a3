"""A shared cache of whole responses for anonymous readers: pages and API GETs.

Only requests that cannot belong to anyone in particular are served from it or stored in it:
GET (and HEAD, answered from the GET entry) with no session or messages cookie and no
``Authorization`` header. Only plain 200 answers are stored: not a response that sets a
cookie, is marked private/no-store/no-cache (staff previews, ``/healthz``), or streams.

The key is the full URL (host, path, query string), the ``Accept`` header for the API (DRF
picks the format from it) and whether the client takes gzip (the response is stored
compressed). The entry keeps the versions of what the page showed, recorded while it
rendered (``armistice_site.dependencies``): a hit reads those versions again (with Redis, in
the same round trip as the entry) and is served only if none moved, so a write makes exactly
the pages that show what it changed render afresh, on every app server sharing the cache
(Redis when ``REDIS_URL`` is set). A page during whose render any content write happened is
not stored at all. Pages whose results cannot be traced to rows (site search, lists with
filters or a search term) depend on every write. Entries live ``CACHE_SECONDS``, the bound for
changes no write announces (a scheduled item going live). ``/healthz`` and ``/bench/`` are
never stored.

The API's anonymous rate limit still applies to answers served from here: before a cached
API response is returned, DRF's throttles are asked, and a refused request goes on to the
view, which answers 429 as usual."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import set_response_etag

from armistice_site import cache_guard, dependencies
from armistice_site.reader_lane import is_anonymous_read

CACHE_HEADER = "X-Page-Cache"
API_PREFIX = "/api/"
NEVER_STORED = ("/healthz", "/bench/")
#: Query parameters that only page through a list; any other (a filter, a search term) makes
#: the page depend on every write.
PAGING_PARAMETERS = frozenset({"page", "page_size", "format"})
EVERY_WRITE_PATHS = ("/search/",)
_GZIP = re.compile(r"\bgzip\b")
_NOT_SHARED = re.compile(r"\b(private|no-store|no-cache|max-age=0)\b")


def is_cacheable_request(request: HttpRequest) -> bool:
    return is_anonymous_read(request) and not request.path_info.startswith(NEVER_STORED)


def is_cacheable_response(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not _NOT_SHARED.search(response.get("Cache-Control", ""))
        and "*" not in response.get("Vary", "")
    )


def cache_key(request: HttpRequest) -> str:
    is_api = request.path_info.startswith(API_PREFIX)
    parts = (
        request.build_absolute_uri(),
        request.META.get("HTTP_ACCEPT", "") if is_api else "",
        "gzip" if _GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "",
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:{digest}"


def depends_on_every_write(request: HttpRequest) -> bool:
    return request.path_info.startswith(EVERY_WRITE_PATHS) or bool(
        set(request.GET) - PAGING_PARAMETERS
    )


def read_entry(key: str, window: tuple[str, int] | None = None) -> HttpResponse | None:
    """The stored response if none of the versions it was stored against has moved. The Redis
    backend compares them inside Redis, in the same round trip as the read, and adds the API
    request to its rate-limit ``window`` there too (``GuardedRedisCache.get_current``); any
    other backend reads twice (``dependencies.current_values``), and the throttle counts on
    its own."""
    if hasattr(cache, "get_current"):
        return cache.get_current(key, window)
    return dependencies.current_values([key]).get(key)


class ApiThrottles:
    """The API's default throttles for one request, made once: the rate-limit counter the
    page cache adds the request to with its read, then whether they allow the request."""

    def __init__(self, request: HttpRequest):
        from rest_framework.request import Request
        from rest_framework.settings import api_settings

        self.request = Request(request)
        self.throttles = [throttle() for throttle in api_settings.DEFAULT_THROTTLE_CLASSES]

    def window(self) -> tuple[str, int] | None:
        """The counter the anonymous throttle adds one to, and for how long."""
        for throttle in self.throttles:
            if hasattr(throttle, "window"):
                return throttle.window(self.request)
        return None

    def allow(self) -> bool:
        """Ask each throttle, as the view would, recording the request if allowed."""
        return all(throttle.allow_request(self.request, None) for throttle in self.throttles)


def stored_copy(response: HttpResponse) -> HttpResponse:
    """A plain response with the same body and headers: small to pickle, whatever the view
    returned (a rendered template response, a DRF response)."""
    copy = HttpResponse(response.content, status=response.status_code)
    for name, value in response.items():
        copy[name] = value
    return copy


class PageCacheMiddleware:
    """Sits inside ConditionalGetMiddleware (so cached answers still get 304s) and outside
    GZipMiddleware (so the compressed body is stored and not compressed again per hit)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE or not is_cacheable_request(request):
            return self.get_response(request)
        with cache_guard.counting():
            return self.answer(request)

    def answer(self, request: HttpRequest) -> HttpResponse:
        key = cache_key(request)
        throttles = ApiThrottles(request) if request.path_info.startswith(API_PREFIX) else None
        counts_with_read = throttles is not None and hasattr(cache, "get_current")  # read_entry
        cached = read_entry(key, throttles.window() if counts_with_read else None)
        if cached is not None and (throttles is None or throttles.allow()):
            cached[CACHE_HEADER] = "hit"
            return cached
        epoch_before = dependencies.ensure_epoch()
        with dependencies.recording(epoch_before) as recorder:
            if depends_on_every_write(request):
                dependencies.depend_on_every_write()
            response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(response):
            if not response.has_header("ETag"):
                set_response_etag(response)
            response[CACHE_HEADER] = "miss"
            stored_versions = dependencies.settled_versions(recorder.keys(), epoch_before)
            if stored_versions is not None:
                dependencies.store_values({key: (stored_versions, stored_copy(response))})
        return response
