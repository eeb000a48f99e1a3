"""No reader, anonymous API client, feed, sitemap, search result or cached page ever shows a
pending revision: every surface is asked, before and after caching, as every kind of visitor."""

import datetime

import pytest
from django.test import Client

from alliances import services as alliance_services
from articles import services as article_services
from editorial import services
from editorial.models import PendingRevision
from tests import factories
from timeline import services as timeline_services

pytestmark = pytest.mark.usefixtures("page_cache_on")

SECRET = "Zanzibar"  # appears only in proposals (and in searches for it)
#: What the proposals say; none of it may reach a reader.
PROPOSED = [
    f"{SECRET} truce",
    f"{SECRET} body",
    f"{SECRET} summary",
    f"{SECRET} event summary",
    f"{SECRET} doc",
    f"{SECRET} tag",
    f"{SECRET} topic",
    f"{SECRET} raid",
]


@pytest.fixture
def proposals(writer):
    """Published content of every kind, each with a writer's pending revision."""
    source = factories.SourceFactory(slug="minutes", title="Panmunjom minutes")
    article = factories.ArticleFactory(
        slug="truce", title="The truce", body="## Terms\n\nLive body.", sources=[source]
    )
    topic, tag = article.topic, factories.TagFactory(slug="dmz", name="DMZ")
    article.tags.add(tag)
    alliance = factories.AllianceFactory(slug="anzus", name="ANZUS")
    alliance.sources.add(source)
    factories.MembershipFactory(alliance=alliance, country__name="Australia")
    country = factories.CountryFactory(slug="freedonia", name="Freedonia", iso3="ZZZ")
    event = factories.EventFactory(slug="signing", title="Signing")
    event.sources.add(source)
    timeline = factories.TimelineFactory(slug="war", title="The war")
    factories.TimelineEntryFactory(timeline=timeline, event=event)
    hidden_event = factories.EventFactory(slug="secret-event", title=f"{SECRET} raid", draft=True)

    article_services.article_update(
        article=article,
        user=writer,
        fields={"title": f"{SECRET} truce", "body": f"## Terms\n\n{SECRET} body."},
    )
    alliance_services.membership_create(
        user=writer,
        fields={"alliance": alliance, "country": country, "joined_on": datetime.date(1951, 9, 1)},
    )
    alliance_services.alliance_update(
        alliance=alliance, user=writer, fields={"summary": f"{SECRET} summary."}
    )
    timeline_services.event_update(
        event=event, user=writer, fields={"summary": f"{SECRET} event summary"}
    )
    timeline_services.timeline_update(
        timeline=timeline, user=writer, fields={}, events=[event, hidden_event]
    )
    article_services.source_update(source=source, user=writer, fields={"title": f"{SECRET} doc"})
    services.content_save(obj=tag, user=writer, fields={"name": f"{SECRET} tag"})
    services.content_save(obj=topic, user=writer, fields={"name": f"{SECRET} topic"})
    assert PendingRevision.objects.count() == 7
    return {"article": article, "alliance": alliance, "timeline": timeline, "topic": topic}


def reader_urls(items) -> list[str]:
    return [
        "/",
        "/articles/",
        "/articles/truce/",
        items["topic"].get_absolute_url(),
        "/tags/dmz/",
        "/alliances/",
        "/alliances/anzus/",
        "/countries/freedonia/",
        "/timeline/",
        "/timeline/signing/",
        "/timelines/war/",
        f"/search/?q={SECRET}",
        "/search/?q=truce",
        "/feeds/articles/",
        "/feeds/articles/atom/",
        "/sitemap.xml",
        "/api/v1/articles/",
        "/api/v1/articles/truce/",
        "/api/v1/articles/truce/?revision=pending",
        "/api/v1/alliances/anzus/",
        "/api/v1/memberships/",
        "/api/v1/events/signing/",
        "/api/v1/events/?format=timelinejs",
        "/api/v1/timelines/war/",
        "/api/v1/timelines/war/?format=timelinejs",
        "/api/v1/sources/",
        "/api/v1/tags/",
        "/api/v1/topics/",
        f"/api/v1/search/?q={SECRET}",
    ]


def shows_secret(client: Client, url: str) -> bool:
    response = client.get(url, follow=True)
    assert response.status_code in (200, 404), (url, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode()
    return any(phrase in text for phrase in PROPOSED)


def test_no_reader_surface_shows_a_pending_revision(proposals, client, reader_client):
    clients = {"anonymous": client, "reader": reader_client}
    leaks = [
        (who, url)
        for who, visitor in clients.items()
        for url in reader_urls(proposals)
        if shows_secret(visitor, url)
    ]
    # Asked twice: the second answer comes from the page cache.
    leaks += [(f"{who}, cached", url) for who, url in leaks]
    leaks += [
        ("anonymous, cached", url) for url in reader_urls(proposals) if shows_secret(client, url)
    ]
    assert leaks == []


def test_api_clients_without_the_change_permission_never_get_the_proposal(
    proposals, client_for, api_client
):
    reader = client_for("articles.view_article")
    for visitor in (reader, api_client):
        response = visitor.get("/api/v1/articles/truce/", {"revision": "pending"})
        assert response.status_code == 404
        assert not any(phrase in response.content.decode() for phrase in PROPOSED)


def test_a_cached_page_shows_the_change_once_it_is_published(proposals, client, publisher):
    assert not shows_secret(client, "/articles/truce/")  # now cached
    pending = PendingRevision.objects.get(
        content_type__model="article", object_id=str(proposals["article"].pk)
    )

    services.pending_publish(pending=pending, user=publisher)

    assert shows_secret(client, "/articles/truce/")
    assert shows_secret(client, "/api/v1/articles/truce/")
