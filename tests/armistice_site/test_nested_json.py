"""Issue 14, item 2: a JSON body nested deeper than anything the API accepts is a 400 that
says so, never a 500 (Python's recursion limit used to be reached in the NUL check at about
350 levels and in the JSON parser past about 1 000)."""

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from armistice_site.api.parsers import MAX_JSON_DEPTH
from armistice_site.api.serializers import holds_nul
from tests import factories
from tokens.services import token_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(django_user_model) -> APIClient:
    user = django_user_model.objects.create_user(username="partner", password="pw-partner-123")
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["add_article", "change_article"])
    )
    client = APIClient()
    _, key = token_create(user=user, name="Partner tool", scope="write")
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def nested_lists(depth: int) -> str:
    return "[" * depth + "]" * depth


def nested_objects(depth: int) -> str:
    return '{"a": ' * depth + "1" + "}" * depth


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 400, 1_200, 100_000])
@pytest.mark.parametrize("shape", [nested_lists, nested_objects])
def test_deeply_nested_bodies_are_refused_with_400(writer, depth, shape):
    body = f'{{"title": "Deep", "slug": "deep", "tags": {shape(depth)}}}'

    created = writer.post("/api/v1/articles/", body, content_type="application/json")

    assert created.status_code == 400, created.content[:300]
    assert "nested too deeply" in created.json()["detail"]
    assert f"at most {MAX_JSON_DEPTH} levels" in created.json()["detail"]


def test_a_deeply_nested_patch_is_refused_and_changes_nothing(writer):
    article = factories.ArticleFactory(title="Unchanged")
    body = f'{{"title": "Changed", "summary": {nested_lists(5_000)}}}'

    response = writer.patch(
        f"/api/v1/articles/{article.slug}/", body, content_type="application/json"
    )

    assert response.status_code == 400
    article.refresh_from_db()
    assert article.title == "Unchanged"


def test_a_body_at_the_depth_limit_is_read_and_validated_as_usual(writer):
    body = f'{{"title": "Deep", "slug": "deep", "tags": {nested_lists(MAX_JSON_DEPTH - 1)}}}'

    created = writer.post("/api/v1/articles/", body, content_type="application/json")

    assert created.status_code == 400
    assert "tags" in created.json()  # a field error, from the serializer as usual


def test_the_nul_check_walks_any_depth_without_recursion():
    """Bodies reach it within the parser's limit, but no depth can exhaust the stack there."""
    deep: list = ["\x00"]
    shallow: dict = {"a": ["text", {"b\x00": 1}]}
    for _ in range(5_000):
        deep = [deep]
    assert holds_nul(deep)
    assert holds_nul(shallow)
    assert not holds_nul({"a": ["text", {"b": [1, None, 2.5]}]})
