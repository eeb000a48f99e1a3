"""The page cache is off for the rest of the suite (tests/settings.py); here it is on, with
gzip, and empty at the start of every test."""

import pytest
from django.core.cache import cache

GZIP = "django.middleware.gzip.GZipMiddleware"
PAGE_CACHE = "armistice_site.page_cache.PageCacheMiddleware"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True
    if GZIP not in settings.MIDDLEWARE:
        position = settings.MIDDLEWARE.index(PAGE_CACHE) + 1
        settings.MIDDLEWARE = [
            *settings.MIDDLEWARE[:position],
            GZIP,
            *settings.MIDDLEWARE[position:],
        ]
    cache.clear()
    yield
    cache.clear()
