"""The workflow in the editors' admin: the buttons under the change form and the list actions
take each role exactly as far as ``services.content_transition()`` allows, say what is missing, and
leave an audit entry; the raw status cannot be edited around them."""

import datetime

from django.utils import timezone

from alliances.models import Alliance
from armistice_site.publishing import Status
from articles.models import Article
from editorial.models import AuditEntry
from tests import factories
from tests.editorial.admin_forms import admin_url, messages_of, open_change_form, staff_client
from timeline.models import Event

Action = AuditEntry.Action


def audit_actions(obj) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_id=str(obj.pk), content_type__model=obj._meta.model_name)
        .order_by("created_at", "pk")
        .values_list("action", flat=True)
    )


def press(client, obj, button: str, **changes):
    """Open the change form, change some fields, and press a workflow button."""
    data = {**open_change_form(client, obj), **changes, "_transition": button}
    return client.post(admin_url(type(obj), "change", obj.pk), data, follow=True)


def field_errors(response, name: str) -> list[str]:
    """The messages shown next to a field of the change form the response renders again."""
    return list(response.context["adminform"].form.errors.get(name, []))


def buttons(client, obj) -> str:
    page = client.get(admin_url(type(obj), "change", obj.pk)).content.decode()
    return page


# --- buttons on the change form ------------------------------------------------------------


def test_a_writer_sees_submit_but_not_publish_and_submits_for_review(writer_client, writer):
    draft = factories.ArticleFactory(draft=True)
    page = buttons(writer_client, draft)
    assert 'name="_transition" value="in_review"' in page
    assert 'value="published"' not in page and 'value="scheduled"' not in page

    response = press(writer_client, draft, "in_review", summary="Reviewed summary.")
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW
    assert draft.summary == "Reviewed summary."
    assert f"Submitted for review: “{draft}”." in messages_of(response)
    assert audit_actions(draft) == [Action.SUBMIT]
    latest = draft.history.latest()
    assert latest.history_user == writer
    assert latest.history_change_reason == "Submitted for review"


def test_a_writer_cannot_publish_by_posting_the_publish_button(writer_client):
    review = factories.ArticleFactory(in_review=True)
    response = press(writer_client, review, "published")
    review.refresh_from_db()
    assert review.status == Status.IN_REVIEW
    assert "Only a publisher can publish" in response.content.decode()
    assert audit_actions(review) == []


