"""Editors' journeys in a real browser at 1280 px, each step photographed under the test run's
output folder (test-results/screenshots/): a writer proposes a new member of a published
alliance, a publisher finds it on the dashboard, compares and publishes it, and readers see
it; unsaved text survives a reload; a conflict keeps both editors' texts on one page; and the
dashboard, an edit form and the history page pass axe and the strict CSP."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from alliances.models import Membership
from articles.models import Article
from editorial.models import PendingRevision
from editorial.roles import ADMIN, PUBLISHER, WRITER, setup_roles
from tests import factories
from tests.browser.conftest import serious_axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "pw-browser-12345"


@pytest.fixture
def editors(transactional_db, django_user_model) -> dict:
    setup_roles()
    people = {}
    for name, group in (("wanda", WRITER), ("pablo", PUBLISHER), ("ada", ADMIN)):
        user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        people[name] = user
    return people


def sign_in(page, live_server, username: str) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()


def sign_out(page) -> None:
    page.get_by_role("button", name="Log out").click()


def shot(page, folder, name: str) -> None:
    page.screenshot(path=folder / f"{name}.png", full_page=True)


def test_a_writer_s_new_member_is_reviewed_published_and_read(
    page, browser, live_server, world, editors, screenshot_dir
):
    alliance = world["alliance"]
    alliance.sources.add(factories.SourceFactory(title="Armistice Agreement, Article 37"))
    factories.CountryFactory(name="India", slug="india", iso3="IND")
    members_before = Membership.objects.filter(alliance=alliance).count()

    sign_in(page, live_server, "wanda")
    page.goto(live_server.url + f"/admin/alliances/alliance/{alliance.pk}/change/")
    expect(page.get_by_text("Your changes are saved as a proposal")).to_be_visible()
    page.get_by_role("tab", name="Memberships").click()
    row = page.locator("tr.form-row:not(.has_original):not(.empty-form)").first
    row.locator(".select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Ind")
    page.locator(".select2-results__option", has_text="India").click()
    row.locator("select[name$='-role']").select_option("observer")
    row.locator("input[name$='-joined_on']").fill("1953-09-09")
    shot(page, screenshot_dir, "journey-1-writer-proposes-a-member")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.get_by_text("Saved as a proposed change")).to_be_visible()
    shot(page, screenshot_dir, "journey-2-proposal-saved")
    assert Membership.objects.filter(alliance=alliance).count() == members_before
    sign_out(page)

    sign_in(page, live_server, "pablo")
    panel = page.locator("#panel-proposals")
    expect(panel.get_by_role("link", name=str(alliance))).to_be_visible()
    shot(page, screenshot_dir, "journey-3-publisher-dashboard")
    panel.get_by_role("link", name=str(alliance)).click()
    page.get_by_role("link", name="Review and publish…").click()
    expect(page.get_by_text("added: India (Observer, 1953-09-09–)")).to_be_visible()
    shot(page, screenshot_dir, "journey-4-publisher-compares")
    page.get_by_role("button", name="Publish the proposed change").click()
    expect(page.get_by_text("Published the proposed change")).to_be_visible()
    shot(page, screenshot_dir, "journey-5-published")
    assert not PendingRevision.objects.exists()

    reader = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    reader.goto(live_server.url + alliance.get_absolute_url())
    expect(reader.get_by_role("link", name="India")).to_be_visible()
    reader.screenshot(path=screenshot_dir / "journey-6-readers-see-it.png", full_page=True)
    reader.context.close()


def test_a_writer_s_unsaved_text_survives_a_reload(
    page, live_server, world, editors, screenshot_dir
):
    draft = factories.ArticleFactory(draft=True, title="Draft about the DMZ", body="Saved text.")
    sign_in(page, live_server, "wanda")
    url = live_server.url + f"/admin/articles/article/{draft.pk}/change/"
    page.goto(url)
    body = page.locator("textarea[name=body]")
    body.click()
    body.press("End")
    body.type("\n\n## Unsaved section\n\nThe zone is four kilometres wide.")
    expect(page.locator(".md-preview h2", has_text="Unsaved section")).to_be_visible()
    expect(page.locator(".md-status")).to_contain_text("Unsaved text kept in this browser")
    expect(page.locator(".md-status")).to_contain_text("words · 1 min read")
    shot(page, screenshot_dir, "autosave-1-typing")

    page.reload()

    expect(page.get_by_text("Restored text you had not saved")).to_be_visible()
    expect(body).to_have_value(re.compile("The zone is four kilometres wide."))
    expect(page.locator(".md-preview h2", has_text="Unsaved section")).to_be_visible()
    shot(page, screenshot_dir, "autosave-2-restored-after-reload")
    assert Article.objects.get(pk=draft.pk).body == "Saved text."

    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()
    assert "four kilometres" in Article.objects.get(pk=draft.pk).body
    expect(page.get_by_text("Restored text you had not saved")).to_have_count(0)


def test_a_conflict_keeps_both_texts_on_one_page(
    browser, live_server, world, editors, screenshot_dir
):
    article = factories.ArticleFactory(draft=True, title="The armistice line", summary="Old.")
    url = live_server.url + f"/admin/articles/article/{article.pk}/change/"
    pages = {}
    for name in ("pablo", "ada"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pages[name] = context.new_page()
        sign_in(pages[name], live_server, name)
        pages[name].goto(url)
    first, second = pages["pablo"], pages["ada"]
    expect(second.get_by_text("pablo has been editing this since")).to_be_visible()

    first.get_by_label("Summary").fill("Pablo's summary of the line.")
    first.get_by_role("button", name="Save and continue editing").first.click()
    expect(first.get_by_text("was changed successfully")).to_be_visible()

    second.get_by_label("Summary").fill("Ada's summary, typed at the same time.")
    second.get_by_label("Title").fill("The military demarcation line")
    second.get_by_role("button", name="Save and continue editing").first.click()

    expect(second.get_by_role("heading", name="Changed by someone else too")).to_be_visible()
    beside = second.locator(".field-summary .errorlist")
    expect(beside).to_contain_text("pablo changed this too")  # next to the field
    assert second.url == url  # never navigated away from the typed text
    expect(second.locator(".conflict__theirs")).to_contain_text("Pablo's summary of the line.")
    expect(second.get_by_label("Summary")).to_have_value("Ada's summary, typed at the same time.")
    expect(second.get_by_label("Title")).to_have_value("The military demarcation line")
    shot(second, screenshot_dir, "conflict-1-both-versions")

    second.get_by_label("Mine (as in the form)").check()
    second.get_by_role("button", name="Save and continue editing").first.click()
    expect(second.get_by_text("was changed successfully")).to_be_visible()
    shot(second, screenshot_dir, "conflict-2-resolved")
    article.refresh_from_db()
    assert (article.title, article.summary) == (
        "The military demarcation line",
        "Ada's summary, typed at the same time.",
    )
    for opened in pages.values():
        opened.context.close()


def editor_pages(world) -> dict[str, str]:
    article = world["article"]
    return {
        "dashboard": "/admin/",
        "list": "/admin/articles/article/",
        "edit-form": f"/admin/articles/article/{article.pk}/change/",
        "event-form": f"/admin/timeline/event/{world['event'].pk}/change/",
        "history": f"/admin/articles/article/{article.pk}/history/",
    }


def test_editor_pages_pass_axe(page, live_server, world, editors, screenshot_dir):
    sign_in(page, live_server, "pablo")
    problems = {}
    for name, url in editor_pages(world).items():
        page.goto(live_server.url + url)
        serious = serious_axe_violations(page)
        if serious:
            problems[name] = serious
        shot(page, screenshot_dir, f"editor-{name}")
    assert problems == {}


def test_editor_pages_run_under_the_strict_csp(browser, live_server, world, editors):
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # CSP enforced
    page = context.new_page()
    violations, errors = [], []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, live_server, "pablo")
    for url in editor_pages(world).values():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    page.goto(live_server.url + f"/admin/articles/article/{world['article'].pk}/change/")
    expect(page.locator(".md-preview h2").first).to_be_visible()  # the script ran
    expect(page.get_by_role("tab", name="Provenance")).to_be_visible()
    context.close()
    assert violations == [] and errors == []


def test_editor_pages_fit_a_laptop_and_a_tablet(page, live_server, world, editors, screenshot_dir):
    sign_in(page, live_server, "wanda")
    overflowing = {}
    for width in (1280, 768):
        page.set_viewport_size({"width": width, "height": 1000})
        for name, url in editor_pages(world).items():
            page.goto(live_server.url + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            page.screenshot(path=screenshot_dir / f"editor-{name}-{width}.png")
            if overflow > 0:
                overflowing[f"{name} at {width}px"] = overflow
    assert overflowing == {}
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_server.url + "/admin/articles/article/")
    title = page.locator("#result_list th.field-title a").first
    assert title.bounding_box()["height"] < 60, "list titles wrap to three lines at most"
