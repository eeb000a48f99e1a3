"""The interactive timeline on a curated timeline page: drawn by the self-hosted TimelineJS from
the site's own TimelineJS export, under the real Content Security Policy (this context does not
bypass it), fetching nothing from elsewhere; the server-rendered list stays for readers
without JavaScript."""

import pytest

from tests.browser.conftest import serious_axe_violations

INTERACTIVE = "#timeline-interactive .tl-timeline"


def watch(page, origin: str) -> dict[str, list[str]]:
    """Console errors and warnings (a CSP violation is reported there), uncaught errors, and
    every address the page asks for outside the site."""
    seen: dict[str, list[str]] = {"console": [], "errors": [], "elsewhere": []}
    page.on(
        "console",
        lambda message: (
            seen["console"].append(f"{message.type}: {message.text}")
            if message.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((origin, "data:", "blob:"))
            else seen["elsewhere"].append(request.url)
        ),
    )
    return seen


@pytest.mark.parametrize("width", [1280, 360])
def test_the_interactive_timeline_shows_its_events_within_the_csp(
    browser, live_server, world, screenshot_dir, width
):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    seen = watch(page, live_server.url)

    response = page.goto(live_server.url + world["timeline"].get_absolute_url())
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.locator(INTERACTIVE).wait_for(state="visible")
    markers = page.locator(".tl-timemarker .tl-headline")
    assert markers.count() == 2
    assert "War begins" in markers.first.inner_text()
    # It opens on the first event (the title slide would repeat the page's heading).
    page.get_by_text("North Korean forces cross the 38th parallel").first.wait_for(state="visible")
    assert page.get_by_role("heading", name="War begins").first.is_visible()

    # Keyboard: the next event.
    page.locator(".tl-slidenav-next").first.focus()
    page.keyboard.press("Enter")
    page.get_by_text("the guns fall silent at 22:00").first.wait_for(state="visible")

    # The server-rendered list is still there, below, as the text version.
    assert page.locator(".timeline--curated .timeline__event").count() == 2
    page.screenshot(path=str(screenshot_dir / f"timeline-interactive-{width}.png"))
    assert seen == {"console": [], "errors": [], "elsewhere": []}
    context.close()


def test_axe_passes_with_the_interactive_timeline(page, live_server, world):
    page.goto(live_server.url + world["timeline"].get_absolute_url())
    page.locator(INTERACTIVE).wait_for(state="visible")
    serious = serious_axe_violations(page)
    assert serious == [], "\n".join(serious)


def test_without_javascript_the_list_is_the_timeline(browser, live_server, world):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + world["timeline"].get_absolute_url())
    assert page.locator("#timeline-interactive").is_hidden()
    events = page.locator(".timeline--curated .timeline__event")
    assert events.count() == 2
    assert "War begins" in events.first.inner_text()
    context.close()
