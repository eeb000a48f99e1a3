"""WSGI entry of the bare Django project in ``bench/bare.py`` (``gunicorn bench.bare_wsgi``)."""

import os

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.bare"

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
