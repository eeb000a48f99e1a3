"""``ModelPermissionsOrAnonReadOnly`` gives DRF's answers, and reads do not build the queryset."""

import pytest
from django.contrib.auth.models import AnonymousUser
from rest_framework.permissions import DjangoModelPermissionsOrAnonReadOnly
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from armistice_site.api.permissions import ModelPermissionsOrAnonReadOnly
from articles.api import ArticleViewSet

pytestmark = pytest.mark.django_db

METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]


def users(user_with_perms) -> dict:
    inactive = user_with_perms("articles.change_article")
    inactive.is_active = False
    return {
        "anonymous": AnonymousUser(),
        "no permissions": user_with_perms(),
        "may change": user_with_perms("articles.change_article"),
        "may add and delete": user_with_perms("articles.add_article", "articles.delete_article"),
        "inactive": inactive,
    }


@pytest.mark.parametrize("method", METHODS)
def test_answers_are_drfs(method, user_with_perms):
    for name, user in users(user_with_perms).items():
        request = Request(APIRequestFactory().generic(method, "/api/v1/articles/"))
        request.user = user
        view = ArticleViewSet(request=request, action="list", format_kwarg=None, kwargs={})

        ours = ModelPermissionsOrAnonReadOnly().has_permission(request, view)
        drfs = DjangoModelPermissionsOrAnonReadOnly().has_permission(request, view)
        assert ours == drfs, (method, name)


def test_a_read_builds_the_queryset_once(api_client, monkeypatch):
    """Once to read, not once more to learn the model for the permission check."""
    built = []
    build = ArticleViewSet.get_queryset

    def counted(view):
        built.append(view.action)
        return build(view)

    monkeypatch.setattr(ArticleViewSet, "get_queryset", counted)

    assert api_client.get("/api/v1/articles/").status_code == 200
    assert built == ["list"]
