"""``/healthz`` for load balancers and monitoring: 200 when the database and the cache both
answer, 503 naming the one that does not. Never cached, and never a 500: a failing check is
the answer, not an error."""

import uuid

import psycopg
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from armistice_site.middleware import RETRY_AFTER_SECONDS, database_failed

OK = "ok"
UNAVAILABLE = "unavailable"


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except (DatabaseError, psycopg.Error) as error:
        database_failed(error)
        return UNAVAILABLE
    return OK


def cache_status() -> str:
    """Write and read back a value no other request uses, so a stale hit cannot pass."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, key, timeout=10)
        answered = cache.get(key)
        cache.delete(key)
    except Exception:  # any backend's connection error means the cache is not usable
        return UNAVAILABLE
    return OK if answered == key else UNAVAILABLE


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": database_status(), "cache": cache_status()}
    healthy = all(status == OK for status in checks.values())
    response = JsonResponse({**checks, "version": settings.VERSION}, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response._has_been_logged = True  # an outage is logged once, not per probe
    return response
