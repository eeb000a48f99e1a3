"""Every page type at phone and desktop widths: no horizontal overflow, and no serious or
critical axe-core violations."""

import re

import pytest
from playwright.sync_api import expect

from armistice_site import named_choice
from tests.browser.conftest import serious_axe_violations

pytestmark = pytest.mark.browser

WIDTHS = {"phone": (360, 740), "desktop": (1280, 900)}


def page_urls(world) -> dict[str, str]:
    return {
        "home": "/",
        "articles": "/articles/",
        "article": world["article"].get_absolute_url(),
        "topic": world["topic"].get_absolute_url(),
        "tag": world["tag"].get_absolute_url(),
        "alliances": "/alliances/?kind=armistice",
        "alliance": world["alliance"].get_absolute_url(),
        "country": world["country"].get_absolute_url(),
        "timeline": "/timeline/",
        "event": world["event"].get_absolute_url(),
        "curated": world["timeline"].get_absolute_url(),
        "search": "/search/?q=armistice",
        "search-junk": "/search/?q=%27%3B--",
        "filter-error": "/timeline/?start=99999&country=atlantis",
        "not-found": "/no/such/page/",
        "documents": "/documents/",
        "document": world["document"].get_absolute_url(),
        "glossary": "/glossary/",
        "term": world["term"].get_absolute_url(),
        "sources": "/sources/",
        "source": world["article"].sources.first().get_absolute_url(),
        "corrections": "/corrections/",
        "person": world["article"].authors.first().get_absolute_url(),
    }


def test_no_horizontal_overflow_at_phone_and_desktop_widths(
    page, live_server, world, screenshot_dir
):
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for name, url in page_urls(world).items():
            page.goto(live_server.url + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            page.screenshot(path=screenshot_dir / f"{name}-{width_name}.png", full_page=True)
            assert overflow <= 0, f"{name} overflows by {overflow}px at {width}px"
            assert page.evaluate("getComputedStyle(document.body).fontFamily")
    assert (screenshot_dir / "article-phone.png").stat().st_size > 10_000


def test_axe_finds_no_serious_or_critical_violations(page, live_server, world):
    problems = {}
    for name, url in page_urls(world).items():
        page.goto(live_server.url + url)
        serious = serious_axe_violations(page)
        if serious:
            problems[name] = serious
    assert problems == {}


def filter_the_timeline_without_javascript(browser, live_server, choose, query: str):
    """The timeline filtered through its form by a phone without JavaScript: ``choose(page)``
    sets the filter, "Apply filters" submits it, and the filtered page (its address holds
    ``query``) is returned once it is there. The click does not wait for the page it opens:
    ``expect`` does, where a plain count could read a page still arriving (as one CI run
    did)."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/timeline/")
    choose(page)
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(query))
    return page


def test_pages_work_without_javascript(browser, live_server, world):
    page = filter_the_timeline_without_javascript(
        browser,
        live_server,
        lambda page: page.get_by_label("Country").select_option("sweden"),
        r"country=sweden",
    )
    expect(page.locator(".timeline__event")).to_have_count(1)
    page.context.close()


def test_the_alliance_name_box_works_without_javascript_and_passes_axe(
    browser, page, live_server, world, monkeypatch
):
    """With more alliances than a menu should list, the timeline's alliance filter is a text
    box (armistice_site/named_choice.py); a reader types a short name and gets its events."""
    monkeypatch.setattr(named_choice, "MOST_LISTED", 0)
    plain = filter_the_timeline_without_javascript(
        browser,
        live_server,
        lambda page: page.get_by_label("Alliance").fill("nnsc"),
        r"alliance=nnsc",
    )
    expect(plain.locator(".timeline__event")).to_have_count(1)
    expect(plain.get_by_label("Alliance")).to_have_value("nnsc")
    assert plain.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    plain.context.close()

    page.goto(live_server.url + "/timeline/?alliance=commission")
    assert serious_axe_violations(page) == []
