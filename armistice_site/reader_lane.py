"""A shorter middleware chain for anonymous reads (issue 15).

Most requests are a reader's GET with no session: no one is signed in, so there is no session
to load or save, no user to look up, no message to show, no history to attribute, no sign-in
to lock out. Django still runs every middleware for them, and the chain was about half the
cost of the constant response. ``ReaderLaneMiddleware`` sits in ``MIDDLEWARE`` just before
the session middleware: what comes before it (request log, security headers, static files,
CORS, conditional GET, the page cache, gzip) is shared by every request. It sends an
anonymous read down a second chain made of the middleware after it, with
``READER_LANE_REPLACES`` applied (each of those left out, or swapped for a cheaper one);
every other request (signed in, a write, an API token, the admin) takes the whole chain.

In place of the session and authentication middleware, ``AnonymousReaderMiddleware`` gives
the request the anonymous user, exactly what authentication finds without a session cookie,
and marks the response ``Vary: Cookie`` if anything read it, as the session middleware does.
The admin always takes the whole chain: its sign-in page sets the CSRF cookie its form needs
(no reader page has a form that posts). ``READER_LANE = False`` turns the lane off; a test
compares the two chains' answers for every kind of reader URL."""

from functools import partial

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.exceptions import MiddlewareNotUsed
from django.core.handlers.base import BaseHandler
from django.core.handlers.exception import convert_exception_to_response
from django.http import HttpRequest, HttpResponse
from django.urls import get_script_prefix, reverse
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.module_loading import import_string

from armistice_site.middleware import Middleware

READ_METHODS = frozenset({"GET", "HEAD"})


def is_anonymous_read(request: HttpRequest) -> bool:
    """A GET or HEAD that cannot belong to anyone: no session or messages cookie, no
    ``Authorization`` header (an API token)."""
    meta = request.META
    if request.method not in READ_METHODS or "HTTP_AUTHORIZATION" in meta:
        return False
    if "HTTP_COOKIE" not in meta:
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


class LaneHandler(BaseHandler):
    """Django's request handling (URL resolution, view middleware, exception middleware) over
    a chain of the given middleware, loaded as ``BaseHandler.load_middleware`` loads
    ``MIDDLEWARE`` for a synchronous server."""

    def __init__(self, middleware: list[str]):
        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        handler = convert_exception_to_response(self._get_response)
        for path in reversed(middleware):
            try:
                instance = import_string(path)(handler)
            except MiddlewareNotUsed:
                continue
            if hasattr(instance, "process_view"):
                self._view_middleware.insert(0, instance.process_view)
            if hasattr(instance, "process_template_response"):
                self._template_response_middleware.append(instance.process_template_response)
            if hasattr(instance, "process_exception"):
                self._exception_middleware.append(instance.process_exception)
            handler = convert_exception_to_response(instance)
        self._middleware_chain = handler


def _anonymous(request: HttpRequest) -> AnonymousUser:
    request.reader_lane_user_read = True
    return AnonymousUser()


class AnonymousReaderMiddleware:
    """The lane's stand-in for the session and authentication middleware (see module)."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.user = SimpleLazyObject(partial(_anonymous, request))
        response = self.get_response(request)
        if getattr(request, "reader_lane_user_read", False):
            patch_vary_headers(response, ("Cookie",))
        return response


class ReaderLaneMiddleware:
    """Outermost: sends anonymous reads down the lane (see module)."""

    def __init__(self, get_response: Middleware):
        self.get_response = get_response
        self.lane = None
        if settings.READER_LANE:
            self.lane = LaneHandler(lane_middleware(settings.MIDDLEWARE))
        # The admin's own prefix, as the URLconf mounts it (path_info has no script prefix).
        self.admin_prefix = reverse("admin:index").removeprefix(get_script_prefix()[:-1])

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            self.lane is None
            or request.path_info.startswith(self.admin_prefix)
            or not is_anonymous_read(request)
        ):
            return self.get_response(request)
        return self.lane._middleware_chain(request)


def lane_middleware(middleware: list[str]) -> list[str]:
    """The middleware after this one, with ``READER_LANE_REPLACES`` applied."""
    inner = middleware[middleware.index(__name__ + ".ReaderLaneMiddleware") + 1 :]
    lane = [settings.READER_LANE_REPLACES.get(path, path) for path in inner]
    return [path for path in lane if path is not None]
