"""``FieldsOnceMixin``: a serializer's fields are worked out once per class and copied for
each instance; each instance's fields are its own, bound to it, and serializing with one
leaves the others (and the class's fields) as they were."""

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from articles.api import ArticleListSerializer, ArticleSerializer
from tests.factories import ArticleFactory, PersonFactory, TagFactory

pytestmark = pytest.mark.django_db


def bound_fields(serializer) -> dict:
    """Every field under ``serializer`` by its path, nested serializers and list children
    included."""
    found = {}
    for name, field in serializer.fields.items():
        found[name] = field
        inner = getattr(field, "child", None) or getattr(field, "child_relation", None)
        target = inner if inner is not None else field
        if hasattr(target, "fields"):
            found.update({f"{name}.{k}": v for k, v in bound_fields(target).items()})
    return found


def test_each_serializer_has_its_own_fields_bound_to_it():
    request = APIRequestFactory().get("/api/v1/articles/")
    first = ArticleSerializer(context={"request": request})
    second = ArticleSerializer(context={"request": request})
    mine, theirs = bound_fields(first), bound_fields(second)

    assert mine.keys() == theirs.keys() and len(mine) > 30
    for path, field in mine.items():
        assert field is not theirs[path], path
        assert field.root is first, path
        assert theirs[path].root is second, path
    for field, _ in ArticleSerializer._built_fields.values():
        assert getattr(field, "parent", None) is None  # the class's own fields stay unbound


def test_serializers_made_one_after_another_answer_alike():
    article = ArticleFactory(authors=[PersonFactory(name="Kim Historian")])
    article.tags.set([TagFactory(slug="dmz")])
    request = Request(APIRequestFactory().get("/api/v1/articles/"))
    answers = [
        ArticleListSerializer([article], many=True, context={"request": request}).data
        for _ in range(3)
    ]
    assert answers[0] == answers[1] == answers[2]
    assert answers[0][0]["tags"][0]["slug"] == "dmz"
    assert answers[0][0]["authors"][0]["name"] == "Kim Historian"
