"""Query counts of API lists stay flat in the size of a page (no N+1)."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def make_articles(count: int) -> None:
    tags = factories.TagFactory.create_batch(2)
    for article in factories.ArticleFactory.create_batch(count):
        article.tags.set(tags)


def make_alliances(count: int) -> None:
    for alliance in factories.AllianceFactory.create_batch(count):
        factories.MembershipFactory(alliance=alliance)


def make_events(count: int) -> None:
    country = factories.CountryFactory()
    alliance = factories.AllianceFactory()
    hidden = factories.AllianceFactory(draft=True)
    for event in factories.EventFactory.create_batch(count):
        event.countries.set([country])
        event.alliances.set([alliance, hidden])


def make_timelines(count: int) -> None:
    for timeline in factories.TimelineFactory.create_batch(count):
        factories.TimelineEntryFactory(timeline=timeline)


def make_memberships(count: int) -> None:
    alliance = factories.AllianceFactory()
    factories.MembershipFactory.create_batch(count, alliance=alliance)


def make_countries(count: int) -> None:
    factories.CountryFactory.create_batch(count)


def make_sources(count: int) -> None:
    factories.SourceFactory.create_batch(count)


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.parametrize(
    ("url", "make", "most"),
    [
        ("/api/v1/articles/", make_articles, 3),
        ("/api/v1/alliances/", make_alliances, 2),
        ("/api/v1/events/", make_events, 4),
        ("/api/v1/events/?format=timelinejs", make_events, 2),
        ("/api/v1/timelines/", make_timelines, 2),
        ("/api/v1/memberships/", make_memberships, 2),
        ("/api/v1/countries/", make_countries, 2),
        ("/api/v1/sources/", make_sources, 2),
    ],
)
def test_list_queries_do_not_grow_with_the_page(
    api_client, django_assert_max_num_queries, url, make, most, size
):
    make(size)
    separator = "&" if "?" in url else "?"

    with django_assert_max_num_queries(most):
        response = api_client.get(f"{url}{separator}page_size=100")

    assert response.status_code == 200
    body = response.json()
    assert len(body.get("results", body.get("events", []))) >= size


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.parametrize(
    ("resource", "most"),
    [("alliances", 4), ("timelines", 2)],
)
def test_detail_queries_do_not_grow_with_related_items(
    api_client, django_assert_max_num_queries, resource, most, size
):
    timeline = factories.TimelineFactory(slug="big")
    alliance = factories.AllianceFactory(slug="big")
    for event in factories.EventFactory.create_batch(size):
        factories.TimelineEntryFactory(timeline=timeline, event=event)
    for country in factories.CountryFactory.create_batch(size):
        factories.MembershipFactory(alliance=alliance, country=country)

    with django_assert_max_num_queries(most):
        response = api_client.get(f"/api/v1/{resource}/big/")

    assert response.status_code == 200
    body = response.json()
    assert len(body.get("members", body.get("events", []))) == size
