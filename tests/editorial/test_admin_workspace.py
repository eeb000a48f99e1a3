"""The editors' workspace in the admin: the dashboard, proposals of live content (editing,
comparing, publishing, discarding, conflicts), the error summary, ISO dates and dates known
to the year or month, the edit-lock notice and the writing view's endpoints."""

import datetime

import time_machine
from django.utils import timezone

from alliances.models import Alliance, Membership
from armistice_site.publishing import Status
from articles import services as article_services
from articles.models import Article
from editorial import locks, services
from editorial.models import AuditEntry, PendingRevision
from tests import factories
from tests.editorial.admin_forms import (
    admin_url,
    form_data,
    messages_of,
    open_change_form,
)
from timeline.models import Event

Action = AuditEntry.Action


# --- the dashboard -----------------------------------------------------------------------------


def test_the_dashboard_shows_a_publisher_what_waits_for_review(publisher_client, writer):
    review = factories.ArticleFactory(in_review=True, title="Waiting for review")
    live = factories.AllianceFactory(name="Baghdad Pact")
    article_services.article_update(
        article=factories.ArticleFactory(title="Live article"), user=writer, fields={"title": "X"}
    )
    services.content_save(obj=live, user=writer, fields={"summary": "New."})
    factories.ArticleFactory(scheduled=True, title="Coming soon")
    factories.ArticleFactory(title="Disputed claim", fact_check_status="disputed")

    response = publisher_client.get("/admin/")

    page = response.content.decode()
    assert "<title>Dashboard | Armistice editors</title>" in page
    assert "Django administration" not in page and "Django site admin" not in page
    panels = {panel_id: entries for panel_id, _, entries in response.context["panels"]}
    assert [e.title for e in panels["review"]] == ["Waiting for review"]
    assert panels["review"][0].url == admin_url(Article, "change", review.pk)
    assert {e.title for e in panels["proposals"]} == {"Live article", str(live)}
    assert [e.title for e in panels["scheduled"]] == ["Coming soon"]
    assert panels["factcheck"][0].title == "Disputed claim"
    activity = response.context["activity"]
    assert activity[0].who == "wanda-writer" and activity[0].note == "Change proposed"
    assert f'href="{admin_url(Alliance, "change", live.pk)}"' in page


def test_the_dashboard_shows_a_writer_their_drafts_and_what_came_back(
    writer_client, writer, publisher
):
    mine = article_services.article_create(user=writer, fields={"slug": "mine", "title": "Mine"})
    returned = article_services.article_create(
        user=writer, fields={"slug": "back", "title": "Sent back"}
    )
    services.content_transition(obj=returned, to=Status.IN_REVIEW, user=writer)
    services.content_transition(
        obj=returned, to=Status.DRAFT, user=publisher, comment="Cite the armistice text."
    )
    factories.ArticleFactory(draft=True, title="Someone else's draft")

    response = writer_client.get("/admin/")

    panels = {panel_id: entries for panel_id, _, entries in response.context["panels"]}
    assert "review" not in panels
    assert {e.title for e in panels["drafts"]} == {"Mine", "Sent back"}
    assert [(e.title, e.note, e.who) for e in panels["returned"]] == [
        ("Sent back", "Cite the armistice text.", "pablo-publisher")
    ]
    assert panels["drafts"][0].url.endswith(f"/{mine.pk}/change/") or panels["drafts"][1].url


# --- proposals in the admin ------------------------------------------------------------------


def test_a_publisher_compares_and_publishes_a_proposal(writer_client, publisher_client):
    article = factories.ArticleFactory(title="As published")
    data = {**open_change_form(writer_client, article), "title": "As proposed"}
    writer_client.post(admin_url(Article, "change", article.pk), data)

    form = publisher_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert "Proposed change" in form and "Review and publish" in form
    pending_page = publisher_client.get(admin_url(Article, "pending", article.pk))
    page = pending_page.content.decode()
    assert "<del>As published</del> → <ins>As proposed</ins>" in page
    assert 'name="_publish"' in page and 'name="_discard"' in page

    response = publisher_client.post(
        admin_url(Article, "pending", article.pk),
        {"_publish": "1", "comment": "Thanks"},
        follow=True,
    )

    assert "Published the proposed change" in messages_of(response)
    article.refresh_from_db()
    assert article.title == "As proposed"
    entry = AuditEntry.objects.filter(action=Action.PUBLISH_PENDING).get()
    assert (entry.username, entry.comment) == ("pablo-publisher", "Thanks")
    assert not PendingRevision.objects.exists()