def test_a_writer_cannot_publish_by_posting_the_status_field(writer_client):
    draft = factories.ArticleFactory(draft=True)
    data = {
        **open_change_form(writer_client, draft),
        "status": Status.PUBLISHED,
        "publish_at_0": "2020-01-01",
        "publish_at_1": "10:00",
        "title": "Edited by the writer",
    }
    response = writer_client.post(admin_url(Article, "change", draft.pk), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Edited by the writer"
    assert draft.status == Status.DRAFT and draft.publish_at is None
    assert not Article.objects.public().filter(pk=draft.pk).exists()


def test_a_writer_s_save_of_a_published_article_is_a_proposal_readers_do_not_see(
    writer_client, publisher_client
):
    """Changed on purpose by the editors' workspace: writers used to get a read-only form."""
    article = factories.ArticleFactory(title="As published")
    page = writer_client.get(admin_url(Article, "change", article.pk))
    assert page.status_code == 200
    assert 'name="_save"' in page.content.decode()
    assert "Your changes are saved as a proposal" in page.content.decode()
    data = {**open_change_form(writer_client, article), "title": "Typo fixed"}
    response = writer_client.post(admin_url(Article, "change", article.pk), data, follow=True)
    assert "Saved as a proposed change" in messages_of(response)
    article.refresh_from_db()
    assert article.title == "As published"
    assert audit_actions(article) == [Action.PROPOSE]
    again = writer_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert 'value="Typo fixed"' in again and "Proposed change" in again


def test_a_publisher_publishes_from_review_with_an_audit_entry(publisher_client, publisher):
    review = factories.ArticleFactory(in_review=True)
    assert 'value="published"' in buttons(publisher_client, review)
    response = press(publisher_client, review, "published", workflow_comment="Looks right.")
    review.refresh_from_db()
    assert review.is_public()
    assert f"Published: readers see it now: “{review}”." in messages_of(response)
    entry = AuditEntry.objects.get(action=Action.PUBLISH, object_id=str(review.pk))
    assert entry.user == publisher and entry.comment == "Looks right."
    assert review.history.latest().history_change_reason == "Published: Looks right."


def test_publishing_without_a_summary_says_so_saves_nothing_and_keeps_the_typed_text(
    publisher_client,
):
    review = factories.ArticleFactory(in_review=True)
    body = review.body
    response = press(publisher_client, review, "published", summary="", body="New body text.")
    review.refresh_from_db()
    assert review.status == Status.IN_REVIEW
    assert review.body == body
    assert field_errors(response, "summary") == ["Write a summary before publishing."]
    assert response.context["adminform"].form["body"].value() == "New body text."
    assert audit_actions(review) == []


def test_publishing_without_sources_names_the_sources(publisher_client):
    review = factories.ArticleFactory(in_review=True, sources=[])
    response = press(publisher_client, review, "published")
    review.refresh_from_db()
    assert review.status == Status.IN_REVIEW
    assert "Cite at least one source before publishing" in field_errors(response, "sources")[0]


def test_an_ai_generated_article_may_stand_on_its_disclosure(publisher_client):
    review = factories.ArticleFactory(
        in_review=True, sources=[], ai_generated=True, disclosure="Drafted with an AI model."
    )
    press(publisher_client, review, "published")
    review.refresh_from_db()
    assert review.is_public()


def test_an_event_without_a_summary_cannot_be_published(publisher_client):
    event = factories.EventFactory(in_review=True, summary="")
    response = press(publisher_client, event, "published")
    event.refresh_from_db()
    assert event.status == Status.IN_REVIEW
    assert field_errors(response, "summary") == ["Write a summary before publishing."]


def test_request_changes_needs_a_comment_and_records_it(publisher_client, publisher):
    review = factories.ArticleFactory(in_review=True)
    response = press(publisher_client, review, "draft")
    review.refresh_from_db()
    assert review.status == Status.IN_REVIEW
    assert "Say what needs changing." in response.content.decode()

    response = press(
        publisher_client, review, "draft", workflow_comment="Add the casualty figures."
    )
    review.refresh_from_db()
    assert review.status == Status.DRAFT
    assert "Sent back to the writer with your comment" in messages_of(response)
    entry = AuditEntry.objects.get(action=Action.REQUEST_CHANGES, object_id=str(review.pk))
    assert entry.comment == "Add the casualty figures."


def test_schedule_button_needs_a_future_time_and_the_list_shows_it(publisher_client):
    review = factories.ArticleFactory(in_review=True)
    response = press(publisher_client, review, "scheduled")
    assert "Choose a time in the future to schedule it." in response.content.decode()

    later = (timezone.localtime() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    press(
        publisher_client,
        review,
        "scheduled",
        workflow_publish_at=later.strftime("%Y-%m-%dT%H:%M"),
    )
    review.refresh_from_db()
    assert review.is_scheduled() and review.publish_at == later
    assert not Article.objects.public().filter(pk=review.pk).exists()
    assert audit_actions(review) == [Action.SCHEDULE]

    listing = publisher_client.get(admin_url(Article, "changelist"), {"publication": "scheduled"})
    page = listing.content.decode()
    assert "Scheduled for" in page and review.title in page
    live = publisher_client.get(admin_url(Article, "changelist"), {"publication": "live"})
    assert review.title not in live.content.decode()


def test_unpublish_and_archive_buttons_take_an_item_off_the_site(publisher_client):
    alliance = factories.AllianceFactory()
    press(publisher_client, alliance, "archived")
    alliance.refresh_from_db()
    assert alliance.status == Status.ARCHIVED
    press(publisher_client, alliance, "draft")
    alliance.refresh_from_db()
    assert alliance.status == Status.DRAFT
    assert audit_actions(alliance) == [Action.ARCHIVE, Action.UNPUBLISH]


def test_the_change_form_is_csp_safe(publisher_client):
    page = buttons(publisher_client, factories.ArticleFactory(in_review=True))
    assert "style=" not in page.split('id="workflow"')[1]
    assert " onclick=" not in page


# --- list actions ----------------------------------------------------------------------------


def run_action(client, model, action: str, items, **extra):
    return client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [item.pk for item in items], **extra},
        follow=True,
    )


