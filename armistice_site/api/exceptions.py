"""Every error under ``/api/`` is JSON.

Three places make that true: ``api_exception_handler`` (DRF views: validation, 404, 405,
429, and any unexpected exception), ``not_found`` (an ``/api/`` path that matches no route)
and ``ApiErrorMiddleware`` (an exception outside a DRF view, e.g. while rendering)."""

import logging

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpRequest, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler, set_rollback

from armistice_site.middleware import DATABASE_ERRORS

logger = logging.getLogger("armistice_site.api")

API_PREFIX = "/api/"
SERVER_ERROR = "Server error. It has been logged; please try again later."


def validation_error_data(error: DjangoValidationError) -> dict[str, list[str]]:
    """A model's ``full_clean()`` errors in DRF's ``{field: [messages]}`` shape."""
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: list(error.messages)}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
        for field, messages in error.message_dict.items()
    }


def api_exception_handler(exc: Exception, context: dict) -> Response:
    """DRF's handler, plus: model validation errors become 400 ``{field: [messages]}``, a
    validation error that is a bare list gets a field name, and anything unexpected is
    logged and answered with a JSON 500 instead of Django's HTML page."""
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(validation_error_data(exc))
    if isinstance(exc, exceptions.ValidationError) and not isinstance(exc.detail, dict):
        exc = exceptions.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: exc.detail})
    response = exception_handler(exc, context)
    if response is not None or isinstance(exc, DATABASE_ERRORS):
        return response  # None: DatabaseUnavailableMiddleware answers a database outage (503)
    request = context.get("request")
    logger.error(
        "Unhandled API error on %s",
        getattr(request, "path", "?"),
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    set_rollback()
    return Response({"detail": SERVER_ERROR}, status=500)


def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """The last route under ``/api/``: JSON 404 for anything no other route matched.

    Being a route, it stops CommonMiddleware's trailing-slash redirect, so that redirect is
    done here: ``/api/v1/articles`` moves to ``/api/v1/articles/`` for GET and HEAD."""
    if settings.APPEND_SLASH and not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found and request.method in {"GET", "HEAD"}:
            return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
    return JsonResponse({"detail": "Not found."}, status=404)


class ApiErrorMiddleware:
    """Answers an exception raised under ``/api/`` outside DRF's handling with JSON 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> JsonResponse | None:
        if not request.path.startswith(API_PREFIX) or isinstance(exception, DATABASE_ERRORS):
            return None
        logger.error("Unhandled API error on %s", request.path, exc_info=exception)
        return JsonResponse({"detail": SERVER_ERROR}, status=500)
