"""List mechanics shared by every resource: pagination, page_size cap, fields, ordering,
search, and the mixed search endpoint."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_lists_are_paginated_with_links(api_client):
    for topic in factories.TopicFactory.create_batch(25):
        factories.ArticleFactory(topic=topic)  # readers see topics of public articles

    first = api_client.get("/api/v1/topics/").json()
    second = api_client.get(first["next"]).json()

    assert set(first) == {"count", "next", "previous", "results"}
    assert first["count"] == 25
    assert len(first["results"]) == 20
    assert first["previous"] is None
    assert len(second["results"]) == 5
    assert second["next"] is None


def test_page_size_is_capped_at_100_not_refused(api_client):
    factories.ArticleFactory().tags.set(factories.TagFactory.create_batch(105))

    response = api_client.get("/api/v1/tags/?page_size=500")
    small = api_client.get("/api/v1/tags/?page_size=3")

    assert response.status_code == 200
    assert len(response.json()["results"]) == 100
    assert len(small.json()["results"]) == 3


def test_fields_returns_only_the_requested_fields(api_client):
    article = factories.ArticleFactory()

    listed = api_client.get("/api/v1/articles/?fields=slug,title").json()
    detail = api_client.get(f"/api/v1/articles/{article.slug}/?fields=slug,sources").json()
    unknown = api_client.get("/api/v1/articles/?fields=slug,colour")

    assert listed["results"] == [{"slug": article.slug, "title": article.title}]
    assert set(detail) == {"slug", "sources"}
    assert set(detail["sources"][0]) == {"slug", "title", "citation", "url", "page", "api_url"}
    assert unknown.status_code == 400
    assert "colour" in unknown.json()["fields"][0]


def test_ordering_uses_the_whitelist_and_a_default(api_client):
    for day, slug in ((3, "c"), (1, "a"), (2, "b")):
        factories.EventFactory(slug=slug, title=slug, start_date=datetime.date(1950, 1, day))

    def order(query: str) -> list[str]:
        return [
            item["slug"] for item in api_client.get(f"/api/v1/events/{query}").json()["results"]
        ]

    assert order("") == ["a", "b", "c"]
    assert order("?ordering=-start_date") == ["c", "b", "a"]
    assert order("?ordering=-title") == ["c", "b", "a"]
    assert order("?ordering=body") == ["a", "b", "c"]  # not whitelisted: default order


def test_search_parameter_narrows_every_list(api_client):
    factories.AllianceFactory(name="Southeast Asia Treaty Organization", short_name="SEATO")
    factories.AllianceFactory(name="Central Treaty Organization", short_name="CENTO")
    factories.CountryFactory(name="Turkey", iso3="TUR")

    alliances = api_client.get("/api/v1/alliances/?search=seato").json()["results"]
    countries = api_client.get("/api/v1/countries/?search=TUR").json()["results"]

    assert [item["short_name"] for item in alliances] == ["SEATO"]
    assert [item["name"] for item in countries] == ["Turkey"]


def test_search_endpoint_mixes_types_and_hides_drafts(api_client):
    factories.ArticleFactory(slug="armistice-article", title="The Panmunjom armistice")
    factories.EventFactory(slug="armistice-event", title="Armistice signed at Panmunjom")
    factories.AllianceFactory(slug="armistice-draft", name="Panmunjom draft", draft=True)
    factories.ArticleFactory(slug="armistice-later", title="Panmunjom later", scheduled=True)

    data = api_client.get("/api/v1/search/?q=panmunjom").json()

    assert data["count"] == 2
    assert {(hit["type"], hit["slug"]) for hit in data["results"]} == {
        ("article", "armistice-article"),
        ("event", "armistice-event"),
    }
    hit = next(hit for hit in data["results"] if hit["type"] == "event")
    assert set(hit) == {"type", "slug", "title", "snippet", "url", "api_url", "rank"}
    assert hit["url"] == "http://testserver/timeline/armistice-event/"
    assert hit["api_url"] == "http://testserver/api/v1/events/armistice-event/"
    assert hit["rank"] > 0


def test_search_needs_a_query(api_client):
    missing = api_client.get("/api/v1/search/")
    punctuation = api_client.get("/api/v1/search/?q=%22--%3B%3B")

    assert missing.status_code == 400
    assert list(missing.json()) == ["q"]
    assert punctuation.json()["count"] == 0
