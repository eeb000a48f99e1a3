"""Two editors, one item: the second save is refused with who changed it and when, a link to
the difference, and the second editor's text still in the form; the database keeps the first
editor's version. Also the version token itself, which the API reuses for its ETag."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from alliances.models import Alliance, Membership
from articles.models import Article
from editorial import services
from editorial.concurrency import check_version, token_history_id, version_token
from tests import factories
from tests.editorial.admin_forms import admin_url, open_change_form


def login(user) -> Client:
    user.is_staff = True
    user.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def first(publisher):
    return login(publisher)


@pytest.fixture
def second(admin_member):
    return login(admin_member)


def post(client, obj, data):
    return client.post(admin_url(type(obj), "change", obj.pk), data)


def test_the_second_save_is_refused_and_nothing_is_lost(first, second, publisher):
    article = factories.ArticleFactory(draft=True, title="Original", body="Original body.")
    loaded = article.history.latest()
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)

    assert post(first, article, {**first_form, "title": "First editor's title"}).status_code == 302
    refused = post(second, article, {**second_form, "body": "Second editor's body."})

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "was changed by pablo-publisher on" in page
    assert "your changes were not saved" in page
    assert "Second editor&#x27;s body." in page  # still in the form
    latest = article.history.latest()
    compare = admin_url(Article, "compare", article.pk) + f"?a={loaded.pk}&amp;b={latest.pk}"
    assert compare in page
    article.refresh_from_db()
    assert article.title == "First editor's title"
    assert article.body == "Original body."
    assert latest.history_user == publisher

    diff = second.get(compare.replace("&amp;", "&"))
    assert diff.status_code == 200
    assert "<ins>First editor&#x27;s title</ins>" in diff.content.decode()


def test_saving_again_after_the_warning_replaces_the_other_version(first, second):
    article = factories.ArticleFactory(draft=True)
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "title": "First"})
    refused = post(second, article, {**second_form, "title": "Second"})
    resubmit = {**second_form, "title": "Second"}
    resubmit["version"] = refused.context["adminform"].form["version"].value()
    assert post(second, article, resubmit).status_code == 302
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


def test_a_status_change_in_between_refuses_the_stale_form(writer, publisher):
    writer_client = login(writer)
    article = factories.ArticleFactory(in_review=True)
    stale = open_change_form(writer_client, article)
    services.content_transition(
        obj=Article.objects.get(pk=article.pk), to="draft", user=publisher, comment="Shorter."
    )
    response = post(writer_client, article, {**stale, "summary": "Edited meanwhile."})
    assert "was changed by pablo-publisher" in response.content.decode()
    article.refresh_from_db()
    assert article.summary != "Edited meanwhile."


def test_inline_membership_edits_conflict_too(first, second):
    alliance = factories.AllianceFactory(draft=True)
    factories.MembershipFactory(alliance=alliance)
    first_form = open_change_form(first, alliance)
    second_form = open_change_form(second, alliance)
    post(first, alliance, {**first_form, "memberships-0-note": "First note"})
    refused = post(second, alliance, {**second_form, "memberships-0-note": "Second note"})
    assert refused.status_code == 200
    assert "Second note" in refused.content.decode()
    assert Membership.objects.get(alliance=alliance).note == "First note"


def test_a_relation_only_change_also_moves_the_version(first, second):
    article = factories.ArticleFactory(draft=True)
    tag = factories.TagFactory()
    first_form = open_change_form(first, article)
    second_form = open_change_form(second, article)
    post(first, article, {**first_form, "tags": [str(tag.pk)]})
    refused = post(second, article, {**second_form, "title": "Late"})
    assert refused.status_code == 200
    assert Article.objects.get(pk=article.pk).title != "Late"


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
