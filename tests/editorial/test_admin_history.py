"""Revisions through the admin: every kind of save writes exactly one revision with who and why
(relation-only and inline changes included), any two revisions can be compared field by field,
and reverting restores a revision as a new one, with an audit entry and the same rights as
editing."""

import re

import pytest
from django.contrib.auth.models import Permission

from alliances.models import Alliance, Membership
from armistice_site.publishing import Status
from articles.models import Article
from editorial.models import AuditEntry, PendingRevision
from tests import factories
from tests.editorial.admin_forms import (
    admin_url,
    form_data,
    messages_of,
    open_change_form,
)
from timeline.models import Event, Timeline, TimelineEntry


def save(client, obj, **changes):
    data = {**open_change_form(client, obj), **changes, "_continue": "1"}
    response = client.post(admin_url(type(obj), "change", obj.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def revisions_of(obj):
    return list(type(obj).history.filter(id=obj.pk).order_by("history_date", "history_id"))


def m2m_ids(record, name: str, target: str) -> set:
    return {getattr(row, f"{target}_id") for row in getattr(record, name).all()}


# --- one revision per save ------------------------------------------------------------------


def test_a_field_change_writes_one_revision_with_user_and_reason(publisher_client, publisher):
    article = factories.ArticleFactory(draft=True)
    before = len(revisions_of(article))
    save(publisher_client, article, title="The armistice line")
    after = revisions_of(article)
    assert len(after) == before + 1
    assert after[-1].title == "The armistice line"
    assert after[-1].history_user == publisher
    assert after[-1].history_change_reason == "Changed Title."


def test_saving_without_changes_writes_no_revision(publisher_client):
    article = factories.ArticleFactory(draft=True)
    before = len(revisions_of(article))
    save(publisher_client, article)
    assert len(revisions_of(article)) == before


@pytest.mark.parametrize(
    ("field", "target", "make"),
    [
        ("tags", "tag", lambda: factories.TagFactory()),
        ("sources", "source", lambda: factories.SourceFactory()),
        ("see_also", "to_article", lambda: factories.ArticleFactory()),
    ],
)
def test_a_relation_only_change_to_an_article_writes_one_revision(
    publisher_client, publisher, field, target, make
):
    article = factories.ArticleFactory(draft=True)
    related = make()
    current = [str(pk) for pk in getattr(article, field).values_list("pk", flat=True)]
    before = len(revisions_of(article))
    save(publisher_client, article, **{field: [*current, str(related.pk)]})
    after = revisions_of(article)
    assert len(after) == before + 1
    assert related.pk in m2m_ids(after[-1], field, target)
    assert after[-1].history_user == publisher
    assert after[-1].history_change_reason.startswith("Changed ")


@pytest.mark.parametrize(
    ("field", "target", "make"),
    [
        ("countries", "country", lambda: factories.CountryFactory()),
        ("alliances", "alliance", lambda: factories.AllianceFactory()),
        ("articles", "article", lambda: factories.ArticleFactory()),
    ],
)
def test_a_relation_only_change_to_an_event_writes_one_revision(
    publisher_client, publisher, field, target, make
):
    event = factories.EventFactory(draft=True)
    related = make()
    before = len(revisions_of(event))
    save(publisher_client, event, **{field: [str(related.pk)]})
    after = revisions_of(event)
    assert len(after) == before + 1
    assert m2m_ids(after[-1], field, target) == {related.pk}
    assert after[-1].history_user == publisher


def test_an_alliance_s_sources_and_articles_are_in_its_revisions(publisher_client):
    alliance = factories.AllianceFactory(draft=True)
    source, article = factories.SourceFactory(), factories.ArticleFactory()
    save(publisher_client, alliance, sources=[str(source.pk)], articles=[str(article.pk)])
    latest = revisions_of(alliance)[-1]
    assert m2m_ids(latest, "sources", "source") == {source.pk}
    assert m2m_ids(latest, "articles", "article") == {article.pk}


def test_adding_an_article_writes_one_created_revision_with_its_links(publisher_client, publisher):
    tag, source = factories.TagFactory(), factories.SourceFactory()
    page = publisher_client.get(admin_url(Article, "add"))
    data = {
        **form_data(page),
        "title": "Panmunjom",
        "slug": "panmunjom",
        "summary": "Where it was signed.",
        "body": "## Place\n\nA village.",
        "tags": [str(tag.pk)],
        "sources": [str(source.pk)],
    }
    assert publisher_client.post(admin_url(Article, "add"), data).status_code == 302
    article = Article.objects.get(slug="panmunjom")
    records = revisions_of(article)
    assert len(records) == 1
    assert records[0].history_type == "+"
    assert records[0].history_user == publisher
    assert m2m_ids(records[0], "tags", "tag") == {tag.pk}
    assert m2m_ids(records[0], "sources", "source") == {source.pk}


def test_membership_rows_changed_inline_write_an_alliance_revision(publisher_client, publisher):
    alliance = factories.AllianceFactory(draft=True)
    kept = factories.MembershipFactory(alliance=alliance)
    country = factories.CountryFactory(name="Turkey")
    before = len(revisions_of(alliance))
    data = open_change_form(publisher_client, alliance)
    data.update(
        {
            "memberships-1-country": str(country.pk),
            "memberships-1-role": Membership.Role.MEMBER,
            "memberships-1-joined_on": "1952-02-18",
            "memberships-0-note": "Founded it.",
        }
    )
    response = publisher_client.post(admin_url(Alliance, "change", alliance.pk), data)
    assert response.status_code == 302
    records = revisions_of(alliance)
    assert len(records) == before + 1
    assert records[-1].history_user == publisher
    assert "Added membership" in records[-1].history_change_reason
    added = Membership.history.get(country=country, history_type="+")
    assert added.history_user == publisher
    assert Membership.history.filter(id=kept.pk).latest().note == "Founded it."


def test_a_removed_membership_row_is_recorded_with_the_user(publisher_client, publisher):
    membership = factories.MembershipFactory(alliance=factories.AllianceFactory(draft=True))
    data = {**open_change_form(publisher_client, membership.alliance), "memberships-0-DELETE": "on"}
    publisher_client.post(admin_url(Alliance, "change", membership.alliance.pk), data)
    gone = Membership.history.get(id=membership.pk, history_type="-")
    assert gone.history_user == publisher
    assert "Deleted membership" in revisions_of(membership.alliance)[-1].history_change_reason


def test_timeline_entries_changed_inline_write_a_timeline_revision(publisher_client, publisher):
    timeline = factories.TimelineFactory(draft=True)
    event = factories.EventFactory()
    before = len(revisions_of(timeline))
    data = {
        **open_change_form(publisher_client, timeline),
        "entries-0-event": str(event.pk),
        "entries-0-position": "1",
    }
    assert (
        publisher_client.post(admin_url(Timeline, "change", timeline.pk), data).status_code == 302
    )
    records = revisions_of(timeline)
    assert len(records) == before + 1
    assert records[-1].history_user == publisher
    assert "Added event in timeline" in records[-1].history_change_reason
    assert TimelineEntry.history.get(event=event).history_user == publisher


def test_a_membership_edited_on_its_own_page_writes_an_alliance_revision(publisher_client):
    membership = factories.MembershipFactory(alliance=factories.AllianceFactory(draft=True))
    before = len(revisions_of(membership.alliance))
    save(publisher_client, membership, note="Observer status first.")
    records = revisions_of(membership.alliance)
    assert len(records) == before + 1
    assert records[-1].history_change_reason.startswith("Changed membership")


# --- the revision list and comparing --------------------------------------------------------


def edited_article(client):
    article = factories.ArticleFactory(draft=True, body="## Background\n\nLine one.\n\nLine two.")
    old_tag, new_tag = factories.TagFactory(name="Korea"), factories.TagFactory(name="Truce")
    article.tags.add(old_tag)
    save(client, article, title="Old title")
    save(
        client,
        article,
        title="New title",
        body="## Background\n\nLine one.\n\nLine 2, corrected.",
        tags=[str(new_tag.pk)],
    )
    return article


def test_the_history_lists_revisions_with_compare_choices(publisher_client):
    article = edited_article(publisher_client)
    page = publisher_client.get(admin_url(Article, "history", article.pk)).content.decode()
    assert 'type="radio" name="a"' in page and 'type="radio" name="b"' in page
    assert admin_url(Article, "compare", article.pk) in page
    assert "Compare with previous" in page and "Preview" in page
    assert "pablo-publisher" in page
    assert "style=" not in page.split('id="content-main"')[1]


def test_compare_shows_fields_markdown_lines_and_relations(publisher_client):
    article = edited_article(publisher_client)
    *_, older, newer = revisions_of(article)
    page = publisher_client.get(
        admin_url(Article, "compare", article.pk), {"a": newer.pk, "b": older.pk}
    ).content.decode()
    assert "<del>Old title</del> → <ins>New title</ins>" in page
    assert "<del>− Line two.</del>" in page
    assert "<ins>+ Line 2, corrected.</ins>" in page
    assert "Line one." in page  # context around the change
    assert "<del>− removed: Korea</del>" in page
    assert "<ins>+ added: Truce</ins>" in page
    assert "the current version" in page


def test_compare_shows_membership_changes_of_an_alliance(publisher_client):
    alliance = factories.AllianceFactory(draft=True)
    first = revisions_of(alliance)[-1]
    country = factories.CountryFactory(name="Greece")
    data = {
        **open_change_form(publisher_client, alliance),
        "memberships-0-country": str(country.pk),
        "memberships-0-role": Membership.Role.MEMBER,
        "memberships-0-joined_on": "1952-02-18",
    }
    publisher_client.post(admin_url(Alliance, "change", alliance.pk), data)
    latest = revisions_of(alliance)[-1]
    page = publisher_client.get(
        admin_url(Alliance, "compare", alliance.pk), {"a": first.pk, "b": latest.pk}
    ).content.decode()
    assert "Members" in page
    assert "+ added: Greece (Member, 1952-02-18–)" in page


@pytest.mark.parametrize("query", [{}, {"a": "x", "b": "1"}, {"a": "99999999", "b": "1"}])
def test_compare_with_unknown_revisions_is_a_404(publisher_client, query):
    article = factories.ArticleFactory()
    response = publisher_client.get(admin_url(Article, "compare", article.pk), query)
    assert response.status_code == 404


def test_compare_refuses_a_revision_of_another_item(publisher_client):
    article, other = factories.ArticleFactory(), factories.ArticleFactory()
    response = publisher_client.get(
        admin_url(Article, "compare", article.pk),
        {"a": revisions_of(other)[0].pk, "b": revisions_of(article)[0].pk},
    )
    assert response.status_code == 404


def test_a_revision_page_with_a_bad_id_is_a_404(publisher_client):
    article = factories.ArticleFactory()
    response = publisher_client.get(admin_url(Article, "simple_history", article.pk, "nope"))
    assert response.status_code == 404


# --- reverting --------------------------------------------------------------------------------


def test_revert_restores_content_and_links_as_a_new_revision(publisher_client, publisher):
    article = edited_article(publisher_client)
    *_, older, newer = revisions_of(article)
    page = publisher_client.get(admin_url(Article, "simple_history", article.pk, older.pk))
    assert "Revert to this revision" in page.content.decode()
    assert "<ins>New title</ins>" in page.content.decode()  # what is different now

    response = publisher_client.post(
        admin_url(Article, "simple_history", article.pk, older.pk), follow=True
    )
    article.refresh_from_db()
    assert article.title == "Old title"
    assert "Line two." in article.body and "Line two." in article.body_html
    assert [tag.name for tag in article.tags.all()] == ["Korea"]
    assert article.status == Status.DRAFT
    assert "back to the revision of" in messages_of(response)

    records = revisions_of(article)
    assert records[-1].history_id > newer.history_id
    assert records[-1].history_user == publisher
    assert re.fullmatch(
        r"Reverted to revision of .+ by pablo-publisher", records[-1].history_change_reason
    )
    entry = AuditEntry.objects.get(action=AuditEntry.Action.REVERT)
    assert entry.user == publisher and entry.extra["history_id"] == older.history_id


def test_revert_keeps_the_status_and_publish_time(publisher_client):
    article = factories.ArticleFactory(draft=True)
    save(publisher_client, article, title="Second title")
    first = revisions_of(article)[0]
    article.status = Status.PUBLISHED
    article.save()
    publish_at = Article.objects.get(pk=article.pk).publish_at
    publisher_client.post(admin_url(Article, "simple_history", article.pk, first.pk))
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.publish_at == publish_at
    assert article.title == first.title


def test_a_writer_s_revert_of_a_published_item_is_a_proposal(writer_client, writer, client):
    article = factories.ArticleFactory(title="First title")
    article.title = "Later title"
    article.save()
    first = revisions_of(article)[0]
    revisions = len(revisions_of(article))
    page = writer_client.get(admin_url(Article, "simple_history", article.pk, first.pk))
    assert "Revert to this revision" in page.content.decode()

    response = writer_client.post(
        admin_url(Article, "simple_history", article.pk, first.pk), follow=True
    )

    assert "is proposed: readers keep the live version" in messages_of(response)
    article.refresh_from_db()
    assert article.title == "Later title"  # readers still see the live version
    assert len(revisions_of(article)) == revisions
    assert "Later title" in client.get(article.get_absolute_url()).content.decode()
    proposal = PendingRevision.objects.get(object_id=str(article.pk))
    assert proposal.author == writer and proposal.fields["title"] == "First title"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REVERT).exists()


def test_someone_without_the_change_permission_cannot_revert(client, django_user_model):
    article = factories.ArticleFactory(title="First title")
    article.title = "Later title"
    article.save()
    first = revisions_of(article)[0]
    viewer = django_user_model.objects.create_user(username="viewer", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_article"))
    client.force_login(viewer)

    response = client.post(admin_url(Article, "simple_history", article.pk, first.pk))

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Later title"
    assert not PendingRevision.objects.exists()


def test_a_writer_reverts_a_draft(writer_client, writer):
    article = factories.ArticleFactory(draft=True, title="First")
    article.title = "Second"
    article.save()
    first = revisions_of(article)[0]
    writer_client.post(admin_url(Article, "simple_history", article.pk, first.pk))
    article.refresh_from_db()
    assert article.title == "First"
    assert AuditEntry.objects.get(action=AuditEntry.Action.REVERT).user == writer


def test_reverting_a_published_item_to_a_revision_without_summary_is_refused(publisher_client):
    article = factories.ArticleFactory(draft=True, summary="")
    article.summary = "Now summarised."
    article.save()
    article.status = Status.PUBLISHED
    article.save()
    first = revisions_of(article)[0]
    response = publisher_client.post(
        admin_url(Article, "simple_history", article.pk, first.pk), follow=True
    )
    article.refresh_from_db()
    assert article.summary == "Now summarised."
    assert "Not reverted: Write a summary before publishing." in messages_of(response)


def test_reference_data_reverts_too(publisher_client):
    source = factories.SourceFactory(title="First title")
    save(publisher_client, source, title="Second title")
    first = revisions_of(source)[0]
    publisher_client.post(admin_url(type(source), "simple_history", source.pk, first.pk))
    source.refresh_from_db()
    assert source.title == "First title"
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REVERT).count() == 1


def test_event_relations_come_back_on_revert(publisher_client):
    event = factories.EventFactory(draft=True)
    country = factories.CountryFactory()
    save(publisher_client, event, countries=[str(country.pk)])
    with_country = revisions_of(event)[-1]
    save(publisher_client, event, countries=[])
    assert not Event.objects.get(pk=event.pk).countries.exists()
    publisher_client.post(admin_url(Event, "simple_history", event.pk, with_country.pk))
    assert list(Event.objects.get(pk=event.pk).countries.all()) == [country]