def test_a_clash_with_a_later_live_change_is_shown_before_publishing(
    writer_client, publisher_client, publisher
):
    article = factories.ArticleFactory(title="As published")
    writer_client.post(
        admin_url(Article, "change", article.pk),
        {**open_change_form(writer_client, article), "title": "Writer's title"},
    )
    services.content_save(
        obj=Article.objects.get(pk=article.pk), user=publisher, fields={"title": "Fixed live"}
    )

    page = publisher_client.get(admin_url(Article, "pending", article.pk)).content.decode()
    assert "the live version was changed in: Title" in page
    assert 'name="_replace"' in page and 'name="_publish"' not in page
    refused = publisher_client.post(
        admin_url(Article, "pending", article.pk), {"_publish": "1"}, follow=True
    )
    assert "Not published" in messages_of(refused)
    article.refresh_from_db()
    assert article.title == "Fixed live"

    publisher_client.post(admin_url(Article, "pending", article.pk), {"_replace": "1"})
    article.refresh_from_db()
    assert article.title == "Writer's title"


def test_a_writer_cannot_publish_a_proposal_but_may_discard_their_own(writer_client):
    article = factories.ArticleFactory(title="As published")
    writer_client.post(
        admin_url(Article, "change", article.pk),
        {**open_change_form(writer_client, article), "title": "Mine"},
    )
    page = writer_client.get(admin_url(Article, "pending", article.pk)).content.decode()
    assert 'name="_publish"' not in page and 'name="_discard"' in page
    refused = writer_client.post(
        admin_url(Article, "pending", article.pk), {"_publish": "1"}, follow=True
    )
    assert "Only a publisher can publish" in messages_of(refused)
    writer_client.post(admin_url(Article, "pending", article.pk), {"_discard": "1"})
    assert not PendingRevision.objects.exists()
    article.refresh_from_db()
    assert article.title == "As published"


def test_a_proposed_member_shows_on_the_form_and_editing_it_again_adds_no_second_row(
    writer_client, publisher
):
    alliance = factories.AllianceFactory(name="ANZUS")
    alliance.sources.add(factories.SourceFactory())
    factories.MembershipFactory(alliance=alliance, country__name="Australia")
    new_zealand = factories.CountryFactory(name="New Zealand")
    data = open_change_form(writer_client, alliance)
    data.update(
        {
            "memberships-1-country": str(new_zealand.pk),
            "memberships-1-role": "founding",
            "memberships-1-joined_on": "1952-04-29",
        }
    )
    writer_client.post(admin_url(Alliance, "change", alliance.pk), data)
    assert Membership.objects.filter(alliance=alliance).count() == 1

    again = open_change_form(writer_client, alliance)
    proposed = [k for k, v in again.items() if k.endswith("-pending_key") and v]
    assert len(proposed) == 1
    prefix = proposed[0].removesuffix("-pending_key")
    assert again[f"{prefix}-country"] == str(new_zealand.pk)
    again[f"{prefix}-note"] = "Signed in San Francisco."
    writer_client.post(admin_url(Alliance, "change", alliance.pk), again)

    pending = PendingRevision.objects.get()
    rows = pending.parts["parts:alliances.membership"]["saved"]
    assert [(row["country_id"], row["note"]) for row in rows] == [
        (new_zealand.pk, "Signed in San Francisco.")
    ]
    services.pending_publish(pending=pending, user=publisher)
    assert Membership.objects.filter(alliance=alliance).count() == 2


def test_a_publisher_may_save_a_proposal_instead_of_changing_live(publisher_client):
    article = factories.ArticleFactory(title="Live")
    data = {**open_change_form(publisher_client, article), "title": "Draft", "_propose": "1"}
    publisher_client.post(admin_url(Article, "change", article.pk), data)
    article.refresh_from_db()
    assert article.title == "Live"
    assert PendingRevision.objects.get().fields == {"title": "Draft"}


