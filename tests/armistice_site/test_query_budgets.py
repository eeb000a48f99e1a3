"""Query budgets: one table for every page and API endpoint, the same at 5 and at 50 related
items of everything, so the number of queries a request makes does not grow with the data.
Measured with the page cache off, on the first request (cached list counts not yet there:
the most a cache miss costs); a page-cache hit costs none (test_invalidation)."""

import datetime

import pytest

from alliances import services as alliance_services
from editorial import services
from tests import factories

pytestmark = pytest.mark.django_db

# One query per list or prefetched relation and per filter dropdown, plus a count for each
# paginated list; search adds one snippet query per content type on the page; the home page's
# "on this day" looks on both sides of today (and across New Year) when no event falls on it.
# API lists are read with ``page_size=100``, so every item built is on the page measured.
# An article page adds its people, documents, glossary terms, questions, readings and
# corrections (one query each); feeds fetch the authors of all items in one more.
BUDGETS = {
    "/": 9,
    "/articles/": 4,
    "article": 12,
    "topic": 3,
    "tag": 3,
    "/alliances/": 3,
    "alliance": 6,
    "alliance-map-on-date": 6,
    "alliance-map-bad-date": 6,
    "country": 3,
    "/timeline/": 5,
    "event": 7,
    "curated": 2,
    "/search/?q=armistice": 3,
    "/feeds/articles/": 2,
    "/feeds/articles/atom/": 2,
    "/sitemap.xml": 22,
    "/api/v1/articles/?page_size=100": 4,
    "api-article": 10,
    "/api/v1/topics/": 2,
    "/api/v1/tags/": 2,
    "/api/v1/sources/?page_size=100": 2,
    "/api/v1/countries/?page_size=100": 2,
    "api-country": 2,
    "/api/v1/alliances/?page_size=100": 2,
    "api-alliance": 5,
    "/api/v1/memberships/?page_size=100": 2,
    "/api/v1/events/?page_size=100": 4,
    "/api/v1/events/?start=1950-01-01&end=1960-12-31": 4,
    "/api/v1/events/?format=timelinejs": 2,
    "/api/v1/events/?format=geojson&page_size=100": 2,
    "api-event": 7,
    "/api/v1/timelines/": 2,
    "api-timeline": 2,
    "api-timeline-timelinejs": 2,
    "/api/v1/search/?q=armistice": 3,
    "/documents/": 2,
    "document": 8,
    "/glossary/": 1,
    "term": 3,
    "/sources/": 2,
    "source": 6,
    "person": 3,
    "/corrections/": 2,
    "/feeds/corrections/": 1,
    "/feeds/corrections/atom/": 1,
    "/api/v1/documents/?page_size=100": 2,
    "api-document": 1,
    "/api/v1/glossary/?page_size=100": 2,
    "api-term": 2,
    "/api/v1/people/?page_size=100": 2,
    "api-person": 1,
    # Editors (signed in as an administrator): the dashboard reads a fixed number of queries
    # per publishable type (five panels, six types), one for returned work, one for activity; a
    # proposal and its comparison read the item, its links and rows once.
    "editor:/admin/": 34,
    "editor:/admin/editorial/content-search/?q=Armistice": 13,  # one query per type
    "editor:api-alliance-pending": 20,
    "editor:alliance-pending": 24,
    "editor:/admin/articles/article/": 9,
}


