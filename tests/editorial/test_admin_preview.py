"""Previewing from the admin: the current draft at its own address (the website's staff
branch), and any revision rendered by the reader page's view and template, marked as a preview,
noindex and never cached, behind the admin login."""

import datetime

from django.test import Client

from armistice_site.publishing import Status
from articles.models import Article
from tests import factories
from tests.editorial.admin_forms import admin_url


def preview_url(obj, record) -> str:
    return admin_url(type(obj), "revision_preview", obj.pk, record.pk)


def assert_is_a_preview(response, label: str = "Revision of") -> str:
    assert response.status_code == 200
    page = response.content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'class="preview-banner"' in page and label in page
    return page


def test_a_draft_s_change_form_links_to_its_preview(writer_client):
    draft = factories.ArticleFactory(draft=True)
    page = writer_client.get(admin_url(Article, "change", draft.pk)).content.decode()
    link = f'href="{draft.get_absolute_url()}" class="viewsitelink" target="_blank" rel="noopener"'
    assert f"{link}>Preview</a>" in page
    preview = writer_client.get(draft.get_absolute_url())
    assert_is_a_preview(preview, "Draft")
    assert Client().get(draft.get_absolute_url()).status_code == 404


def test_a_live_item_has_no_preview_link(writer_client):
    article = factories.ArticleFactory()
    page = writer_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert ">Preview</a>" not in page


def test_an_old_revision_of_a_published_article_renders_as_it_was(writer_client):
    old_tag, new_tag = factories.TagFactory(name="Ceasefire"), factories.TagFactory(name="Truce")
    article = factories.ArticleFactory(title="As first written", body="## Terms\n\nOld terms.")
    article.tags.add(old_tag)
    first = article.history.latest()
    article.title, article.body = "As revised", "## Terms\n\nNew terms."
    article.save()
    article.tags.set([new_tag])

    page = assert_is_a_preview(writer_client.get(preview_url(article, first)))
    assert "As first written" in page and "Old terms." in page
    assert "Ceasefire" in page and "Truce" not in page
    assert "As revised" not in page
    assert "a saved revision, which may differ from what readers see now" in page
    assert "readers cannot see this page yet" not in page


def test_a_revision_preview_shows_only_public_see_also_links(writer_client):
    public, draft = (
        factories.ArticleFactory(title="Public neighbour"),
        factories.ArticleFactory(title="Secret draft", draft=True),
    )
    article = factories.ArticleFactory(draft=True)
    article.see_also.set([public, draft])
    page = assert_is_a_preview(writer_client.get(preview_url(article, article.history.latest())))
    assert "Public neighbour" in page and "Secret draft" not in page


def test_a_pending_revision_of_an_alliance_shows_its_members_then(writer_client):
    alliance = factories.AllianceFactory(draft=True, name="Baghdad Pact")
    membership = factories.MembershipFactory(
        alliance=alliance, country__name="Iraq", joined_on=datetime.date(1955, 2, 24)
    )
    alliance.save()
    with_iraq = alliance.history.latest()
    membership.delete()
    alliance.save()
    page = assert_is_a_preview(writer_client.get(preview_url(alliance, with_iraq)))
    assert "Baghdad Pact" in page and "Iraq" in page
    later = assert_is_a_preview(writer_client.get(preview_url(alliance, alliance.history.latest())))
    assert "Iraq" not in later


def test_a_timeline_revision_lists_its_public_events(writer_client):
    timeline = factories.TimelineFactory(status=Status.IN_REVIEW)
    factories.TimelineEntryFactory(timeline=timeline, event__title="Armistice signed")
    factories.TimelineEntryFactory(
        timeline=timeline, event__title="Unreviewed event", event__status=Status.DRAFT
    )
    timeline.save()
    page = assert_is_a_preview(writer_client.get(preview_url(timeline, timeline.history.latest())))
    assert "Armistice signed" in page and "Unreviewed event" not in page


def test_event_revisions_preview_too(writer_client):
    event = factories.EventFactory(title="Signing at Panmunjom")
    page = assert_is_a_preview(writer_client.get(preview_url(event, event.history.latest())))
    assert "Signing at Panmunjom" in page


def test_the_revision_list_links_each_revision_s_preview(writer_client):
    article = factories.ArticleFactory(draft=True)
    page = writer_client.get(admin_url(Article, "history", article.pk)).content.decode()
    assert preview_url(article, article.history.latest()) in page


def test_revision_previews_need_an_editor(client, user, staff_user):
    alliance = factories.AllianceFactory(draft=True)
    url = preview_url(alliance, alliance.history.latest())
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    client.force_login(user)
    not_staff = client.get(url)
    assert not_staff.status_code == 302 and "/admin/login/" in not_staff["Location"]
    client.force_login(staff_user)
    assert client.get(url).status_code == 403


def test_unknown_revisions_have_no_preview(writer_client):
    article = factories.ArticleFactory()
    bad = admin_url(Article, "revision_preview", article.pk, "x1")
    assert writer_client.get(bad).status_code == 404
    missing = admin_url(Article, "revision_preview", article.pk, 999999)
    assert writer_client.get(missing).status_code == 404
    other = factories.ArticleFactory()
    foreign = admin_url(Article, "revision_preview", article.pk, other.history.latest().pk)
    assert writer_client.get(foreign).status_code == 404


def test_reference_data_has_no_revision_preview(writer_client):
    source = factories.SourceFactory()
    url = admin_url(type(source), "revision_preview", source.pk, source.history.latest().pk)
    assert writer_client.get(url).status_code == 404
