"""Reading resources: shapes, links, nested summaries, and that drafts never show."""

import datetime

import pytest

from alliances.models import Membership
from armistice_site import registry
from tests import factories

pytestmark = pytest.mark.django_db


def test_article_detail_has_body_links_sources_and_provenance(api_client):
    other = factories.ArticleFactory(title="Panmunjom")
    article = factories.ArticleFactory(
        ai_generated=True, disclosure="Drafted with a language model from an outline."
    )
    article.see_also.set([other])
    article.tags.set([factories.TagFactory(slug="dmz")])

    data = api_client.get(f"/api/v1/articles/{article.slug}/").json()

    assert data["slug"] == article.slug
    assert data["url"] == f"http://testserver/articles/{article.slug}/"
    assert data["api_url"] == f"http://testserver/api/v1/articles/{article.slug}/"
    assert data["body_markdown"].startswith("## Background")
    assert "<h2" in data["body_html"]
    assert [entry["title"] for entry in data["toc"]] == ["Background", "Terms"]
    assert data["topic"]["api_url"] == f"http://testserver/api/v1/topics/{article.topic.slug}/"
    assert data["tags"][0]["slug"] == "dmz"
    assert data["see_also"] == [
        {
            "slug": other.slug,
            "title": "Panmunjom",
            "api_url": f"http://testserver/api/v1/articles/{other.slug}/",
        }
    ]
    assert set(data["sources"][0]) == {"slug", "title", "citation", "url", "page", "api_url"}
    assert data["ai_generated"] is True
    assert data["disclosure"].startswith("Drafted")
    assert data["fact_check_status"] == "unchecked"


def test_alliance_detail_lists_members_and_obligation_names(api_client):
    kor = factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")
    alliance = factories.AllianceFactory(slug="us-rok", defense=True, consultation=True)
    factories.MembershipFactory(alliance=alliance, country=kor, role=Membership.Role.FOUNDING)

    data = api_client.get("/api/v1/alliances/us-rok/").json()

    assert data["obligations"] == ["defense", "consultation"]
    assert data["members"] == [
        {
            "country": {
                "slug": "south-korea",
                "name": "South Korea",
                "iso3": "KOR",
                "api_url": "http://testserver/api/v1/countries/south-korea/",
            },
            "role": "founding",
            "joined_on": "1953-10-01",
            "left_on": None,
        }
    ]


def test_country_is_found_by_slug_or_iso3(api_client):
    factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")

    assert api_client.get("/api/v1/countries/KOR/").json()["slug"] == "south-korea"
    assert api_client.get("/api/v1/countries/kor/").json()["iso3"] == "KOR"
    assert api_client.get("/api/v1/countries/south-korea/").json()["name"] == "South Korea"
    assert api_client.get("/api/v1/countries/XYZ/").status_code == 404


def test_event_gives_precision_and_display_date(api_client):
    event = factories.EventFactory(
        start_date=datetime.date(1950, 6, 1),
        start_precision="month",
        end_date=datetime.date(1953, 7, 27),
    )

    data = api_client.get(f"/api/v1/events/{event.slug}/").json()

    assert data["start_date"] == "1950-06-01"
    assert data["start_precision"] == "month"
    assert data["end_precision"] == "day"
    assert data["display_date"] == "June 1950 – 27 July 1953"


def test_timeline_detail_lists_its_public_events_in_order(api_client):
    timeline = factories.TimelineFactory(slug="korean-war")
    second = factories.EventFactory(title="Armistice signed")
    first = factories.EventFactory(title="War begins")
    hidden = factories.EventFactory(draft=True)
    factories.TimelineEntryFactory(timeline=timeline, event=second, position=2)
    factories.TimelineEntryFactory(timeline=timeline, event=first, position=1)
    factories.TimelineEntryFactory(timeline=timeline, event=hidden, position=3)

    data = api_client.get("/api/v1/timelines/korean-war/").json()

    assert [event["title"] for event in data["events"]] == ["War begins", "Armistice signed"]


@pytest.mark.parametrize("trait", ["draft", "in_review", "archived", "scheduled"])
@pytest.mark.parametrize(
    ("factory", "resource"),
    [
        (factories.factory_for(entry.model), entry.api.prefix)
        for entry in registry.entries(registry.Role.PUBLISHABLE)
    ],
)
def test_non_public_items_are_404_and_absent_from_lists(api_client, factory, resource, trait):
    hidden = factory(**{trait: True})
    shown = factory()

    listed = api_client.get(f"/api/v1/{resource}/").json()["results"]
    detail = api_client.get(f"/api/v1/{resource}/{hidden.slug}/")

    assert [item["slug"] for item in listed] == [shown.slug]
    assert detail.status_code == 404
    assert detail.json() == {
        "detail": "No " + hidden._meta.object_name + " matches the given query."
    }


def test_unpublished_items_never_appear_nested(api_client):
    article = factories.ArticleFactory()
    draft_article = factories.ArticleFactory(draft=True)
    scheduled_article = factories.ArticleFactory(scheduled=True)
    article.see_also.set([draft_article, scheduled_article])
    alliance = factories.AllianceFactory()
    alliance.articles.set([draft_article, scheduled_article])
    draft_alliance = factories.AllianceFactory(draft=True)
    country = factories.CountryFactory()
    factories.MembershipFactory(alliance=draft_alliance, country=country)
    event = factories.EventFactory()
    event.alliances.set([draft_alliance])
    event.articles.set([draft_article])
    factories.TimelineEntryFactory(event=event, timeline=factories.TimelineFactory(draft=True))

    article_data = api_client.get(f"/api/v1/articles/{article.slug}/").json()
    alliance_data = api_client.get(f"/api/v1/alliances/{alliance.slug}/").json()
    country_data = api_client.get(f"/api/v1/countries/{country.slug}/").json()
    event_data = api_client.get(f"/api/v1/events/{event.slug}/").json()
    memberships = api_client.get("/api/v1/memberships/").json()

    assert article_data["see_also"] == []
    assert alliance_data["articles"] == []
    assert country_data["memberships"] == []
    assert event_data["alliances"] == event_data["articles"] == event_data["timelines"] == []
    assert memberships["count"] == 0


def test_staff_with_change_permission_reads_drafts_privately(client_for):
    draft = factories.ArticleFactory(draft=True)

    response = client_for("articles.change_article").get(f"/api/v1/articles/{draft.slug}/")

    assert response.status_code == 200
    assert response.json()["status"] == "draft"
    assert response["Cache-Control"] == "private, no-store"


def test_user_without_permission_sees_no_drafts(client_for):
    draft = factories.ArticleFactory(draft=True)

    response = client_for().get(f"/api/v1/articles/{draft.slug}/")

    assert response.status_code == 404


def test_topics_tags_and_sources_are_listed(api_client):
    article = factories.ArticleFactory()
    article.tags.set([factories.TagFactory()])

    topics = api_client.get("/api/v1/topics/").json()["results"]
    tags = api_client.get("/api/v1/tags/").json()["results"]
    sources = api_client.get("/api/v1/sources/").json()["results"]

    assert topics[0]["url"] == f"http://testserver/topics/{article.topic.slug}/"
    assert tags[0]["api_url"].startswith("http://testserver/api/v1/tags/")
    assert sources[0]["citation"].startswith("A. Historian.")
