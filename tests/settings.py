"""Test settings: the real settings, read from the environment like everywhere else, with the
cheap parts swapped in (fast password hashing, local-memory cache, media in a temp dir)."""

import os
import tempfile

# DEBUG is off in tests, as in production, so the settings must pass its start-up checks.
os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret-" + "0123456789abcdef" * 2)
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/armistice")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

from armistice_site.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests of views see each request rendered afresh and uncompressed (in-process WSGI clients
# such as Schemathesis' do not decode gzip); the page_cache_on fixture switches both on.
PAGE_CACHE = False
MIDDLEWARE = [name for name in MIDDLEWARE if name != "django.middleware.gzip.GZipMiddleware"]  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="armistice-media-")
# whitenoise warns (an error under pytest) when STATIC_ROOT is missing; tests never collect.
STATIC_ROOT = tempfile.mkdtemp(prefix="armistice-static-")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
