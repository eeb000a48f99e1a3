"""Pending revisions through the services: a writer's change to what readers see waits for a
publisher, readers keep the live version, and publishing it is one revision and one audit
entry that keeps what changed on the live item meanwhile, or refuses when the two clash."""

import datetime

import pytest

from alliances import services as alliance_services
from alliances.models import Membership
from articles import services as article_services
from editorial import pending as proposals
from editorial import services, workflow
from editorial.models import AuditEntry, PendingRevision
from tests import factories
from timeline import services as timeline_services

Action = AuditEntry.Action


def actions(obj) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_id=str(obj.pk), content_type__model=obj._meta.model_name)
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_a_writer_s_edit_of_a_published_article_waits_for_a_publisher(writer):
    article = factories.ArticleFactory(title="As published")
    revisions = article.history.count()

    result = article_services.article_update(
        article=article, user=writer, fields={"title": "Typo fixed"}
    )

    assert isinstance(result, PendingRevision)
    article.refresh_from_db()
    assert article.title == "As published"
    assert article.history.count() == revisions
    assert result.fields == {"title": "Typo fixed"}
    assert result.author == writer
    assert actions(article) == [Action.PROPOSE]
    draft = proposals.draft_instance(article, result)
    assert draft.title == "Typo fixed"


def test_publishing_the_proposal_is_one_revision_and_one_entry(writer, publisher):
    article = factories.ArticleFactory(title="As published")
    tag = factories.TagFactory()
    pending = article_services.article_update(
        article=article, user=writer, fields={"title": "Better"}, tags=[tag]
    )
    revisions = article.history.count()

    services.pending_publish(pending=pending, user=publisher, comment="Checked.")

    article.refresh_from_db()
    assert article.title == "Better" and list(article.tags.all()) == [tag]
    assert article.history.count() == revisions + 1
    latest = article.history.latest()
    assert latest.history_user == publisher
    assert latest.history_change_reason == "Published the change proposed by wanda-writer"
    assert actions(article) == [Action.PROPOSE, Action.PUBLISH_PENDING]
    assert not PendingRevision.objects.exists()


def test_a_writer_cannot_publish_a_proposal(writer):
    article = factories.ArticleFactory()
    pending = article_services.article_update(article=article, user=writer, fields={"title": "X"})
    with pytest.raises(workflow.NotPermitted):
        services.pending_publish(pending=pending, user=writer)
    assert PendingRevision.objects.exists()


def test_a_later_edit_updates_the_same_proposal_and_an_undo_drops_it(writer, publisher):
    article = factories.ArticleFactory(title="Live", summary="Live summary.")
    first = article_services.article_update(article=article, user=writer, fields={"title": "A"})
    second = article_services.article_update(
        article=article, user=writer, fields={"summary": "New summary."}
    )
    assert first.pk == second.pk
    assert second.fields == {"title": "A", "summary": "New summary."}
    again = article_services.article_update(
        article=article, user=writer, fields={"summary": "New summary."}
    )
    assert again.updated_at == second.updated_at  # nothing new: nothing written

    article_services.article_update(
        article=article, user=writer, fields={"title": "Live", "summary": "Live summary."}
    )
    assert not PendingRevision.objects.exists()
    assert actions(article)[-1] == Action.DISCARD_PENDING


def test_live_changes_made_meanwhile_are_kept_when_they_do_not_clash(writer, publisher):
    article = factories.ArticleFactory(title="Live", summary="Old summary.")
    pending = article_services.article_update(article=article, user=writer, fields={"title": "New"})
    article_services.article_update(
        article=article, user=publisher, fields={"summary": "Publisher's summary."}
    )

    services.pending_publish(pending=pending, user=publisher)

    article.refresh_from_db()
    assert (article.title, article.summary) == ("New", "Publisher's summary.")


def test_a_clash_with_the_live_item_is_a_conflict_not_an_overwrite(writer, publisher):
    article = factories.ArticleFactory(title="Live")
    pending = article_services.article_update(
        article=article, user=writer, fields={"title": "Writer's"}
    )
    article_services.article_update(article=article, user=publisher, fields={"title": "Fixed"})

    with pytest.raises(services.PendingConflict) as clash:
        services.pending_publish(pending=pending, user=publisher)
    assert clash.value.labels == ["Title"]
    article.refresh_from_db()
    assert article.title == "Fixed"

    services.pending_publish(pending=pending, user=publisher, replace=True)
    article.refresh_from_db()
    assert article.title == "Writer's"


