"""Settings for the gunicorn the fault tests start: the production settings, read from the
environment like everywhere else (DEBUG off), except that static files are named without the
manifest ``collectstatic`` writes. Collecting and compressing them takes about a minute and
has nothing to do with how the site survives a fault."""

from armistice_site.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
