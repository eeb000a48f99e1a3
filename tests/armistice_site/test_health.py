"""/healthz answers three ways: 200 when the database and the cache work, 200 naming the cache
when only the cache is away (degraded: every page is still served, so load balancers keep the
server), and 503 naming the database when it is away (in test_database_down.py, against a
real outage)."""

import pytest
from django.conf import settings
from django.test import override_settings

DEAD_REDIS = {
    "default": {
        "BACKEND": "armistice_site.cache_guard.GuardedRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens there
    }
}


@pytest.mark.django_db
def test_healthy_site_reports_ok_and_is_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "version": settings.VERSION}
    assert "no-cache" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
@override_settings(CACHES=DEAD_REDIS)
def test_unreachable_cache_is_named_but_the_server_stays_in_rotation(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"
    assert "Retry-After" not in response


@pytest.mark.django_db
def test_health_only_answers_reads(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200
