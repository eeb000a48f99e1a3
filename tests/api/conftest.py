"""Fixtures for the API tests: a DRF client, users holding given permissions, and a clean
throttle (its counters live in the cache, which would otherwise carry over between tests)."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()
    yield
    cache.clear()


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
        token = Token.objects.create(user=user)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make
