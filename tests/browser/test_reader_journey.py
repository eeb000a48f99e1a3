"""A reader's path through the site in a real browser, by links and forms only."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reader_journey_from_home_to_search_and_back(page, live_server, world):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("How wars pause")

    page.get_by_role("link", name="How the Korean Armistice was signed").first.click()
    expect(page).to_have_url(re.compile(r"/articles/korean-armistice/$"))
    expect(page.get_by_text("AI-generated content.")).to_be_visible()
    page.get_by_role("navigation", name="Contents").get_by_role("link", name="Prisoners").click()
    expect(page).to_have_url(re.compile(r"#prisoners$"))

    page.get_by_role("link", name="The Neutral Nations Supervisory Commission").click()
    expect(page).to_have_url(re.compile(r"/articles/nnsc/$"))

    page.get_by_role("link", name="Neutral Nations Supervisory Commission (NNSC)").click()
    expect(page).to_have_url(re.compile(r"/alliances/nnsc-commission/$"))
    expect(page.locator("svg.chart__svg rect.chart__bar")).to_have_count(4)

    page.get_by_role("link", name="Sweden").click()
    expect(page).to_have_url(re.compile(r"/countries/sweden/$"))

    page.get_by_role("link", name="See Sweden on the timeline").click()
    expect(page).to_have_url(re.compile(r"/timeline/\?country=sweden$"))
    expect(page.get_by_label("Country")).to_have_value("sweden")
    expect(page.locator(".timeline__event")).to_have_count(1)
    expect(page.get_by_role("heading", name="Armistice signed at Panmunjom")).to_be_visible()

    page.get_by_label("Category").select_option("treaty")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"country=sweden.*category=treaty"))

    page.get_by_role("searchbox", name="Search the site").fill("Panmunjom")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=Panmunjom$"))
    results = page.locator(".search-hit")
    expect(results.first).to_be_visible()
    expect(page.locator("mark").first).to_have_text(re.compile("Panmunjom", re.IGNORECASE))
    expect(page.get_by_text("Secret draft")).to_have_count(0)

    page.go_back()
    expect(page).to_have_url(re.compile(r"/timeline/\?.*country=sweden.*&category=treaty$"))
    expect(page.get_by_label("Category")).to_have_value("treaty")


def test_keyboard_reaches_main_content_through_the_skip_link(page, live_server, world):
    page.goto(live_server.url + world["article"].get_absolute_url())
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-64px", (
        "the skip link becomes visible when focused"
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focused links are visibly marked"
