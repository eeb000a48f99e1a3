"""Writes through the API: model permissions, the publish permission, and 400 shapes that
match the admin's rules."""

import datetime

import pytest

from alliances.models import Alliance, Membership
from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db

NEW_ARTICLE = {
    "slug": "new-article",
    "title": "A new article",
    "summary": "Why the line was drawn where it was.",
    "body_markdown": "## The line\n\nDrawn along the front.",
}


def test_anonymous_and_unprivileged_clients_cannot_write(api_client, client_for):
    anonymous = api_client.post("/api/v1/articles/", NEW_ARTICLE, format="json")
    unprivileged = client_for().post("/api/v1/articles/", NEW_ARTICLE, format="json")

    assert anonymous.status_code == 401
    assert unprivileged.status_code == 403
    assert "detail" in anonymous.json() and "detail" in unprivileged.json()
    assert not Article.objects.exists()


def test_client_with_add_permission_creates_a_draft(client_for):
    topic = factories.TopicFactory(slug="armistice")
    tag = factories.TagFactory(slug="dmz")
    client = client_for("articles.add_article")

    response = client.post(
        "/api/v1/articles/", {**NEW_ARTICLE, "topic": "armistice", "tags": ["dmz"]}, format="json"
    )

    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "draft"
    assert data["body_html"].startswith("<h2")
    assert data["topic"]["slug"] == "armistice"
    article = Article.objects.get(slug="new-article")
    assert article.topic == topic
    assert list(article.tags.all()) == [tag]


def test_publishing_needs_the_publish_permission(client_for):
    factories.SourceFactory(slug="armistice-text")
    payload = {**NEW_ARTICLE, "sources": ["armistice-text"], "status": "published"}

    refused = client_for("articles.add_article").post("/api/v1/articles/", payload, format="json")
    nothing_created = not Article.objects.exists()
    allowed = client_for("articles.add_article", "articles.publish_article").post(
        "/api/v1/articles/", payload, format="json"
    )

    assert refused.status_code == 403
    assert refused.json()["detail"] == "Only a publisher can publish “A new article”."
    assert nothing_created
    assert allowed.status_code == 201
    assert Article.objects.public().filter(slug="new-article").exists()


def test_changing_a_published_item_needs_the_publish_permission(client_for):
    article = factories.ArticleFactory()
    url = f"/api/v1/articles/{article.slug}/"

    refused = client_for("articles.change_article").patch(url, {"title": "X"}, format="json")
    allowed = client_for("articles.change_article", "articles.publish_article").patch(
        url, {"title": "Retitled"}, format="json"
    )

    # Without the publish permission the change waits for a publisher (it used to be a 403).
    assert refused.status_code == 202
    assert allowed.status_code == 200
    assert allowed.json()["title"] == "Retitled"


def test_draft_is_changed_and_deleted_with_model_permissions(client_for):
    draft = factories.ArticleFactory(draft=True)
    client = client_for("articles.change_article", "articles.delete_article")

    changed = client.patch(f"/api/v1/articles/{draft.slug}/", {"summary": "New."}, format="json")
    deleted = client.delete(f"/api/v1/articles/{draft.slug}/")

    assert changed.status_code == 200
    assert changed.json()["summary"] == "New."
    assert deleted.status_code == 204
    assert not Article.objects.filter(pk=draft.pk).exists()


def test_unknown_and_read_only_fields_are_400(client_for):
    client = client_for("articles.add_article")

    response = client.post(
        "/api/v1/articles/",
        {**NEW_ARTICLE, "colour": "red", "body_html": "<script>", "created_at": "2020-01-01"},
        format="json",
    )

    assert response.status_code == 400
    assert set(response.json()) == {"colour", "body_html", "created_at"}
    assert response.json()["colour"][0].startswith("This field cannot be written.")


def test_validation_errors_are_the_admins_messages(client_for):
    factories.ArticleFactory(slug="taken")
    client = client_for("articles.add_article")

    duplicate = client.post("/api/v1/articles/", {**NEW_ARTICLE, "slug": "taken"}, format="json")
    undisclosed = client.post(
        "/api/v1/articles/", {**NEW_ARTICLE, "ai_generated": True}, format="json"
    )
    missing = client.post("/api/v1/articles/", {"slug": "x"}, format="json")

    assert duplicate.status_code == 400
    assert duplicate.json() == {"slug": ["Article with this Slug already exists."]}
    assert undisclosed.status_code == 400
    assert undisclosed.json() == {
        "non_field_errors": ["An AI-generated article needs its disclosure text."]
    }
    assert missing.status_code == 400
    assert missing.json() == {"title": ["This field is required."]}