def test_the_list_marks_items_with_a_proposed_change(publisher_client, writer):
    article = factories.ArticleFactory(title="Live")
    article_services.article_update(article=article, user=writer, fields={"title": "X"})
    page = publisher_client.get(admin_url(Article, "changelist")).content.decode()
    assert '<span class="pending-marker">change proposed</span>' in page


# --- errors, dates ------------------------------------------------------------------------------


def test_errors_are_summarised_at_the_top_with_links_to_their_fields(publisher_client):
    article = factories.ArticleFactory(draft=True)
    data = {**open_change_form(publisher_client, article), "title": "", "slug": "not a slug"}
    page = publisher_client.post(admin_url(Article, "change", article.pk), data).content.decode()
    summary = page.split('id="error-summary"')[1].split("</div>")[0]
    assert '<a href="#id_title">Title</a>: This field is required.' in summary
    assert '<a href="#id_slug">Slug</a>' in summary
    assert "everything you typed is still here" in summary


def test_dates_are_iso_in_the_admin(publisher_client):
    factories.ArticleFactory(publish_at=datetime.datetime(2026, 3, 1, 9, 5, tzinfo=datetime.UTC))
    page = publisher_client.get(admin_url(Article, "changelist")).content.decode()
    assert "2026-03-01 09:05" in page
    source = factories.SourceFactory(published_on=datetime.date(1995, 3, 1))
    form = publisher_client.get(admin_url(type(source), "change", source.pk)).content.decode()
    assert 'value="1995-03-01"' in form


def event_form(client, event, **changes) -> dict:
    return {**open_change_form(client, event), **changes}


def test_an_event_date_is_entered_as_what_is_known(publisher_client):
    event = factories.EventFactory(draft=True, start_date=datetime.date(1950, 1, 1))
    event.start_precision = "year"
    event.save()
    page = publisher_client.get(admin_url(Event, "change", event.pk))
    assert page.context["adminform"].form["start_date"].value() in (
        datetime.date(1950, 1, 1),
        "1950-01-01",
    )
    html = page.content.decode()
    assert 'name="start_date_0"' in html and 'value="1950"' in html
    assert (
        'name="start_date_2" min="1" max="31"' in html and 'name="start_date_2" value' not in html
    )

    month = event_form(
        publisher_client,
        event,
        start_precision="month",
        start_date_0="1950",
        start_date_1="6",
        start_date_2="",
    )
    assert publisher_client.post(admin_url(Event, "change", event.pk), month).status_code == 302
    event.refresh_from_db()
    assert (event.start_date, event.start_precision) == (datetime.date(1950, 6, 1), "month")


