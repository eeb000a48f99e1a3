"""Site-wide middleware for running on the open internet: a request id and one log line per
request, refusal of malformed requests before any view sees them, and a friendly 503 while the
database is unreachable. Everything else (headers, CSP, lockouts) is configuration of Django,
django-csp and django-axes in settings."""

import logging
import re
import threading
import time
import uuid
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

import psycopg
from django.conf import settings
from django.core.signals import request_finished
from django.db import InterfaceError, OperationalError, connection
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from armistice_site.logging import request_id_var

request_logger = logging.getLogger("armistice.request")
database_logger = logging.getLogger("armistice.database")

REQUEST_ID_HEADER = "X-Request-ID"
# Middleware on every request reads headers from META: ``request.headers`` builds a mapping
# of all of them on first use, a tenth of the cost of the constant response.
REQUEST_ID_META = "HTTP_X_REQUEST_ID"
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
RETRY_AFTER_SECONDS = 30
# psycopg_pool.PoolTimeout is a psycopg.OperationalError; Django usually wraps it in its own.
DATABASE_ERRORS = (
    OperationalError,
    InterfaceError,
    psycopg.OperationalError,
    psycopg.InterfaceError,
)

Middleware = Callable[[HttpRequest], HttpResponse]


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def error_response(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """A 4xx answer that says what was wrong: ``{"detail": …}`` under /api/, text elsewhere."""
    if is_api(request):
        return JsonResponse({"detail": message}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


class RequestLogMiddleware:
    """Give every request an id (the client's ``X-Request-ID`` when it looks sane, else a new
    one), send it back in the response, stamp it on every log line the request causes, and
    log one line per request with method, path, status, duration and user."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        offered = request.META.get(REQUEST_ID_META, "")
        request_id = offered if SANE_REQUEST_ID.fullmatch(offered) else uuid.uuid4().hex
        request.request_id = request_id
        request_id_var.set(request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        if not request_logger.isEnabledFor(logging.INFO):
            return response  # LOG_LEVEL=WARNING: nothing to format
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        request_logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": _loaded_user_id(request),
            },
        )
        return response


@receiver(request_finished, dispatch_uid="armistice_forget_request_id")
def _forget_request_id(**kwargs) -> None:
    """The id stays set until the response is closed, because Django logs its "Not Found" and
    similar lines after the middleware has returned."""
    request_id_var.set("-")


def _loaded_user_id(request: HttpRequest) -> int | None:
    """The signed-in user's id if something in the request already looked it up; the log line
    must not cost a query (or fail while the database is away) just to name the user."""
    user = getattr(request, "user", None)
    if isinstance(user, SimpleLazyObject):
        user = getattr(request, "_cached_user", None)
    if user is None or not user.is_authenticated:
        return None
    return user.pk


class BadRequestMiddleware:
    """Refuse, with a 4xx that says why, what Django would otherwise quietly mangle or only
    notice once a view reads it: query strings that are not UTF-8, NUL characters (PostgreSQL
    cannot store them), and bodies larger than the configured limit, which DRF would read
    whole."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = self.problem(request)
        if problem:
            return error_response(request, *problem)
        return self.get_response(request)

    def problem(self, request: HttpRequest) -> tuple[int, str] | None:
        raw_query = request.environ.get("QUERY_STRING", "").encode("iso-8859-1", "replace")
        try:
            query = unquote_to_bytes(raw_query.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return 400, _("The query string is not valid UTF-8.")
        if "\x00" in query or "\x00" in request.path_info:
            return 400, _("The address contains a NUL character.")
        return self.body_problem(request)

    def body_problem(self, request: HttpRequest) -> tuple[int, str] | None:
        length = request.META.get("CONTENT_LENGTH") or "0"
        try:
            size = int(length)
        except ValueError:
            return 400, _("The Content-Length header is not a number.")
        if size < 0:
            return 400, _("The Content-Length header is negative.")
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if request.content_type == "multipart/form-data":
            limit += settings.MAX_IMAGE_UPLOAD_MB * 1024 * 1024
        if size > limit:
            return 413, _("The request body is too large (at most %(kb)d KB).") % {
                "kb": limit // 1024
            }
        return None


class DatabaseUnavailableMiddleware:
    """While PostgreSQL cannot be reached, answer 503 with ``Retry-After`` (a friendly page, or
    JSON under /api/) instead of a 500 and a traceback per request. The connection pool
    reconnects by itself, so the site recovers without a restart."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if connection.connection is not None and not hasattr(response, "database_unavailable"):
            database_reached()
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        database_failed(exception)
        return database_unavailable_response(request)


class _Outage:
    """Per process: is the database known to be away? Only the changes are logged, so an
    outage is one line when it starts and one when it ends, however many requests fail."""

    lock = threading.Lock()
    active = False


def database_failed(exception: Exception) -> None:
    with _Outage.lock:
        if _Outage.active:
            return
        _Outage.active = True
    reason = (str(exception).strip().splitlines() or [type(exception).__name__])[0]
    database_logger.error("Database unavailable, answering 503 until it returns: %s", reason)


def database_reached() -> None:
    if not _Outage.active:
        return
    with _Outage.lock:
        if not _Outage.active:
            return
        _Outage.active = False
    database_logger.warning("Database reachable again")


def database_unavailable_response(request: HttpRequest) -> HttpResponse:
    if is_api(request):
        response = JsonResponse(
            {"detail": _("The database is unavailable. Please try again in a moment.")},
            status=503,
        )
    else:
        response = HttpResponse(
            render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}), status=503
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.database_unavailable = True
    # The outage has its one log line; Django would add an ERROR line for every 503.
    response._has_been_logged = True
    add_never_cache_headers(response)
    return response
