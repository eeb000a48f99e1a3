"""The smallest Django project: one view, no middleware, no database, no apps. ``make bench``
serves it with gunicorn beside the site, with the same worker count, so the constant response
through the site's whole middleware stack can be compared with Django's own floor measured in
the same run."""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-only-bare-" + "x" * 40
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = __name__
MIDDLEWARE: list[str] = []
INSTALLED_APPS: list[str] = []
DATABASES: dict = {}
USE_I18N = False


def constant(request):
    return HttpResponse("ok\n", content_type="text/plain")


urlpatterns = [path("bench/ceiling", constant)]