def test_a_writer_gets_only_the_submit_action(writer_client):
    draft = factories.ArticleFactory(draft=True)
    page = writer_client.get(admin_url(Article, "changelist")).content.decode()
    assert 'value="submit_for_review"' in page
    for refused in ("publish", "schedule", "unpublish", "archive", "request_changes"):
        assert f'value="{refused}"' not in page
    run_action(writer_client, Article, "publish", [draft])
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    response = run_action(writer_client, Article, "submit_for_review", [draft])
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW
    assert "Submitted for review" in messages_of(response)


def test_publish_action_publishes_schedules_and_reports_what_is_missing(publisher_client):
    ready = factories.ArticleFactory(in_review=True)
    planned = factories.ArticleFactory(
        in_review=True, publish_at=timezone.now() + datetime.timedelta(days=2)
    )
    unsummarised = factories.ArticleFactory(in_review=True, summary="")
    response = run_action(publisher_client, Article, "publish", [ready, planned, unsummarised])
    for item in (ready, planned, unsummarised):
        item.refresh_from_db()
    assert ready.is_public() and planned.is_scheduled()
    assert unsummarised.status == Status.IN_REVIEW
    text = messages_of(response)
    assert f"“{unsummarised}” was not changed: Write a summary before publishing." in text
    assert audit_actions(ready) == [Action.PUBLISH]
    assert audit_actions(planned) == [Action.SCHEDULE]


def test_schedule_action_keeps_a_future_time_and_refuses_without_one(publisher_client):
    later = timezone.now() + datetime.timedelta(days=5)
    planned = factories.EventFactory(in_review=True, publish_at=later)
    unplanned = factories.EventFactory(in_review=True)
    planned.sources.add(factories.SourceFactory())
    response = run_action(publisher_client, Event, "schedule", [planned, unplanned])
    planned.refresh_from_db()
    unplanned.refresh_from_db()
    assert planned.is_scheduled() and planned.publish_at == later
    assert unplanned.status == Status.IN_REVIEW
    assert "Choose a time in the future to schedule it." in messages_of(response)


def test_unpublish_and_archive_actions_leave_audit_entries(publisher_client):
    first, second = factories.AllianceFactory(), factories.AllianceFactory()
    run_action(publisher_client, Alliance, "unpublish", [first])
    run_action(publisher_client, Alliance, "archive", [second])
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.DRAFT and second.status == Status.ARCHIVED
    assert audit_actions(first) == [Action.UNPUBLISH]
    assert audit_actions(second) == [Action.ARCHIVE]


def test_request_changes_action_asks_for_a_comment_first(publisher_client):
    review = factories.ArticleFactory(in_review=True)
    page = run_action(publisher_client, Article, "request_changes", [review])
    assert "What needs changing" in page.content.decode()
    review.refresh_from_db()
    assert review.status == Status.IN_REVIEW

    empty = run_action(publisher_client, Article, "request_changes", [review], apply="1")
    assert "This field is required." in empty.content.decode()
    done = run_action(
        publisher_client, Article, "request_changes", [review], apply="1", comment="Cite NARA."
    )
    review.refresh_from_db()
    assert review.status == Status.DRAFT
    assert "Sent back to the writer" in messages_of(done)
    assert AuditEntry.objects.get(action=Action.REQUEST_CHANGES).comment == "Cite NARA."


# --- deleting --------------------------------------------------------------------------------


