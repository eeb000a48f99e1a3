"""A bound on how long one reader's query may run, so a slow query cannot hold every worker.

PostgreSQL cancels any statement of a reader request (GET, HEAD, OPTIONS) that runs longer
than ``DB_READER_STATEMENT_TIMEOUT`` seconds; the reader gets a 503 with ``Retry-After`` (a
short page, JSON under /api/) and the log one WARNING line naming the request, since a slow
query is about one request, not an outage. Writes (the admin's saves, API writes, imports and
every management command) keep PostgreSQL's own setting: an editor's save is not cut short.

The setting lives in the database session, which the connection pool keeps from request to
request, so it is changed only when a request needs another value than the connection has:
one ``SET`` per pooled connection while readers follow readers, not one per request. It is
set before the request's first statement on each database; inside a transaction it is not
remembered, since a rollback would undo it.

Each PostgreSQL connection gets one execute wrapper for good when it is made (``connect()``,
from the app's ``ready()``); the middleware only names the request's bound in a context
variable, which costs nothing for the many requests that run no query (a page-cache hit)."""

import logging
import weakref
from contextvars import ContextVar

import psycopg
from django.conf import settings
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from armistice_site.middleware import RETRY_AFTER_SECONDS, Middleware, is_api

logger = logging.getLogger("armistice.database")

READER_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: The timeout each pooled connection's session has now, in ms; absent: PostgreSQL's own.
_session_timeouts: "weakref.WeakKeyDictionary[object, int]" = weakref.WeakKeyDictionary()


def ensure_timeout(connection: BaseDatabaseWrapper, milliseconds: int | None) -> None:
    """Give the connection's session ``milliseconds`` (``None``: PostgreSQL's own setting)."""
    raw = connection.connection
    if raw is None or _session_timeouts.get(raw) == milliseconds:
        return
    if milliseconds is None:
        raw.execute("RESET statement_timeout")
    else:
        raw.execute(f"SET statement_timeout = {int(milliseconds)}")
    if connection.in_atomic_block:
        _session_timeouts.pop(raw, None)  # a rollback would undo it: ask again next time
    elif milliseconds is None:
        _session_timeouts.pop(raw, None)
    else:
        _session_timeouts[raw] = milliseconds


class _RequestBound:
    """The bound one request asks for, and the databases that already have it."""

    __slots__ = ("milliseconds", "settled")

    def __init__(self, milliseconds: int | None):
        self.milliseconds = milliseconds
        self.settled: set[str] = set()


#: The current request's bound; outside a request (commands, the shell) nothing is changed.
_request_bound: ContextVar[_RequestBound | None] = ContextVar("request_bound", default=None)


def _before_statement(execute, sql, params, many, context):
    """Execute wrapper: before the request's first statement on a database, set its bound."""
    bound = _request_bound.get()
    if bound is not None:
        connection = context["connection"]
        if connection.alias not in bound.settled:
            bound.settled.add(connection.alias)
            ensure_timeout(connection, bound.milliseconds)
    return execute(sql, params, many, context)


def _install(connection: BaseDatabaseWrapper, **kwargs) -> None:
    if connection.vendor == "postgresql" and _before_statement not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, _before_statement)


def connect() -> None:
    """From ``ready()``, before any connection is made."""
    connection_created.connect(_install, dispatch_uid="armistice_statement_timeout")


def statement_cancelled(exception: BaseException | None) -> bool:
    """Whether PostgreSQL cancelled the statement (Django wraps psycopg's error in its own)."""
    while exception is not None:
        if isinstance(exception, psycopg.errors.QueryCanceled):
            return True
        exception = exception.__cause__
    return False


class ReaderStatementTimeoutMiddleware:
    """Sits innermost, so it sees a cancelled statement before any catch-all handler."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.DB_READER_STATEMENT_TIMEOUT
        milliseconds = seconds * 1000 if seconds and request.method in READER_METHODS else None
        token = _request_bound.set(_RequestBound(milliseconds))
        try:
            return self.get_response(request)
        finally:
            _request_bound.reset(token)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not statement_cancelled(exception):
            return None
        logger.warning(
            "A query of %s %s ran past the %s s reader statement timeout and was cancelled",
            request.method,
            request.path,
            settings.DB_READER_STATEMENT_TIMEOUT,
            extra={"path": request.path},
        )
        return too_slow_response(request)


def too_slow_response(request: HttpRequest) -> HttpResponse:
    message = _("This page took too long to prepare. Please try again in a moment.")
    if is_api(request):
        response = JsonResponse({"detail": message}, status=503)
    else:
        response = HttpResponse(
            render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS, "reason": message}),
            status=503,
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response._has_been_logged = True  # logged above, with what was slow
    add_never_cache_headers(response)
    return response
