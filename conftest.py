"""Small composable fixtures shared by the whole suite."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient

from armistice_site import registry
from tests import factories
from tokens.services import token_create

pytest_plugins = ["tests.throwaway_db"]  # the ``throwaway_database`` fixture


@pytest.fixture
def public_article(db):
    return factories.ArticleFactory()


@pytest.fixture
def draft_article(db):
    return factories.ArticleFactory(draft=True)


@pytest.fixture
def scheduled_article(db):
    return factories.ArticleFactory(scheduled=True)


@pytest.fixture
def user(db, django_user_model):
    return django_user_model.objects.create_user(username="reader", password="pw-reader-12345")


@pytest.fixture
def staff_user(db, django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="pw-staff-12345", is_staff=True
    )


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts with an empty cache: API rate-limit counters, cached list counts and
    cached pages would otherwise carry over from one test to the next."""
    cache.clear()
    yield
    cache.clear()


GZIP = "django.middleware.gzip.GZipMiddleware"
PAGE_CACHE = "armistice_site.page_cache.PageCacheMiddleware"


@pytest.fixture
def page_cache_on(settings):
    """The page cache and gzip as in production (tests/settings.py switches both off)."""
    settings.PAGE_CACHE = True
    if GZIP not in settings.MIDDLEWARE:
        position = settings.MIDDLEWARE.index(PAGE_CACHE) + 1
        settings.MIDDLEWARE = [
            *settings.MIDDLEWARE[:position],
            GZIP,
            *settings.MIDDLEWARE[position:],
        ]


@pytest.fixture
def unthrottled(settings):
    """The anonymous API limit out of the way, for tests that read the API many times."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute"},
    }


# Reader-site visitors ---------------------------------------------------------------------

EDITABLE = [f"change_{entry.name}" for entry in registry.entries(registry.Role.PUBLISHABLE)]


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reader_client(user):
    """Logged in, but not staff: sees exactly what anonymous readers see."""
    return logged_in(user)


@pytest.fixture
def staff_without_permission_client(django_user_model):
    staff = django_user_model.objects.create_user(username="intern", is_staff=True)
    return logged_in(staff)


@pytest.fixture
def editor(django_user_model):
    editor = django_user_model.objects.create_user(username="editor", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(codename__in=EDITABLE))
    return editor


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)


# API clients ------------------------------------------------------------------------------


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def user_with_perms(db, django_user_model):
    """``user_with_perms("articles.add_article", …)``: an active user holding those."""

    def make(*perms: str):
        user = django_user_model.objects.create_user(
            username=f"partner-{django_user_model.objects.count()}", password="pw-partner-1234"
        )
        for perm in perms:
            app_label, codename = perm.split(".")
            user.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return django_user_model.objects.get(pk=user.pk)  # fresh permission cache

    return make


@pytest.fixture
def client_for(api_client, user_with_perms):
    """An API client authenticated with a token for a user holding the given permissions."""

    def make(*perms: str):
        user = user_with_perms(*perms)
        _, key = token_create(user=user, name="Test partner", scope="write")
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        return client

    return make
