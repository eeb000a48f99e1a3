"""Query budgets for every page and API endpoint, the same at 5 and at 50 related items of
everything, so the number of queries a request makes does not grow with the data. Measured
with the page cache off (what a cache miss costs), after one request has warmed the cached
list counts; a cache hit costs none (test_invalidation)."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

# One query per list or prefetched relation and per filter dropdown; search adds one
# snippet query per content type on the page; the home page's "on this day" looks on both
# sides of today (and across New Year) when no event falls exactly on it.
PAGE_BUDGETS = {
    "/": 9,
    "/articles/": 3,
    "article": 6,
    "topic": 2,
    "tag": 2,
    "/alliances/": 2,
    "alliance": 5,
    "country": 3,
    "/timeline/": 4,
    "event": 6,
    "curated": 2,
    "/search/?q=armistice": 4,
    "/feeds/articles/": 1,
    "/feeds/articles/atom/": 1,
}
API_BUDGETS = {
    "/api/v1/articles/": 2,
    "api-article": 4,
    "/api/v1/topics/": 1,
    "/api/v1/tags/": 1,
    "/api/v1/sources/": 1,
    "/api/v1/countries/": 1,
    "api-country": 2,
    "/api/v1/alliances/": 1,
    "api-alliance": 4,
    "/api/v1/memberships/": 1,
    "/api/v1/events/": 3,
    "/api/v1/events/?start=1950-01-01&end=1960-12-31": 3,
    "/api/v1/events/?format=timelinejs": 1,
    "api-event": 6,
    "/api/v1/timelines/": 1,
    "api-timeline": 2,
    "api-timeline-timelinejs": 2,
    "/api/v1/search/?q=armistice": 4,
}


def build_world(size: int) -> dict[str, str]:
    """Hubs related to ``size`` items each, and ``size`` items in every list."""
    topic, tag = factories.TopicFactory(), factories.TagFactory()
    country = factories.CountryFactory()
    hub_article = factories.ArticleFactory(topic=topic, featured=True, title="Armistice hub")
    hub_article.tags.add(tag)
    hub_alliance = factories.AllianceFactory(name="Armistice alliance")
    hub_event = factories.EventFactory(title="Armistice day", start_date=datetime.date(1953, 7, 27))
    timeline = factories.TimelineFactory()
    for number in range(size):
        article = factories.ArticleFactory(topic=topic, title=f"Armistice story {number}")
        article.tags.add(tag, factories.TagFactory())
        article.see_also.add(hub_article)
        hub_article.see_also.add(article)
        hub_article.sources.add(factories.SourceFactory())
        member = factories.CountryFactory()
        factories.MembershipFactory(alliance=hub_alliance, country=member)
        alliance = factories.AllianceFactory(name=f"Armistice pact {number}")
        factories.MembershipFactory(alliance=alliance, country=country)
        alliance.articles.add(hub_article)
        hub_alliance.articles.add(article)
        event = factories.EventFactory(
            title=f"Armistice event {number}", start_date=datetime.date(1950 + number % 10, 7, 27)
        )
        event.countries.add(country, member)
        event.alliances.add(hub_alliance, alliance)
        event.articles.add(hub_article)
        hub_event.countries.add(member)
        hub_event.alliances.add(alliance)
        hub_event.articles.add(article)
        hub_event.sources.add(factories.SourceFactory())
        factories.TimelineEntryFactory(timeline=timeline, event=event, position=number)
    return {
        "article": hub_article.get_absolute_url(),
        "topic": topic.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "alliance": hub_alliance.get_absolute_url(),
        "country": country.get_absolute_url(),
        "event": hub_event.get_absolute_url(),
        "curated": timeline.get_absolute_url(),
        "api-article": f"/api/v1/articles/{hub_article.slug}/",
        "api-country": f"/api/v1/countries/{country.slug}/",
        "api-alliance": f"/api/v1/alliances/{hub_alliance.slug}/",
        "api-event": f"/api/v1/events/{hub_event.slug}/",
        "api-timeline": f"/api/v1/timelines/{timeline.slug}/",
        "api-timeline-timelinejs": f"/api/v1/timelines/{timeline.slug}/?format=timelinejs",
    }


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE = False


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.parametrize("budgets", [PAGE_BUDGETS, API_BUDGETS], ids=["pages", "api"])
def test_every_endpoint_keeps_its_query_budget_at_any_size(
    client, django_assert_max_num_queries, uncached, size, budgets
):
    named = build_world(size)
    for key, budget in budgets.items():
        url = named.get(key, key)
        client.get(url)  # counts are cached per content generation; the page itself is not
        with django_assert_max_num_queries(budget):
            response = client.get(url)
        assert response.status_code == 200, url
        assert response.content, url