def test_a_day_given_with_month_precision_is_an_error_not_dropped(publisher_client):
    event = factories.EventFactory(draft=True)
    data = event_form(
        publisher_client,
        event,
        start_precision="month",
        start_date_0="1950",
        start_date_1="6",
        start_date_2="25",
    )
    response = publisher_client.post(admin_url(Event, "change", event.pk), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["start_date"]
    assert errors == [
        "You gave a day, but the date is known only to the month: choose Day under “known to "
        "the”, or clear the day."
    ]
    event.refresh_from_db()
    assert event.start_date == datetime.date(1953, 7, 27)


# --- the edit-lock notice -----------------------------------------------------------------------


def test_a_second_editor_is_told_who_else_has_the_item_open(writer_client, publisher_client):
    article = factories.ArticleFactory(draft=True)
    with time_machine.travel(datetime.datetime(2026, 5, 4, 14, 2, tzinfo=datetime.UTC)):
        writer_client.get(admin_url(Article, "change", article.pk))
        page = publisher_client.get(admin_url(Article, "change", article.pk)).content.decode()
        assert "wanda-writer has been editing this since 14:02." in page

        url = f"/admin/editorial/edit-lock/articles.article/{article.pk}/"
        beat = writer_client.post(url)
        assert beat.json() == {"others": [{"name": "pablo-publisher", "since": "14:02"}]}
        writer_client.post(url, {"leaving": "1"})
        later = publisher_client.post(url).json()
        assert later == {"others": []}
    assert writer_client.get(url).status_code == 405
    assert writer_client.post("/admin/editorial/edit-lock/auth.user/1/").status_code == 404


def test_an_edit_lock_expires_on_its_own(writer, publisher):
    start = timezone.now()
    with time_machine.travel(start):
        locks.mark(writer, "articles.article", 1)
    with time_machine.travel(start + datetime.timedelta(seconds=locks.EXPIRE_SECONDS + 1)):
        assert locks.mark(publisher, "articles.article", 1) == []


# --- the writing view's endpoints -------------------------------------------------------------


def test_the_preview_renders_with_the_site_s_renderer_and_sanitiser(writer_client):
    response = writer_client.post(
        "/admin/editorial/markdown-preview/",
        {"text": "## Terms\n\nA line[^1].\n\n<script>alert(1)</script>\n\n[^1]: Note."},
    )
    data = response.json()
    assert '<h2 id="terms">Terms</h2>' in data["html"]
    assert "<script>" not in data["html"] and "&lt;script&gt;" in data["html"]
    assert 'class="footnotes"' in data["html"]
    assert data["words"] >= 6 and data["minutes"] == 1
    assert "no-cache" in response["Cache-Control"]
    assert writer_client.get("/admin/editorial/markdown-preview/").status_code == 405
    too_long = writer_client.post("/admin/editorial/markdown-preview/", {"text": "x" * 200_001})
    assert too_long.status_code == 400


def test_the_writing_endpoints_are_for_editors_only(client, user, staff_user):
    for url in ("/admin/editorial/markdown-preview/", "/admin/editorial/content-search/?q=ab"):
        assert client.get(url).status_code == 302  # to the login page
    client.force_login(staff_user)
    assert client.post("/admin/editorial/markdown-preview/", {"text": "x"}).status_code == 403
    assert client.get("/admin/editorial/content-search/?q=ab").status_code == 403


def test_content_search_finds_items_to_link_to(writer_client):
    factories.ArticleFactory(title="The armistice line", slug="line")
    factories.AllianceFactory(name="Armistice commission", draft=True)
    results = writer_client.get("/admin/editorial/content-search/", {"q": "armistice"}).json()
    found = {(r["title"], r["url"], r["status"]) for r in results["results"]}
    assert ("The armistice line", "/articles/line/", "Published") in found
    assert any(r["status"] == "Draft" for r in results["results"])
    assert writer_client.get("/admin/editorial/content-search/", {"q": "a"}).json() == {
        "results": []
    }
    images = writer_client.get(
        "/admin/editorial/content-search/", {"q": "armistice", "kind": "image"}
    )
    assert images.json() == {"results": []}


def test_the_body_gets_the_writing_view(writer_client):
    article = factories.ArticleFactory(draft=True)
    page = writer_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert 'data-markdown-editor="1"' in page
    assert 'data-preview-url="/admin/editorial/markdown-preview/"' in page
    assert "/static/editorial/markdown-editor.js" in page
    assert 'data-autosave-key="articles.article:' in page


def test_form_data_helper_still_posts_the_whole_form(publisher_client):
    """The workspace's extra hidden fields (base, clashing) travel with every form."""
    alliance = factories.AllianceFactory(draft=True)
    data = form_data(publisher_client.get(admin_url(Alliance, "change", alliance.pk)))
    assert {"version", "base", "clashing"} <= set(data)


def test_the_history_says_a_change_is_proposed(publisher_client, writer):
    article = factories.ArticleFactory(title="Live")
    article_services.article_update(article=article, user=writer, fields={"title": "X"})
    page = publisher_client.get(admin_url(Article, "history", article.pk)).content.decode()
    assert "wanda-writer proposed a change" in page
    assert admin_url(Article, "pending", article.pk) in page


def test_a_proposal_previews_as_readers_would_see_it(writer_client, client, writer):
    article = factories.ArticleFactory(title="Live title", slug="live")
    article_services.article_update(
        article=article, user=writer, fields={"title": "Proposed title", "body": "## New\n\nText."}
    )
    url = admin_url(Article, "pending_preview", article.pk)
    preview = writer_client.get(url)
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "Proposed title" in page and '<h2 id="new">New</h2>' in page
    assert "Proposed change by wanda-writer, not yet published" in page
    assert preview["X-Robots-Tag"] == "noindex" and "no-cache" in preview["Cache-Control"]
    assert client.get(url).status_code == 302  # the admin login
    assert "Proposed title" not in client.get("/articles/live/").content.decode()
