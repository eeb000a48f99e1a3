"""A library image shown in an article body by ``[[image:slug]]``: the browser loads a real
rendition (WebP, chosen from the srcset), lazily, under the site's CSP, with its caption,
credit and licence beneath it, at 1280 and 360 px."""

import pytest
from django.core.files.base import ContentFile

from tests import factories


@pytest.mark.parametrize("width", [1280, 360])
def test_a_figure_with_credit_loads_its_image(browser, live_server, world, screenshot_dir, width):
    factories.ImageFactory(
        slug="dmz-band",
        file=ContentFile(factories.png_bytes((1600, 900)), name="dmz-band.png"),
        caption="The zone, drawn by the editors.",
    )
    article = factories.ArticleFactory(
        slug="the-zone", body="## The zone\n\nA buffer.\n\n[[image:dmz-band]]\n\nAfter it."
    )
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))

    page.goto(live_server.url + article.get_absolute_url())
    image = page.locator("figure#image-dmz-band img")
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const i = document.querySelector('figure#image-dmz-band img');"
        " return i.complete && i.naturalWidth > 0; }"
    )
    assert image.evaluate("i => i.currentSrc").endswith(".webp")
    assert image.get_attribute("alt") == "A white band across a navy field"
    assert image.bounding_box()["width"] <= width
    caption = page.locator("figure#image-dmz-band figcaption").inner_text()
    assert "The zone, drawn by the editors." in caption
    assert "Credit: Diagram: Armistice editors · Licence: CC BY 4.0" in caption
    assert page.locator("figcaption a").get_attribute("href") == "https://example.org/diagrams/band"
    assert failed == []
    page.locator("figure#image-dmz-band").screenshot(path=screenshot_dir / f"figure-{width}.png")
    context.close()
