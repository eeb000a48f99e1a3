import pytest
from django.core.cache import cache

from tests.faults.harness import RedisServer


@pytest.fixture(scope="module")
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["local memory", "Redis"])
def shared_cache(request, settings):
    """Runs a test twice: on local memory (versions compared in Python) and on a real Redis
    (versions compared inside Redis by ``GuardedRedisCache``)."""
    if request.param == "Redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "armistice_site.cache_guard.GuardedRedisCache",
                "LOCATION": request.getfixturevalue("redis_server").url,
                "KEY_PREFIX": "armistice",
            }
        }
        cache.clear()
    return request.param
