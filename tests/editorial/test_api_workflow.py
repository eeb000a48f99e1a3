"""The editorial workflow through the API: each role's transitions, publishing requirements,
change requests, scheduling, and who may edit or delete what readers can see."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from armistice_site.publishing import Status
from articles.models import Article
from editorial.models import AuditEntry
from editorial.roles import ADMIN, PUBLISHER, WRITER
from tests import factories
from tests.editorial.api_roles import content_entries, role_client

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(days=2)


@pytest.fixture
def writer():
    return role_client(WRITER, "wanda-writer")


@pytest.fixture
def publisher():
    return role_client(PUBLISHER, "pablo-publisher")


def url(item) -> str:
    return f"/api/v1/articles/{item.slug}/"


def in_two_days() -> str:
    return (timezone.now() + datetime.timedelta(days=2)).isoformat()


# Each role's allowed and refused transitions -------------------------------------------------

SCHEDULE = {"status": "published", "publish_at": in_two_days}
SEND_BACK = {"status": "draft", "comment": "Cite the treaty text."}

# (factory traits, request, resulting status, audit action); writers may only submit.
TRANSITIONS = {
    "submit": ({"draft": True}, {"status": "in_review"}, Status.IN_REVIEW, "submit"),
    "publish": ({"in_review": True}, {"status": "published"}, Status.PUBLISHED, "publish"),
    "schedule": ({"in_review": True}, SCHEDULE, Status.PUBLISHED, "schedule"),
    "request-changes": ({"in_review": True}, SEND_BACK, Status.DRAFT, "request_changes"),
    "unpublish": ({}, {"status": "draft"}, Status.DRAFT, "unpublish"),
    "archive": ({}, {"status": "archived"}, Status.ARCHIVED, "archive"),
    "republish": ({"archived": True}, {"status": "published"}, Status.PUBLISHED, "publish"),
}


@pytest.mark.parametrize("group", [WRITER, PUBLISHER, ADMIN])
@pytest.mark.parametrize(
    ("start", "payload", "status", "action"), TRANSITIONS.values(), ids=TRANSITIONS.keys()
)
def test_each_role_may_take_only_its_transitions(group, start, payload, status, action):
    article = factories.ArticleFactory(**start)
    before = article.status
    client = role_client(group, f"member-of-{group.lower()}")
    payload = {key: value() if callable(value) else value for key, value in payload.items()}

    response = client.patch(url(article), payload, format="json")

    article.refresh_from_db()
    allowed = group != WRITER or action == "submit"
    if allowed:
        assert response.status_code == 200, response.json()
        assert response.json()["status"] == article.status == status
        entry = content_entries().get()
        assert (entry.action, entry.username) == (action, f"member-of-{group.lower()}")
    else:
        assert response.status_code == 403
        assert response.json()["detail"].startswith("Only a publisher can")
        assert article.status == before
        assert not content_entries().exists()


def test_a_transition_keeps_its_comment_in_the_audit_log_and_the_revision(writer, publisher):
    article = factories.ArticleFactory(draft=True, title="The armistice line")

    submitted = writer.patch(
        url(article), {"status": "in_review", "comment": "Ready"}, format="json"
    )
    sent_back = publisher.patch(
        url(article),
        {"status": "draft", "comment": "Cite the armistice text for the line."},
        format="json",
    )

    assert submitted.status_code == 200 and sent_back.status_code == 200
    assert sent_back.json()["status"] == "draft"
    entry = content_entries().get(action=AuditEntry.Action.REQUEST_CHANGES)
    assert entry.username == "pablo-publisher"
    assert entry.comment == "Cite the armistice text for the line."
    assert entry.object_repr == "The armistice line"
    latest = article.history.first()
    assert latest.history_change_reason == (
        "Changes requested: Cite the armistice text for the line."
    )
    assert latest.history_user.username == "pablo-publisher"


def test_requesting_changes_needs_a_comment(publisher):
    article = factories.ArticleFactory(in_review=True)

    response = publisher.patch(url(article), {"status": "draft"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"comment": ["Say what needs changing."]}
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW


def test_a_comment_without_a_change_of_status_is_refused(publisher):
    article = factories.ArticleFactory(draft=True)

    response = publisher.patch(url(article), {"comment": "Looks fine"}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["comment"]


def test_a_writer_creates_drafts_and_submits_them_but_cannot_publish_them(writer):
    factories.SourceFactory(slug="armistice-text")
    payload = {
        "slug": "the-line",
        "title": "The line",
        "summary": "Where the front stopped.",
        "sources": ["armistice-text"],
    }

    published = writer.post("/api/v1/articles/", {**payload, "status": "published"}, format="json")
    submitted = writer.post("/api/v1/articles/", {**payload, "status": "in_review"}, format="json")

    assert published.status_code == 403
    assert published.json()["detail"] == "Only a publisher can publish “The line”."
    assert submitted.status_code == 201
    assert submitted.json()["status"] == "in_review"
    assert Article.objects.get().status == Status.IN_REVIEW
    assert content_entries().get().action == "submit"


# Publishing requirements ---------------------------------------------------------------------


def test_publishing_names_what_is_missing_and_saves_nothing(publisher):
    article = factories.ArticleFactory(in_review=True, title="Old title", sources=[])

    response = publisher.patch(
        url(article), {"title": "New title", "summary": "", "status": "published"}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "summary": ["Write a summary before publishing."],
        "sources": [
            "Cite at least one source before publishing (or, for an AI-generated article, "
            "give its AI disclosure)."
        ],
    }
    article.refresh_from_db()
    assert (article.title, article.status) == ("Old title", Status.IN_REVIEW)
    assert not content_entries().exists()


def test_an_ai_generated_article_may_stand_on_its_disclosure(publisher):
    article = factories.ArticleFactory(in_review=True, sources=[])

    undisclosed = publisher.patch(
        url(article), {"ai_generated": True, "status": "published"}, format="json"
    )
    response = publisher.patch(
        url(article),
        {
            "ai_generated": True,
            "disclosure": "Drafted with a language model from the editors' outline.",
            "status": "published",
        },
        format="json",
    )

    assert undisclosed.status_code == 400
    assert undisclosed.json() == {
        "non_field_errors": ["An AI-generated article needs its disclosure text."]
    }
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "published"
    assert response.json()["disclosure"].startswith("Drafted with a language model")


def test_sources_added_in_the_same_request_count_for_publishing(publisher):
    source = factories.SourceFactory(slug="panmunjom-minutes")
    event = factories.EventFactory(in_review=True, slug="talks")

    missing = publisher.patch("/api/v1/events/talks/", {"status": "published"}, format="json")
    with_source = publisher.patch(
        "/api/v1/events/talks/",
        {"sources": ["panmunjom-minutes"], "status": "published"},
        format="json",
    )

    assert missing.status_code == 400
    assert list(missing.json()) == ["sources"]
    assert with_source.status_code == 200
    event.refresh_from_db()
    assert event.status == Status.PUBLISHED
    assert list(event.sources.all()) == [source]


def test_a_go_live_time_needs_status_published(publisher):
    article = factories.ArticleFactory(draft=True)

    response = publisher.patch(url(article), {"publish_at": in_two_days()}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["publish_at"]


def test_a_put_repeating_status_and_go_live_time_changes_no_status(publisher):
    article = factories.ArticleFactory(slug="as-is")
    shown = publisher.get(url(article)).json()
    payload = {name: shown[name] for name in ("slug", "title", "summary", "status", "publish_at")}

    response = publisher.put(url(article), {**payload, "title": "Retitled"}, format="json")

    assert response.status_code == 200, response.json()
    assert response.json()["publish_at"] == shown["publish_at"]
    assert response.json()["title"] == "Retitled"
    assert [(entry.action, entry.extra["changed"]) for entry in content_entries()] == [
        ("edit", ["title"])
    ]


# Scheduling ----------------------------------------------------------------------------------


def test_a_scheduled_article_goes_live_at_its_time_without_any_job(publisher, api_client):
    with time_machine.travel(NOW, tick=False):
        article = factories.ArticleFactory(in_review=True, slug="ceasefire")
        scheduled = publisher.patch(
            url(article), {"status": "published", "publish_at": LATER.isoformat()}, format="json"
        )
        before = api_client.get("/api/v1/articles/ceasefire/")
        listed_before = api_client.get("/api/v1/articles/").json()["results"]

    with time_machine.travel(LATER + datetime.timedelta(minutes=1), tick=False):
        after = api_client.get("/api/v1/articles/ceasefire/")
        listed_after = api_client.get("/api/v1/articles/").json()["results"]

    assert scheduled.status_code == 200
    assert scheduled.json()["status"] == "published"
    entry = content_entries().get()
    assert entry.action == "schedule"
    assert entry.extra["publish_at"].startswith("2026-07-29T12:00:00")
    assert before.status_code == 404
    assert listed_before == []
    assert after.status_code == 200
    assert [item["slug"] for item in listed_after] == ["ceasefire"]


def test_a_past_go_live_time_publishes_at_once(publisher):
    article = factories.ArticleFactory(in_review=True)

    with time_machine.travel(NOW, tick=False):
        response = publisher.patch(
            url(article),
            {"status": "published", "publish_at": (NOW - datetime.timedelta(days=1)).isoformat()},
            format="json",
        )

    assert response.status_code == 200
    assert response.json()["publish_at"].startswith("2026-07-26T12:00:00")
    assert content_entries().get().action == "publish"


# Editing and deleting what readers can see ---------------------------------------------------


def test_a_writer_edits_drafts_and_proposes_changes_to_published_articles(
    writer, publisher, api_client
):
    """Changed on purpose by the editors' workspace: a writer's PATCH of a published article
    used to be a 403; now it is stored as a pending revision (202)."""
    draft = factories.ArticleFactory(draft=True)
    live = factories.ArticleFactory(title="As published")

    edited = writer.patch(url(draft), {"title": "Better"}, format="json")
    proposed = writer.patch(url(live), {"title": "Proposed"}, format="json")
    by_publisher = publisher.patch(url(live), {"summary": "Corrected."}, format="json")

    assert edited.status_code == 200
    assert edited.json()["title"] == "Better"
    assert proposed.status_code == 202
    assert proposed.json()["pending_revision"].endswith(f"{url(live)}?revision=pending")
    assert proposed.json()["changed"] == ["Title"]
    assert proposed["Location"] == proposed.json()["pending_revision"]
    assert by_publisher.status_code == 200
    live.refresh_from_db()
    assert (live.title, live.summary) == ("As published", "Corrected.")
    assert api_client.get(url(live)).json()["title"] == "As published"
    assert writer.get(url(live)).json()["title"] == "As published"
    pending = writer.get(url(live), {"revision": "pending"})
    assert pending.status_code == 200
    assert (pending.json()["title"], pending.json()["summary"]) == ("Proposed", "Corrected.")
    assert pending["Cache-Control"] == "private, no-store"
    assert api_client.get(url(live), {"revision": "pending"}).status_code == 404
    assert writer.get(url(live), {"revision": "latest"}).status_code == 400


def test_a_writer_cannot_delete_published_work_but_a_publisher_can(writer, publisher):
    draft = factories.ArticleFactory(draft=True)
    live = factories.ArticleFactory(title="The armistice")

    draft_deleted = writer.delete(url(draft))
    refused = writer.delete(url(live))
    still_there = Article.objects.filter(pk=live.pk).exists()
    deleted = publisher.delete(url(live))

    assert draft_deleted.status_code == 204
    assert refused.status_code == 403
    assert refused.json()["detail"] == (
        "You may not delete “The armistice”: it has been published. Ask a publisher."
    )
    assert still_there
    assert deleted.status_code == 204
    assert not Article.objects.exists()
    assert [(e.action, e.username, e.object_repr) for e in content_entries().order_by("pk")] == [
        ("delete", "wanda-writer", draft.title),
        ("delete", "pablo-publisher", "The armistice"),
    ]


def test_a_writer_proposes_a_new_member_of_a_published_alliance(writer, publisher, api_client):
    """Changed on purpose by the editors' workspace: this used to be a 403."""
    alliance = factories.AllianceFactory(slug="anzus")
    alliance.sources.add(factories.SourceFactory())
    factories.CountryFactory(slug="new-zealand", iso3="NZL", name="New Zealand")
    payload = {"alliance": "anzus", "country": "NZL", "joined_on": "1952-04-29"}

    proposed = writer.post("/api/v1/memberships/", payload, format="json")

    assert proposed.status_code == 202
    assert proposed.json()["pending_revision"].endswith("/api/v1/alliances/anzus/?revision=pending")
    assert api_client.get("/api/v1/alliances/anzus/").json()["members"] == []
    members = writer.get("/api/v1/alliances/anzus/", {"revision": "pending"}).json()["members"]
    assert [m["country"]["name"] for m in members] == ["New Zealand"]
    allowed = publisher.post("/api/v1/memberships/", payload, format="json")
    assert allowed.status_code == 201


def test_a_writer_s_removal_of_a_member_of_a_published_alliance_is_proposed(writer, api_client):
    membership = factories.MembershipFactory(alliance__slug="seato", country__slug="pakistan")
    url = "/api/v1/alliances/seato/?revision=pending"

    listed = writer.get("/api/v1/memberships/", {"alliance": "seato"}).json()["results"]
    proposed = writer.delete(listed[0]["api_url"])

    assert proposed.status_code == 202, proposed.content
    assert proposed.json()["pending_revision"].endswith(url)
    assert writer.get(url).json()["members"] == []
    assert len(api_client.get("/api/v1/alliances/seato/").json()["members"]) == 1
    assert type(membership).objects.filter(pk=membership.pk).exists()
