"""/healthz answers both ways: 200 when the database and the cache work, 503 naming the part
that does not (the database case is in test_database_down.py, against a real outage)."""

import pytest
from django.conf import settings
from django.test import override_settings

DEAD_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
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
def test_unreachable_cache_is_named_with_503(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"
    assert response["Retry-After"]


@pytest.mark.django_db
def test_health_only_answers_reads(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200