def build_world(size: int) -> dict[str, str]:
    """Hubs related to ``size`` items each, and ``size`` items in every list; some related
    items are drafts, which every list and relation must leave out at no extra cost."""
    topic, tag = factories.TopicFactory(), factories.TagFactory()
    country = factories.CountryFactory()
    hub_article = factories.ArticleFactory(topic=topic, featured=True, title="Armistice hub")
    hub_article.tags.add(tag)
    hub_alliance = factories.AllianceFactory(name="Armistice alliance")
    hub_alliance.sources.add(factories.SourceFactory())
    hidden_alliance = factories.AllianceFactory(draft=True)
    hub_event = factories.EventFactory(
        title="Armistice day",
        start_date=datetime.date(1953, 7, 27),
        location_name="Panmunjom",
        latitude=37.9558,
        longitude=126.6769,
        location_precision="exact",
    )
    timeline = factories.TimelineFactory()
    hub_document = factories.DocumentFactory(title="Armistice agreement")
    hub_term = factories.GlossaryTermFactory(term="Armistice")
    hub_source = factories.SourceFactory()
    author = factories.PersonFactory()
    hub_article.documents.add(hub_document)
    hub_article.authors.add(author)
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
        event = factories.EventFactory(  # each at its own place: one map point per event
            title=f"Armistice event {number}",
            start_date=datetime.date(1950 + number % 10, 7, 27),
            location_name=f"Place {number}",
            latitude=30 + number % 25,
            longitude=100 + number,
            location_precision="city",
        )
        event.countries.add(country, member)
        event.alliances.add(hub_alliance, alliance, hidden_alliance)
        event.articles.add(hub_article)
        hub_event.countries.add(member)
        hub_event.alliances.add(alliance)
        hub_event.articles.add(article)
        hub_event.sources.add(factories.SourceFactory())
        factories.TimelineEntryFactory(timeline=timeline, event=event, position=number)
        article.documents.add(hub_document)
        article.sources.add(hub_source)
        article.authors.add(author, factories.PersonFactory())
        article.glossary_terms.add(hub_term)
        alliance.documents.add(hub_document)
        hub_article.documents.add(factories.DocumentFactory())
        hub_article.glossary_terms.add(factories.GlossaryTermFactory())
        hub_term.related.add(factories.GlossaryTermFactory())
        factories.QuestionFactory(article=hub_article, kind="source", document=hub_document)
        factories.ReadingFactory(article=hub_article, source=hub_source)
        factories.CorrectionFactory(article=article)
        factories.CorrectionFactory(article=hub_article)
    proposer = factories.CountryFactory()  # a writer's proposed member, and a new summary
    pending = alliance_services.membership_create(
        user=None,
        fields={
            "alliance": hub_alliance,
            "country": proposer,
            "joined_on": datetime.date(1960, 1, 1),
        },
    )
    services.content_save(
        obj=hub_alliance, user=None, fields={"summary": "Proposed."}, pending=True
    )
    assert pending is not None
    return {
        "article": hub_article.get_absolute_url(),
        "topic": topic.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "alliance": hub_alliance.get_absolute_url(),
        "alliance-map-on-date": f"{hub_alliance.get_absolute_url()}?on=1990-01-01",
        "alliance-map-bad-date": f"{hub_alliance.get_absolute_url()}?on=1990-02-31",
        "country": country.get_absolute_url(),
        "event": hub_event.get_absolute_url(),
        "curated": timeline.get_absolute_url(),
        "api-article": f"/api/v1/articles/{hub_article.slug}/",
        "api-country": f"/api/v1/countries/{country.slug}/",
        "api-alliance": f"/api/v1/alliances/{hub_alliance.slug}/",
        "api-event": f"/api/v1/events/{hub_event.slug}/",
        "api-timeline": f"/api/v1/timelines/{timeline.slug}/",
        "api-timeline-timelinejs": f"/api/v1/timelines/{timeline.slug}/?format=timelinejs",
        "document": hub_document.get_absolute_url(),
        "term": hub_term.get_absolute_url(),
        "source": hub_source.get_absolute_url(),
        "person": author.get_absolute_url(),
        "api-document": f"/api/v1/documents/{hub_document.slug}/",
        "api-term": f"/api/v1/glossary/{hub_term.slug}/",
        "api-person": f"/api/v1/people/{author.slug}/",
        "editor:api-alliance-pending": f"/api/v1/alliances/{hub_alliance.slug}/?revision=pending",
        "editor:alliance-pending": f"/admin/alliances/alliance/{hub_alliance.pk}/pending/",
    }


@pytest.mark.parametrize("size", [5, 50])
def test_every_endpoint_keeps_its_query_budget_at_any_size(
    client, admin_user, django_assert_max_num_queries, size
):
    named = build_world(size)
    readers = {key: budget for key, budget in BUDGETS.items() if not key.startswith("editor:")}
    editors = {key: budget for key, budget in BUDGETS.items() if key.startswith("editor:")}
    for key, budget in [*readers.items(), *editors.items()]:
        if key.startswith("editor:"):
            client.force_login(admin_user)
        url = named.get(key, key).removeprefix("editor:")
        with django_assert_max_num_queries(budget):
            response = client.get(url)
        assert response.status_code == 200, url
        assert response.content, url
        if "page_size=100" in url:
            data = response.json()
            assert len(data["features" if "geojson" in url else "results"]) >= size, url
        if not url.startswith(("/api/", "/admin/")):  # pages and feeds link absolutely
            assert b"http://testserver/" in response.content, url