def test_a_new_membership_of_a_published_alliance_is_a_proposal_of_the_alliance(writer, publisher):
    alliance = factories.AllianceFactory(name="ANZUS")
    alliance.sources.add(factories.SourceFactory())
    factories.MembershipFactory(alliance=alliance, country__name="Australia")
    new_zealand = factories.CountryFactory(name="New Zealand")

    pending = alliance_services.membership_create(
        user=writer,
        fields={
            "alliance": alliance,
            "country": new_zealand,
            "joined_on": datetime.date(1952, 4, 29),
        },
    )

    assert isinstance(pending, PendingRevision)
    assert pending.object_id == str(alliance.pk)
    assert Membership.objects.filter(alliance=alliance).count() == 1
    draft = proposals.draft_instance(alliance, pending)
    assert sorted(str(m.country) for m in draft.memberships.all()) == [
        "Australia",
        "New Zealand",
    ]

    services.pending_publish(pending=pending, user=publisher)
    assert set(
        Membership.objects.filter(alliance=alliance).values_list("country__name", flat=True)
    ) == {"Australia", "New Zealand"}
    assert alliance.history.latest().history_change_reason.startswith("Published the change")


def test_removing_a_member_of_a_published_alliance_is_proposed_too(writer, publisher):
    membership = factories.MembershipFactory()
    membership.alliance.sources.add(factories.SourceFactory())
    pending = services.content_delete(obj=membership, user=writer)
    assert isinstance(pending, PendingRevision)
    assert Membership.objects.filter(pk=membership.pk).exists()
    services.pending_publish(pending=pending, user=publisher)
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_a_published_timeline_s_new_order_is_a_proposal(writer, publisher):
    timeline = factories.TimelineFactory()
    first = factories.TimelineEntryFactory(timeline=timeline, position=1).event
    second = factories.TimelineEntryFactory(timeline=timeline, position=2).event
    pending = timeline_services.timeline_update(
        timeline=timeline, user=writer, fields={}, events=[second, first]
    )
    assert isinstance(pending, PendingRevision)
    assert list(timeline.entries.order_by("position").values_list("event", flat=True)) == [
        first.pk,
        second.pk,
    ]
    services.pending_publish(pending=pending, user=publisher)
    assert list(timeline.entries.order_by("position").values_list("event", flat=True)) == [
        second.pk,
        first.pk,
    ]


def test_a_cited_source_is_live_and_an_uncited_one_is_not(writer):
    cited = factories.SourceFactory(title="Cited")
    factories.ArticleFactory(sources=[cited])
    loose = factories.SourceFactory(title="Loose")

    proposed = article_services.source_update(source=cited, user=writer, fields={"title": "X"})
    direct = article_services.source_update(source=loose, user=writer, fields={"title": "Y"})

    assert isinstance(proposed, PendingRevision)
    cited.refresh_from_db()
    assert cited.title == "Cited"
    assert not isinstance(direct, PendingRevision)
    loose.refresh_from_db()
    assert loose.title == "Y"


def test_a_draft_is_edited_directly_and_a_publisher_edits_live_directly(writer, publisher):
    draft = factories.ArticleFactory(draft=True)
    live = factories.ArticleFactory()
    assert not isinstance(
        article_services.article_update(article=draft, user=writer, fields={"title": "D"}),
        PendingRevision,
    )
    assert not isinstance(
        article_services.article_update(article=live, user=publisher, fields={"title": "L"}),
        PendingRevision,
    )
    assert not PendingRevision.objects.exists()


def test_an_invalid_proposal_is_refused_like_a_save(writer):
    article = factories.ArticleFactory()
    other = factories.ArticleFactory()
    with pytest.raises(services.ValidationError) as refused:
        article_services.article_update(article=article, user=writer, fields={"slug": other.slug})
    assert "slug" in refused.value.message_dict
    assert not PendingRevision.objects.exists()


def test_the_author_may_discard_a_proposal(writer, publisher):
    article = factories.ArticleFactory()
    pending = article_services.article_update(article=article, user=writer, fields={"title": "X"})
    services.pending_discard(pending=pending, user=writer, comment="Not needed")
    assert not PendingRevision.objects.exists()
    assert actions(article)[-1] == Action.DISCARD_PENDING


def test_a_form_s_line_ends_and_decimals_are_no_change(writer):
    event = factories.EventFactory(body="First line.\nSecond line.", summary="Live.")
    event.latitude, event.longitude = "37.95000", "126.67000"
    event.save()
    event.refresh_from_db()
    pending = services.content_save(
        obj=event,
        user=writer,
        fields={
            "body": "First line.\r\nSecond line.",
            "latitude": __import__("decimal").Decimal("37.95"),
            "summary": "Proposed.",
        },
    )
    assert pending.fields == {"summary": "Proposed."}


def test_deleting_an_item_drops_its_proposal(writer, publisher):
    article = factories.ArticleFactory()
    article_services.article_update(article=article, user=writer, fields={"title": "X"})
    services.content_delete(obj=article, user=publisher)
    assert not PendingRevision.objects.exists()


def test_reference_data_without_its_own_publish_permission_is_published_by_publishers(
    writer, publisher, monkeypatch
):
    """A new reference type (issue 12's images, issue 13's glossary terms) need not declare
    ``publish_<model>``: Publishers publish its proposed changes."""
    from articles.models import Tag

    monkeypatch.setattr(Tag._meta, "permissions", [])
    assert workflow.can_publish(publisher, Tag) and not workflow.can_publish(writer, Tag)
