"""The workflow service: what each role may do, what publishing requires, and what it records."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from armistice_site.publishing import Status
from articles.models import Article
from editorial import services, workflow
from editorial.models import AuditEntry
from tests import factories

NOW = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(days=2)


def entries():
    """Audit entries about content (the role fixtures' group changes are logged too)."""
    return AuditEntry.objects.exclude(action=AuditEntry.Action.ROLE_CHANGE)


PUBLISHABLE_FACTORIES = [
    factories.ArticleFactory,
    factories.AllianceFactory,
    factories.EventFactory,
]


def test_writer_submits_a_draft_for_review(writer):
    article = factories.ArticleFactory(draft=True)
    services.content_transition(obj=article, to=Status.IN_REVIEW, user=writer)
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    entry = entries().get()
    assert (entry.action, entry.username, entry.object_repr) == (
        "submit",
        "wanda-writer",
        article.title,
    )
    assert article.history.first().history_change_reason == "Submitted for review"
    assert article.history.first().history_user == writer


@pytest.mark.parametrize("to", [Status.PUBLISHED, "scheduled", Status.ARCHIVED, Status.DRAFT])
def test_writer_cannot_publish_schedule_archive_or_send_back(writer, to):
    article = factories.ArticleFactory(in_review=True)
    with pytest.raises(workflow.NotPermitted, match="Only a publisher"):
        services.content_transition(obj=article, to=to, user=writer, comment="x", publish_at=LATER)
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    assert not entries().exists()


def test_writer_cannot_unpublish(writer):
    article = factories.ArticleFactory()
    with pytest.raises(workflow.NotPermitted):
        services.content_transition(obj=article, to=Status.DRAFT, user=writer)
    assert Article.objects.public().filter(pk=article.pk).exists()


def test_reader_without_permissions_cannot_even_submit(user):
    article = factories.ArticleFactory(draft=True)
    with pytest.raises(workflow.NotPermitted, match="permission to change"):
        services.content_transition(obj=article, to=Status.IN_REVIEW, user=user)


@pytest.mark.parametrize("factory", PUBLISHABLE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_publisher_publishes_every_content_type(publisher, factory):
    item = factory(in_review=True)
    if hasattr(item, "sources"):
        item.sources.add(factories.SourceFactory())
    services.content_transition(obj=item, to=Status.PUBLISHED, user=publisher)
    assert type(item).objects.public().filter(pk=item.pk).exists()
    assert entries().get().action == "publish"


def test_publisher_publishes_a_timeline_with_events(publisher):
    timeline = factories.TimelineFactory(draft=True)
    factories.TimelineEntryFactory(timeline=timeline)
    services.content_transition(obj=timeline, to=Status.PUBLISHED, user=publisher)
    assert timeline.is_public()


def test_publisher_requests_changes_with_a_comment(publisher):
    article = factories.ArticleFactory(in_review=True)
    with pytest.raises(ValidationError) as refused:
        services.content_transition(obj=article, to=Status.DRAFT, user=publisher)
    assert refused.value.message_dict == {"comment": ["Say what needs changing."]}
    services.content_transition(
        obj=article, to=Status.DRAFT, user=publisher, comment="Cite the armistice text."
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    entry = entries().get()
    assert (entry.action, entry.comment) == ("request_changes", "Cite the armistice text.")
    reason = article.history.first().history_change_reason
    assert reason == "Changes requested: Cite the armistice text."


def test_publisher_unpublishes_and_archives(publisher):
    live, old = factories.ArticleFactory(), factories.ArticleFactory()
    services.content_transition(obj=live, to=Status.DRAFT, user=publisher, comment="Legal check")
    services.content_transition(obj=old, to=Status.ARCHIVED, user=publisher)
    assert not Article.objects.public().filter(pk__in=[live.pk, old.pk]).exists()
    actions = sorted(entries().values_list("action", flat=True))
    assert actions == ["archive", "unpublish"]


def test_scheduled_item_appears_at_its_time_without_a_job(publisher):
    with time_machine.travel(NOW, tick=False):
        article = factories.ArticleFactory(in_review=True)
        services.content_transition(obj=article, to="scheduled", user=publisher, publish_at=LATER)
        assert not Article.objects.public().filter(pk=article.pk).exists()
        assert article.is_scheduled()
        entry = entries().get()
        assert entry.action == "schedule"
        assert entry.extra["publish_at"].startswith("2026-07-29T12:00")
    with time_machine.travel(LATER, tick=False):
        assert Article.objects.public().filter(pk=article.pk).exists()


def test_schedule_needs_a_future_time(publisher):
    with time_machine.travel(NOW, tick=False):
        article = factories.ArticleFactory(in_review=True)
        past = NOW - datetime.timedelta(minutes=1)
        with pytest.raises(ValidationError) as refused:
            services.content_transition(
                obj=article, to="scheduled", user=publisher, publish_at=past
            )
    assert "publish_at" in refused.value.message_dict


def test_publish_now_brings_a_scheduled_item_live(publisher):
    with time_machine.travel(NOW, tick=False):
        article = factories.ArticleFactory(scheduled=True)
        assert Status.PUBLISHED in workflow.allowed_transitions(publisher, article)
        services.content_transition(obj=article, to=Status.PUBLISHED, user=publisher)
        assert Article.objects.public().filter(pk=article.pk).exists()
        assert article.publish_at == NOW


def test_publishing_names_every_missing_requirement(publisher):
    article = factories.ArticleFactory(in_review=True, summary="", sources=[])
    with pytest.raises(ValidationError) as refused:
        services.content_transition(obj=article, to=Status.PUBLISHED, user=publisher)
    errors = refused.value.message_dict
    assert set(errors) == {"summary", "sources"}
    assert "summary" in errors["summary"][0]
    assert "source" in errors["sources"][0]
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    assert not entries().exists()


def test_ai_disclosure_stands_in_for_sources(publisher):
    article = factories.ArticleFactory(
        in_review=True, sources=[], ai_generated=True, disclosure="Drafted with an AI model."
    )
    services.content_transition(obj=article, to=Status.PUBLISHED, user=publisher)
    assert article.is_public()


def test_timeline_needs_an_introduction_and_events(publisher):
    timeline = factories.TimelineFactory(draft=True, introduction="")
    with pytest.raises(ValidationError) as refused:
        services.content_transition(obj=timeline, to=Status.PUBLISHED, user=publisher)
    assert set(refused.value.message_dict) == {"introduction", "events"}


def test_impossible_moves_are_refused_with_the_current_status(publisher):
    article = factories.ArticleFactory()
    with pytest.raises(ValidationError) as refused:
        services.content_transition(obj=article, to=Status.IN_REVIEW, user=publisher)
    assert "is published" in refused.value.message_dict["status"][0]


def test_allowed_transitions_draw_each_roles_buttons(writer, publisher):
    draft = factories.ArticleFactory(draft=True)
    assert workflow.allowed_transitions(writer, draft) == [Status.IN_REVIEW]
    assert workflow.allowed_transitions(publisher, draft) == [
        Status.IN_REVIEW,
        Status.PUBLISHED,
        "scheduled",
        Status.ARCHIVED,
    ]
    live = factories.ArticleFactory()
    assert workflow.allowed_transitions(writer, live) == []
    assert workflow.allowed_transitions(publisher, live) == [
        Status.DRAFT,
        "scheduled",
        Status.ARCHIVED,
    ]
    assert workflow.transition_label(live, Status.DRAFT) == "Unpublish"


def test_writers_edit_drafts_but_not_what_readers_see(writer, publisher):
    draft, live = factories.ArticleFactory(draft=True), factories.ArticleFactory()
    assert workflow.can_change(writer, draft)
    assert not workflow.can_change(writer, live)
    assert workflow.can_change(publisher, live)


def test_writers_cannot_delete_published_content(writer, publisher):
    draft, live = factories.ArticleFactory(draft=True), factories.ArticleFactory()
    assert workflow.can_delete(writer, draft)
    assert not workflow.can_delete(writer, live)
    with pytest.raises(workflow.NotPermitted, match="has been published"):
        services.content_delete(obj=live, user=writer)
    assert Article.objects.filter(pk=live.pk).exists()
    services.content_delete(obj=live, user=publisher, comment="Duplicate")
    assert not Article.objects.filter(pk=live.pk).exists()
    entry = entries().get()
    assert (entry.action, entry.object_repr, entry.comment) == ("delete", live.title, "Duplicate")


def test_audit_keeps_the_username_after_the_account_goes(publisher):
    article = factories.ArticleFactory(in_review=True)
    services.content_transition(obj=article, to=Status.PUBLISHED, user=publisher)
    publisher.delete()
    entry = entries().get()
    assert entry.user is None
    assert entry.username == "pablo-publisher"
    assert str(entry) == f"pablo-publisher: Published {article.title}"
