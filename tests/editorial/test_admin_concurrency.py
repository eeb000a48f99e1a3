"""Two editors, one item: changes to different fields are merged; a field both changed is
shown with both versions and a choice, nothing saved and nothing typed lost, and the next
save is checked again against the latest version. Also the version token itself."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alliances.models import Alliance, Membership
from articles.models import Article
from editorial import services
from editorial.concurrency import check_version, token_history_id, version_token
from tests import factories
from tests.editorial.admin_forms import admin_url, open_change_form, staff_client


@pytest.fixture
def first(publisher):
    return staff_client(publisher)


@pytest.fixture
def second(admin_member):
    return staff_client(admin_member)


def post(client, obj, data):
    return client.post(admin_url(type(obj), "change", obj.pk), data)


def test_changes_to_different_fields_are_merged_not_refused(first, second, publisher):
    article = factories.ArticleFactory(draft=True, title="Original", body="Original body.")
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)

    assert post(first, article, {**first_form, "title": "First editor's title"}).status_code == 302
    merged = second.post(
        admin_url(Article, "change", article.pk),
        {**second_form, "body": "Second editor's body."},
        follow=True,
    )

    article.refresh_from_db()
    assert (article.title, article.body) == ("First editor's title", "Second editor's body.")
    assert "their changes to Title were kept together with yours" in merged.content.decode()


def test_the_same_field_changed_twice_shows_both_versions_and_saves_nothing(
    first, second, publisher
):
    article = factories.ArticleFactory(draft=True, title="Original")
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "title": "First editor's title"})

    refused = post(second, article, {**second_form, "title": "Second editor's title"})

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "was changed by pablo-publisher on" in page
    assert "Changed by someone else too" in page
    assert "First editor&#x27;s title" in page  # theirs, beside the field
    assert 'value="Second editor&#x27;s title"' in page  # mine, still in the field
    assert 'name="choice-title"' in page
    assert 'target="_blank"' not in page or "opens in a new tab" in page
    article.refresh_from_db()
    assert article.title == "First editor's title"


def test_saving_after_a_clash_needs_a_choice_and_applies_it(first, second):
    article = factories.ArticleFactory(draft=True, title="Original")
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "title": "First"})
    refused = post(second, article, {**second_form, "title": "Second"})
    form = refused.context["adminform"].form
    resubmit = {
        **second_form,
        "title": "Second",
        "version": form["version"].value(),
        "base": form["base"].value(),
        "clashing": form["clashing"].value(),
    }

    unchosen = post(second, article, resubmit)
    assert unchosen.status_code == 200
    assert "Choose which version of this field to keep." in unchosen.content.decode()

    assert post(second, article, {**resubmit, "choice-title": "theirs"}).status_code == 302
    article.refresh_from_db()
    assert article.title == "First"


def test_choosing_mine_keeps_mine_and_a_newer_save_is_checked_again(first, second, publisher):
    article = factories.ArticleFactory(draft=True, title="Original")
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "title": "First"})
    form = post(second, article, {**second_form, "title": "Second"}).context["adminform"].form
    resubmit = {
        **second_form,
        "title": "Second",
        "version": form["version"].value(),
        "base": form["base"].value(),
        "clashing": form["clashing"].value(),
        "choice-title": "mine",
    }
    services.content_save(
        obj=Article.objects.get(pk=article.pk), user=publisher, fields={"title": "Third"}
    )

    again = post(second, article, resubmit)
    assert again.status_code == 200
    assert "Third" in again.content.decode()
    article.refresh_from_db()
    assert article.title == "Third"

    form = again.context["adminform"].form
    final = {**resubmit, "version": form["version"].value(), "base": form["base"].value()}
    assert post(second, article, final).status_code == 302
    article.refresh_from_db()
    assert article.title == "Second"


def test_a_form_posted_without_its_version_is_refused(first):
    article = factories.ArticleFactory(draft=True, title="Kept")
    data = {**open_change_form(first, article), "title": "Blind overwrite", "version": ""}
    response = post(first, article, data)
    assert response.status_code == 200
    assert "This form did not say which version" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Kept"


def test_a_status_change_in_between_is_merged_with_the_stale_form(writer, publisher):
    writer_client = staff_client(writer)
    article = factories.ArticleFactory(in_review=True)
    stale = open_change_form(writer_client, article)
    services.content_transition(
        obj=Article.objects.get(pk=article.pk), to="draft", user=publisher, comment="Shorter."
    )
    response = post(writer_client, article, {**stale, "summary": "Edited meanwhile."})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.summary == "Edited meanwhile." and article.status == "draft"


def test_inline_membership_edits_conflict_too(first, second):
    alliance = factories.AllianceFactory(draft=True)
    factories.MembershipFactory(alliance=alliance)
    first_form = open_change_form(first, alliance)
    second_form = open_change_form(second, alliance)
    post(first, alliance, {**first_form, "memberships-0-note": "First note"})
    refused = post(second, alliance, {**second_form, "memberships-0-note": "Second note"})
    assert refused.status_code == 200
    assert "Second note" in refused.content.decode()
    assert 'name="choice-rows:alliances.membership"' in refused.content.decode()
    assert Membership.objects.get(alliance=alliance).note == "First note"


def test_a_relation_only_change_is_merged_too(first, second):
    article = factories.ArticleFactory(draft=True)
    tag = factories.TagFactory()
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "tags": [str(tag.pk)]})
    assert post(second, article, {**second_form, "title": "Late"}).status_code == 302
    article.refresh_from_db()
    assert article.title == "Late" and list(article.tags.all()) == [tag]


# --- the token ------------------------------------------------------------------------------


def test_the_token_is_stable_until_the_item_changes(publisher):
    alliance = factories.AllianceFactory()
    token = version_token(alliance)
    assert version_token(Alliance.objects.get(pk=alliance.pk)) == token
    assert check_version(Alliance, alliance.pk, token) is None
    assert token_history_id(token) == alliance.history.latest().history_id

    alliance.sources.add(factories.SourceFactory())
    assert version_token(Alliance.objects.get(pk=alliance.pk)) != token
    conflict = check_version(alliance, alliance.pk, token)
    assert conflict is not None
    assert conflict.history_id == alliance.history.latest().history_id
    assert conflict.token == version_token(Alliance.objects.get(pk=alliance.pk))


def test_a_conflict_names_the_user_and_time_of_the_latest_revision(publisher):
    article = factories.ArticleFactory(draft=True)
    token = version_token(article)
    article.title = "Changed"
    article._history_user = publisher
    article.save()
    conflict = check_version(Article, article.pk, token)
    latest = article.history.latest()
    assert conflict.user == publisher
    assert conflict.when == latest.history_date


@pytest.mark.django_db
def test_check_version_locks_the_row_and_treats_a_blank_or_unknown_item_as_a_conflict():
    article = factories.ArticleFactory()
    with CaptureQueriesContext(connection) as queries:
        check_version(Article, article.pk, version_token(article))
    assert any("FOR UPDATE" in query["sql"] for query in queries.captured_queries)
    assert check_version(Article, article.pk, "") is not None
    assert check_version(Article, 987654, "1.2") is not None
    assert token_history_id("garbage") is None
