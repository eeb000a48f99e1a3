"""Every page type at phone and desktop widths: no horizontal overflow, and no serious or
critical axe-core violations."""

import re

import pytest
from playwright.sync_api import expect

from armistice_site import named_choice
from tests.browser.conftest import AXE

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
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document)")
        serious = [
            f"{violation['id']}: {violation['help']} "
            f"({', '.join(node['target'][0] for node in violation['nodes'][:3])})"
            for violation in result["violations"]
            if violation["impact"] in ("serious", "critical")
        ]
        if serious:
            problems[name] = serious
        assert result["passes"], name
    assert problems == {}


def test_pages_work_without_javascript(browser, live_server, world):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/timeline/")
    page.get_by_label("Country").select_option("sweden")
    page.get_by_role("button", name="Apply filters").click()
    # The click does not wait for the filtered page to load: ``expect`` waits for it, where
    # a plain count could read a page still arriving (as one CI run did).
    expect(page).to_have_url(re.compile(r"country=sweden"))
    expect(page.locator(".timeline__event")).to_have_count(1)
    context.close()


def test_the_alliance_name_box_works_without_javascript_and_passes_axe(
    browser, page, live_server, world, monkeypatch
):
    """With more alliances than a menu should list, the timeline's alliance filter is a text
    box (armistice_site/named_choice.py); a reader types a short name and gets its events."""
    monkeypatch.setattr(named_choice, "MOST_LISTED", 0)
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + "/timeline/")
    plain.get_by_label("Alliance").fill("nnsc")
    plain.get_by_role("button", name="Apply filters").click()
    expect(plain).to_have_url(re.compile(r"alliance=nnsc"))
    expect(plain.locator(".timeline__event")).to_have_count(1)
    expect(plain.get_by_label("Alliance")).to_have_value("nnsc")
    context.close()

    page.goto(live_server.url + "/timeline/?alliance=commission")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    assert [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")] == []
