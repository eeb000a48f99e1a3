"""Query counts per page stay flat as content grows: every page is checked with 5 and with 50
related items against the same budget, so an N+1 regression fails here, not in production."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

# Budgets per page for an anonymous reader, identical for 5 and 50 items: one query per list
# or prefetched relation, plus a count for each paginated list and one per filter dropdown.
BUDGETS = {
    "home": 9,
    "articles": 4,
    "article": 6,
    "topic": 3,
    "tag": 3,
    "alliances": 3,
    "alliance": 5,
    "country": 3,
    "timeline": 5,
    "event": 6,
    "curated": 2,
    "search": 4,
    "rss": 1,
    "atom": 1,
    "sitemap": 14,
}


def build_world(size: int) -> dict[str, str]:
    """One hub of each kind related to ``size`` items, plus ``size`` items in every list."""
    topic = factories.TopicFactory()
    tag = factories.TagFactory()
    country = factories.CountryFactory()
    hub_article = factories.ArticleFactory(topic=topic, featured=True, title="Armistice hub")
    hub_alliance = factories.AllianceFactory()
    hub_event = factories.EventFactory(start_date=datetime.date(1953, 7, 27))
    timeline = factories.TimelineFactory()
    hub_article.tags.add(tag)
    for number in range(size):
        article = factories.ArticleFactory(topic=topic, title=f"Armistice story {number}")
        article.tags.add(tag)
        article.see_also.add(hub_article)
        hub_article.see_also.add(article)
        member = factories.CountryFactory()
        factories.MembershipFactory(alliance=hub_alliance, country=member)
        alliance = factories.AllianceFactory(name=f"Armistice pact {number}")
        factories.MembershipFactory(alliance=alliance, country=country)
        alliance.articles.add(hub_article)
        event = factories.EventFactory(
            title=f"Armistice event {number}", start_date=datetime.date(1950 + number % 10, 7, 27)
        )
        event.countries.add(country, member)
        event.alliances.add(hub_alliance)
        event.articles.add(hub_article)
        hub_event.countries.add(member)
        hub_event.alliances.add(alliance)
        hub_event.articles.add(article)
        hub_event.sources.add(factories.SourceFactory())
        factories.TimelineEntryFactory(timeline=timeline, event=event)
    return {
        "home": "/",
        "articles": "/articles/",
        "article": hub_article.get_absolute_url(),
        "topic": topic.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "alliances": "/alliances/",
        "alliance": hub_alliance.get_absolute_url(),
        "country": country.get_absolute_url(),
        "timeline": "/timeline/",
        "event": hub_event.get_absolute_url(),
        "curated": timeline.get_absolute_url(),
        "search": "/search/?q=armistice",
        "rss": "/feeds/articles/",
        "atom": "/feeds/articles/atom/",
        "sitemap": "/sitemap.xml",
    }


@pytest.mark.parametrize("size", [5, 50])
def test_query_counts_stay_within_the_same_budget(client, django_assert_max_num_queries, size):
    urls = build_world(size)
    for name, url in urls.items():
        with django_assert_max_num_queries(BUDGETS[name]):
            response = client.get(url)
        assert response.status_code == 200, name
        assert b"http://testserver/" in response.content, name
