"""``/healthz`` for load balancers and monitoring. Never cached, and never a 500: a failing
check is the answer, not an error.

- 200 ``{"database": "ok", "cache": "ok", …}``: all well.
- 200 with ``"cache": "unavailable"``: degraded. Every page is still served, from the database
  (``armistice_site.cache_guard``), so a load balancer must keep the server in rotation: every
  app server shares the one Redis, and taking them all out because it is away would turn a
  slower site into no site. Monitoring should alert on the body.
- 503 with ``"database": "unavailable"`` and ``Retry-After``: this server cannot serve pages."""

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
    """Write and read back a value no other request uses, so a stale hit cannot pass. The
    guarded backend turns a failure into a miss, which reads as "unavailable" here too."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, key, timeout=10)
        answered = cache.get(key)
        cache.delete(key)
    except Exception:  # another backend's connection error: the cache is not usable
        return UNAVAILABLE
    return OK if answered == key else UNAVAILABLE


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": database_status(), "cache": cache_status()}
    healthy = checks["database"] == OK  # a missing cache slows the site, it does not stop it
    response = JsonResponse({**checks, "version": settings.VERSION}, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response._has_been_logged = True  # an outage is logged once, not per probe
    return response