def test_alliance_dates_are_checked_like_the_admin(client_for):
    client = client_for("alliances.add_alliance")

    response = client.post(
        "/api/v1/alliances/",
        {
            "slug": "backwards",
            "name": "Backwards pact",
            "signed_on": "1960-01-01",
            "ended_on": "1950-01-01",
            "obligations": ["defense", "consultation"],
        },
        format="json",
    )
    created = client.post(
        "/api/v1/alliances/",
        {
            "slug": "forwards",
            "name": "Forwards pact",
            "signed_on": "1960-01-01",
            "obligations": ["neutrality"],
        },
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"ended_on": ["An alliance cannot end before it was signed."]}
    assert created.status_code == 201
    assert created.json()["obligations"] == ["neutrality"]
    assert Alliance.objects.get(slug="forwards").neutrality is True


def test_memberships_are_written_by_country_key_and_checked_for_overlap(client_for):
    alliance = factories.AllianceFactory(slug="anzus", draft=True)
    factories.CountryFactory(slug="new-zealand", iso3="NZL")
    client = client_for("alliances.add_membership", "alliances.change_alliance")
    payload = {"alliance": "anzus", "country": "NZL", "joined_on": "1952-04-29"}

    created = client.post("/api/v1/memberships/", payload, format="json")
    overlapping = client.post(
        "/api/v1/memberships/", {**payload, "joined_on": "1960-01-01"}, format="json"
    )

    assert created.status_code == 201
    assert created.json()["country"]["iso3"] == "NZL"
    assert Membership.objects.get(alliance=alliance).joined_on == datetime.date(1952, 4, 29)
    assert overlapping.status_code == 400
    assert "joined_on" in overlapping.json()


def test_membership_of_a_published_alliance_needs_the_publish_permission(client_for):
    factories.AllianceFactory(slug="nato", name="NATO")
    factories.CountryFactory(slug="greece", iso3="GRC")
    payload = {"alliance": "nato", "country": "greece", "joined_on": "1952-02-18"}

    refused = client_for("alliances.add_membership", "alliances.change_alliance").post(
        "/api/v1/memberships/", payload, format="json"
    )
    allowed = client_for(
        "alliances.add_membership", "alliances.change_alliance", "alliances.publish_alliance"
    ).post("/api/v1/memberships/", payload, format="json")

    # Without the publish permission the change waits for a publisher (it used to be a 403).
    assert refused.status_code == 202
    assert refused.json()["pending_revision"].endswith("/api/v1/alliances/nato/?revision=pending")
    assert allowed.status_code == 201


def test_event_and_timeline_writes(client_for):
    client = client_for("timeline.add_event", "timeline.add_timeline", "timeline.change_timeline")
    factories.CountryFactory(iso3="KOR")

    event = client.post(
        "/api/v1/events/",
        {
            "slug": "truce-talks",
            "title": "Truce talks begin",
            "start_date": "1951-07-10",
            "start_precision": "month",
            "category": "diplomatic",
            "countries": ["KOR"],
        },
        format="json",
    )
    timeline = client.post(
        "/api/v1/timelines/",
        {"slug": "talks", "title": "The talks", "events": ["truce-talks"]},
        format="json",
    )
    bad_importance = client.post(
        "/api/v1/events/",
        {
            "slug": "x",
            "title": "X",
            "start_date": "1951-07-10",
            "category": "diplomatic",
            "importance": 9,
        },
        format="json",
    )

    assert event.status_code == 201
    assert event.json()["start_date"] == "1951-07-01"
    assert event.json()["display_date"] == "July 1951"
    assert timeline.status_code == 201
    assert timeline.json()["events"] == []  # the event is still a draft
    assert bad_importance.status_code == 400
    assert list(bad_importance.json()) == ["importance"]


def test_sources_are_written_without_a_publish_step(client_for):
    client = client_for("articles.add_source")

    response = client.post(
        "/api/v1/sources/",
        {"slug": "armistice-text", "title": "Armistice Agreement", "kind": "primary"},
        format="json",
    )
    bad_url = client.post(
        "/api/v1/sources/", {"slug": "y", "title": "Y", "url": "not a url"}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["kind"] == "primary"
    assert bad_url.status_code == 400
    assert list(bad_url.json()) == ["url"]


def test_nul_characters_are_400_even_in_related_slugs(client_for):
    client = client_for("articles.add_article")

    response = client.post(
        "/api/v1/articles/",
        {**NEW_ARTICLE, "tags": ["dmz\x00"], "sources": {"\x00": None}},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {
        "tags": ["Null characters are not allowed."],
        "sources": ["Null characters are not allowed."],
    }
    assert not Article.objects.exists()
