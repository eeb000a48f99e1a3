"""What each kind of visitor sees of public and non-public content, page by page. Drafts,
items in review, archived and scheduled items are 404 for readers and for staff without the
change permission; editors may preview them, marked, noindex and never cached."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests import factories

NOW = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)

KINDS = {
    factory._meta.model._meta.model_name: factory for factory in factories.PUBLISHABLE_FACTORIES
}
HIDDEN_STATES = {
    "draft": {"draft": True},
    "in_review": {"in_review": True},
    "archived": {"archived": True},
    "scheduled": {"scheduled": True},
}
MARKERS = {
    "draft": "Draft",
    "in_review": "In review",
    "archived": "Archived",
    "scheduled": "Scheduled",
}

pytestmark = [pytest.mark.django_db]


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.parametrize("kind", KINDS)
def test_public_item_is_shown_to_everyone(kind, client, reader_client, editor_client):
    item = KINDS[kind]()
    for visitor in (client, reader_client, editor_client):
        response = visitor.get(item.get_absolute_url())
        assert response.status_code == 200
        assert b'name="robots" content="noindex"' not in response.content
        assert b"preview-banner" not in response.content


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", KINDS)
def test_non_public_item_is_404_for_readers_and_staff_without_permission(
    kind, state, client, reader_client, staff_without_permission_client
):
    item = KINDS[kind](**HIDDEN_STATES[state])
    for visitor in (client, reader_client, staff_without_permission_client):
        response = visitor.get(item.get_absolute_url())
        assert response.status_code == 404
        assert b"Page not found" in response.content


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", KINDS)
def test_editor_previews_non_public_item_marked_noindex_and_uncached(kind, state, editor_client):
    item = KINDS[kind](**HIDDEN_STATES[state])
    response = editor_client.get(item.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="preview-banner"' in html
    assert MARKERS[state] in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_scheduled_article_appears_once_its_time_comes(client):
    article = factories.ArticleFactory(publish_at=NOW + datetime.timedelta(hours=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    with time_machine.travel(NOW + datetime.timedelta(hours=2), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_drafts_never_appear_in_lists_links_or_counts(client):
    """One public item of each kind linked to hidden ones; no hidden title leaks anywhere."""
    country = factories.CountryFactory(name="Republic of Korea", slug="korea")
    article = factories.ArticleFactory(title="Public armistice story")
    hidden_article = factories.ArticleFactory(title="Secret draft article", draft=True)
    scheduled_article = factories.ArticleFactory(title="Future scheduled article", scheduled=True)
    article.see_also.set([hidden_article, scheduled_article])
    alliance = factories.AllianceFactory(name="Public pact")
    hidden_alliance = factories.AllianceFactory(name="Secret draft pact", draft=True)
    for pact in (alliance, hidden_alliance):
        factories.MembershipFactory(alliance=pact, country=country)
        pact.articles.add(article)
    event = factories.EventFactory(title="Public signing")
    hidden_event = factories.EventFactory(title="Secret draft event", draft=True)
    for happening in (event, hidden_event):
        happening.countries.add(country)
        happening.articles.add(article)
        happening.alliances.add(alliance)
    event.alliances.add(hidden_alliance)
    event.articles.add(hidden_article)
    timeline = factories.TimelineFactory(title="Public timeline")
    factories.TimelineEntryFactory(timeline=timeline, event=event)
    factories.TimelineEntryFactory(timeline=timeline, event=hidden_event)
    factories.TimelineFactory(title="Secret draft timeline", draft=True)

    pages = [
        "/",
        "/articles/",
        article.get_absolute_url(),
        article.topic.get_absolute_url(),
        "/alliances/",
        alliance.get_absolute_url(),
        country.get_absolute_url(),
        "/timeline/",
        event.get_absolute_url(),
        timeline.get_absolute_url(),
        "/search/?q=secret+draft+future+scheduled",
        "/feeds/articles/",
        "/feeds/articles/atom/",
        "/sitemap.xml",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        for secret in ("Secret draft", "Future scheduled", hidden_article.slug):
            assert secret not in html, (page, secret)

    country_page = client.get(country.get_absolute_url()).content.decode()
    assert country_page.count('<rect class="chart__bar') == 1  # the public pact only
    alliances_page = client.get("/alliances/").content.decode()
    assert "1 alliance" in alliances_page


def test_staff_with_permission_still_sees_only_public_items_in_lists(editor_client):
    factories.ArticleFactory(title="Public one")
    factories.ArticleFactory(title="Draft one", draft=True)
    html = editor_client.get("/articles/").content.decode()
    assert "Public one" in html
    assert "Draft one" not in html


def test_reference_pages_are_public(client):
    country = factories.CountryFactory()
    tag = factories.TagFactory()
    article = factories.ArticleFactory()
    article.tags.add(tag)
    for url in (
        country.get_absolute_url(),
        tag.get_absolute_url(),
        article.topic.get_absolute_url(),
    ):
        assert client.get(url).status_code == 200
    assert timezone.now() == NOW
