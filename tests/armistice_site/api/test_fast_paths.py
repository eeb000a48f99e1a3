"""The API's fast paths answer byte for byte what DRF's and Django's own code answers.

Every list and item of the demo content is fetched twice: as served, and with the fast paths
swapped back for the code they stand in for — ``reverse()`` and ``build_absolute_uri()`` for
``armistice_site.links``, DRF's hyperlinks for ``ApiUrlField``, fields built per instance for
``FieldsOnceMixin``, DRF's ``Serializer.to_representation`` for ``PlannedRepresentationMixin``,
Django's ``prefetch_related_objects`` for ``PrefetchStatement``, django-filter's backend for
``FilterBackend``, the field's queryset for the prepared lookup of ``LabelFilter``, DRF's model
permissions for ``ModelPermissionsOrAnonReadOnly`` and Django's ``LIMIT``/``OFFSET`` pages for
pages chosen by key (``CachedCountPaginator``), and every list item rendered afresh for the
items a list keeps (``ItemCache``). Bodies, statuses and ETags must match, and the fast paths
may not need more queries. Each path is asked twice, the second time with the items the first
stored, and must answer the same."""

import django_filters
import pytest
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import prefetch_related_objects
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, set_script_prefix
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import serializers
from rest_framework.permissions import DjangoModelPermissionsOrAnonReadOnly

from armistice_site import links
from armistice_site.api.filters import FilterBackend
from armistice_site.api.item_cache import ItemCache
from armistice_site.api.permissions import ModelPermissionsOrAnonReadOnly
from armistice_site.api.representation import PlannedRepresentationMixin
from armistice_site.api.serializers import ApiUrlField, FieldsOnceMixin
from armistice_site.paging import CachedCountPaginator
from armistice_site.prefetch_statement import PrefetchStatement
from articles.api import LabelFilter
from demo.loader import demo_load

pytestmark = pytest.mark.django_db

ARTICLE_QUERIES = [
    "?page_size=100",
    "?page=2&page_size=3",
    "?ordering=title&page=3&page_size=2",
    "?fields=slug,url,api_url,tags",
    "?format=json&page_size=5",
    "?ordering=title&search=armistice",
    "?level=secondary",
    "?topic=no-such-topic",
    "?published_after=1953-13-01",
]


@pytest.fixture
def plain(monkeypatch):
    """Swaps the fast paths for what they stand in for, while the test asks."""

    def swap():
        monkeypatch.setattr(
            links,
            "_path",
            lambda route, value, kwarg, urlconf, prefix: reverse(
                route, urlconf=urlconf, kwargs={kwarg: value}
            ),
        )
        monkeypatch.setattr(
            links.Links, "absolute", lambda self, path: self.request.build_absolute_uri(path)
        )
        monkeypatch.setattr(ApiUrlField, "get_url", serializers.HyperlinkedIdentityField.get_url)
        monkeypatch.setattr(FieldsOnceMixin, "get_fields", serializers.ModelSerializer.get_fields)
        monkeypatch.setattr(
            PrefetchStatement,
            "attach",
            lambda self, items: prefetch_related_objects(items, *self.prefetch()),
        )
        monkeypatch.setattr(
            PlannedRepresentationMixin,
            "to_representation",
            serializers.Serializer.to_representation,
        )
        monkeypatch.setattr(FilterBackend, "filter_queryset", DjangoFilterBackend.filter_queryset)
        monkeypatch.setattr(CachedCountPaginator, "_get_page", Paginator._get_page)
        monkeypatch.setattr(ItemCache, "for_view", classmethod(lambda cls, view: None))
        monkeypatch.setattr(LabelFilter, "field", django_filters.ModelChoiceFilter.field)
        monkeypatch.setattr(
            ModelPermissionsOrAnonReadOnly,
            "has_permission",
            DjangoModelPermissionsOrAnonReadOnly.has_permission,
        )

    return swap


def addresses(client) -> list[str]:
    """Every list of the API (filtered and trimmed too), and every item the lists show."""
    found = []
    for url in client.get("/api/v1/").json().values():
        path = url.removeprefix("http://testserver")
        found += [path, f"{path}?page_size=100", f"{path}?fields=slug,api_url"]
        for item in client.get(f"{path}?page_size=100").json()["results"]:
            found.append(item["api_url"].removeprefix("http://testserver"))
    found += [f"/api/v1/articles/{query}" for query in ARTICLE_QUERIES]
    tag = client.get("/api/v1/tags/").json()["results"][0]["slug"]
    found += [f"/api/v1/articles/?tag={tag}", "/api/v1/articles/?tag=no-such-tag"]
    topic = client.get("/api/v1/topics/").json()["results"][0]["slug"]
    found += [f"/api/v1/articles/?tag={tag}&page=2&page_size=2", f"/api/v1/articles/?topic={topic}"]
    found += ["/api/v1/events/?format=geojson", "/api/v1/events/?format=timelinejs"]
    return found


def answers(client, paths: list[str], script_prefix: str = "/") -> tuple[dict, dict]:
    """Status, body and ETag of each path, and the queries each needed (counts uncached)."""
    got, queries_needed = {}, {}
    set_script_prefix(script_prefix)
    try:
        for path in paths:
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            got[path] = (response.status_code, response.content, response.get("ETag"))
            queries_needed[path] = len(queries)
            again = client.get(path)
            assert (again.status_code, again.content, again.get("ETag")) == got[path], path
    finally:
        set_script_prefix("/")
    return got, queries_needed


def assert_same(fast: tuple[dict, dict], plain: tuple[dict, dict]) -> None:
    for path, answer in plain[0].items():
        assert fast[0][path] == answer, path
        assert fast[1][path] <= plain[1][path], path


def test_reads_match_plain_drf(api_client, client_for, unthrottled, plain):
    """One load of the demo content (the slow part) for three readers: anonymous, anonymous
    behind a script prefix (lists only) and a client that sees drafts."""
    demo_load()
    paths = addresses(api_client)
    assert len(paths) > 100
    listed = [path for path in paths if "/?" in path]
    reader = client_for("articles.view_article", "documents.view_document")
    drafts = ["/api/v1/articles/?page_size=100", "/api/v1/documents/?page_size=100"]
    drafts += [
        item["api_url"].removeprefix("http://testserver")
        for path in drafts
        for item in reader.get(path).json()["results"]
    ]

    fast = [
        answers(api_client, paths),
        answers(api_client, listed, script_prefix="/sub dir/"),
        answers(reader, drafts),
    ]
    plain()
    assert_same(fast[0], answers(api_client, paths))
    assert_same(fast[1], answers(api_client, listed, script_prefix="/sub dir/"))
    assert_same(fast[2], answers(reader, drafts))
