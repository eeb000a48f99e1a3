"""What only a browser shows of the teaching features: a glossary term's definition appears on
hover and on keyboard focus with JavaScript off, and an article prints with its questions,
citations and key terms but without navigation or tooltips."""

import pytest

pytestmark = pytest.mark.browser


def test_a_glossary_definition_shows_on_focus_and_hover_without_javascript(
    browser, live_server, world
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(live_server.url + world["article"].get_absolute_url())
    term = page.locator("a.term").first
    tip = page.locator(".term__tip").first
    assert term.inner_text() == "demilitarized zone"
    assert tip.bounding_box()["height"] <= 1  # hidden until asked for
    term.focus()
    assert tip.bounding_box()["height"] > 20
    assert "withdrew two kilometres" in tip.inner_text()
    assert term.get_attribute("aria-describedby") == tip.get_attribute("id")
    page.locator("h1").hover()
    page.locator("body").click(position={"x": 5, "y": 5})
    assert tip.bounding_box()["height"] <= 1
    term.hover()
    assert tip.bounding_box()["height"] > 20
    context.close()


def test_an_article_prints_with_questions_citations_and_key_terms(page, live_server, world):
    page.goto(live_server.url + world["article"].get_absolute_url())
    page.emulate_media(media="print")
    for hidden in (".site-header", ".site-footer", ".toc", ".term__tip", ".cite-this__downloads"):
        assert not page.locator(hidden).first.is_visible(), hidden
    for shown in ("#teachers-heading", ".footnotes", "#terms-heading", "#cite-heading"):
        assert page.locator(shown).first.is_visible(), shown
    assert "What does the preamble say the terms are?" in page.inner_text(".for-teachers")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