def test_a_writer_deletes_a_draft_with_an_audit_entry(writer_client, writer):
    draft = factories.ArticleFactory(draft=True)
    response = writer_client.post(admin_url(Article, "delete", draft.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.filter(pk=draft.pk).exists()
    entry = AuditEntry.objects.get(action=Action.DELETE)
    assert entry.user == writer and entry.object_repr == draft.title
    assert Article.history.filter(id=draft.pk, history_type="-").get().history_user == writer


def test_a_writer_cannot_delete_published_content_from_its_page_or_the_list(writer_client):
    article = factories.ArticleFactory()
    assert writer_client.get(admin_url(Article, "delete", article.pk)).status_code == 403
    confirm = run_action(writer_client, Article, "delete_selected", [article])
    assert "ask a publisher" in confirm.content.decode()
    run_action(writer_client, Article, "delete_selected", [article], post="yes")
    assert Article.objects.filter(pk=article.pk).exists()
    assert not AuditEntry.objects.filter(action=Action.DELETE).exists()


def test_a_publisher_deletes_published_content_from_the_list(publisher_client):
    first, second = factories.ArticleFactory(), factories.ArticleFactory()
    run_action(publisher_client, Article, "delete_selected", [first, second], post="yes")
    assert not Article.objects.filter(pk__in=[first.pk, second.pk]).exists()
    assert AuditEntry.objects.filter(action=Action.DELETE).count() == 2


def test_reference_data_deletes_are_audited_too(publisher_client):
    tag = factories.TagFactory()
    publisher_client.post(admin_url(type(tag), "delete", tag.pk), {"post": "yes"})
    assert AuditEntry.objects.get(action=Action.DELETE).object_repr == tag.name


def test_a_writer_s_new_member_of_a_published_alliance_is_a_proposal(writer_client):
    """Changed on purpose by the editors' workspace: this used to be refused."""
    membership = factories.MembershipFactory()
    draft = factories.AllianceFactory(draft=True)
    data = {
        "alliance": membership.alliance.pk,
        "country": factories.CountryFactory().pk,
        "role": "member",
        "joined_on": "1960-01-01",
        "left_on": "",
        "note": "",
    }
    add = writer_client.post(admin_url(type(membership), "add"), {**data, "alliance": draft.pk})
    assert add.status_code == 302
    proposed = writer_client.post(admin_url(type(membership), "add"), data, follow=True)
    assert "Saved as a proposed change" in messages_of(proposed)
    assert type(membership).objects.filter(alliance=membership.alliance).count() == 1
    assert audit_actions(membership.alliance) == [Action.PROPOSE]


# --- roles and the audit log -----------------------------------------------------------------


def test_a_role_change_in_the_user_admin_is_audited(admin_member, writer):
    from django.contrib.auth.models import Group

    from tests.editorial.admin_forms import form_data

    client = staff_client(admin_member)
    page = client.get(admin_url(type(writer), "change", writer.pk))
    publisher_group = Group.objects.get(name="Publisher")
    data = {**form_data(page), "groups": [str(g.pk) for g in writer.groups.all()]}
    data["groups"].append(str(publisher_group.pk))
    AuditEntry.objects.all().delete()  # the fixtures' own group changes
    response = client.post(admin_url(type(writer), "change", writer.pk), data)
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action=Action.ROLE_CHANGE)
    assert entry.user == admin_member
    assert entry.object_repr == writer.username
    assert entry.comment == "Added to Publisher"


def test_the_audit_log_is_listed_read_only(admin_member, publisher_client):
    run_action(publisher_client, Article, "archive", [factories.ArticleFactory()])
    client = staff_client(admin_member)
    listing = client.get(admin_url(AuditEntry, "changelist"))
    assert listing.status_code == 200
    assert "pablo-publisher" in listing.content.decode()
    entry = AuditEntry.objects.get(action=Action.ARCHIVE)
    detail = client.get(admin_url(AuditEntry, "change", entry.pk))
    assert detail.status_code == 200 and 'name="_save"' not in detail.content.decode()
    assert (
        client.post(admin_url(AuditEntry, "delete", entry.pk), {"post": "yes"}).status_code == 403
    )
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
