"""One headless chromium per session, driven by Playwright's sync API against pytest-django's
live server. Debian's chromium is used because Playwright cannot download browsers here."""

import datetime
import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from alliances.models import Membership
from tests import factories

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run inside
# one unless told that this test-only use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def serious_axe_violations(page) -> list[str]:
    """axe-core run on the page as it is: its serious and critical violations, each with up to
    three of the elements it found. Also checks that axe ran checks at all."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    assert result["passes"], page.url
    return [
        f"{violation['id']}: {violation['help']} "
        f"({', '.join(node['target'][0] for node in violation['nodes'][:3])})"
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized tab. ``bypass_csp`` only lets the test inject axe-core; the
    pages themselves never need inline script."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


RESULTS = Path(
    os.environ.get("TEST_RESULTS_DIR", Path(__file__).resolve().parents[2] / "test-results")
)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """The test run's output folder (``test-results/screenshots``, ignored by git): every
    screenshot a browser test takes, at 1280 px unless it says otherwise."""
    folder = RESULTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def world(transactional_db) -> dict:
    """A small, linked site: article → see-also article → alliance → country → events, with a
    primary document, a glossary term, a reviewer and a correction."""
    topic = factories.TopicFactory(name="Korean War", slug="korean-war")
    tag = factories.TagFactory(name="Armistice", slug="armistice")
    source = factories.SourceFactory(
        title="Korean War Armistice Agreement", author="United Nations Command"
    )
    document = factories.DocumentFactory(
        title="Agreement Concerning a Military Armistice in Korea",
        slug="armistice-agreement",
        body="## Preamble\n\nThe undersigned … agree to accept the conditions and terms.",
        text_note="The preamble only; the rest is not transcribed here.",
    )
    term = factories.GlossaryTermFactory(
        term="Demilitarized Zone",
        slug="demilitarized-zone",
        also_matches="demilitarized zone, DMZ",
        short_definition="The buffer zone from which both armies withdrew two kilometres.",
        body="A buffer zone.[^1]\n\n[^1]: [[document:armistice-agreement]], Article I.",
    )
    see_also = factories.ArticleFactory(
        title="The Neutral Nations Supervisory Commission",
        slug="nnsc",
        topic=topic,
        summary="Four neutral states watched the truce from 1953 onwards.",
        body="## Members\n\nSweden, Switzerland, Poland and Czechoslovakia.\n\n"
        "## Work\n\nInspections at ports of entry.",
        sources=[source],
    )
    article = factories.ArticleFactory(
        title="How the Korean Armistice was signed",
        slug="korean-armistice",
        topic=topic,
        featured=True,
        summary="On 27 July 1953 the fighting stopped along a line that still divides Korea.",
        body="## Background\n\nTwo years of talks at Kaesong and Panmunjom.[^1]\n\n"
        "## The agreement\n\nA demarcation line and a demilitarized zone four kilometres wide.\n\n"
        "### Prisoners\n\nRepatriation was the hardest question.\n\n"
        "[^1]: [[document:armistice-agreement]], Preamble.",
        authors=["Jane Historian"],
        ai_generated=True,
        disclosure="A first draft was written with an AI model from an editor's outline.",
        sources=[source],
    )
    article.tags.add(tag)
    article.see_also.add(see_also)
    article.documents.add(document)
    article.level, article.audience = "introductory", "secondary"
    article.learning_objectives = "Explain what the armistice set up."
    article.save()
    factories.QuestionFactory(
        article=article,
        kind="source",
        document=document,
        locator="Preamble",
        text="What does the preamble say the terms are?",
    )
    factories.CorrectionFactory(article=article)
    from articles.services import article_update

    article_update(article=article, user=None, fields={}, glossary_terms=[term])
    alliance = factories.AllianceFactory(
        name="Neutral Nations Supervisory Commission",
        short_name="NNSC",
        slug="nnsc-commission",
        kind="armistice",
        summary="The commission created by the armistice to supervise it.",
        signed_on=datetime.date(1953, 7, 27),
    )
    alliance.articles.add(see_also)
    alliance.documents.add(document)
    sweden = factories.CountryFactory(name="Sweden", slug="sweden", iso3="SWE")
    for name, slug, iso3, left in [
        ("Switzerland", "switzerland", "CHE", None),
        ("Poland", "poland", "POL", datetime.date(1995, 2, 28)),
        ("Czechoslovakia", "czechoslovakia", "CSK", datetime.date(1993, 1, 1)),
    ]:
        factories.MembershipFactory(
            alliance=alliance,
            country=factories.CountryFactory(name=name, slug=slug, iso3=iso3),
            joined_on=datetime.date(1953, 7, 27),
            left_on=left,
        )
    factories.MembershipFactory(
        alliance=alliance,
        country=sweden,
        joined_on=datetime.date(1953, 7, 27),
        role=Membership.Role.FOUNDING,
    )
    signing = factories.EventFactory(
        title="Armistice signed at Panmunjom",
        slug="armistice-signed",
        start_date=datetime.date(1953, 7, 27),
        importance=5,
        location_name="Panmunjom",
        summary="The armistice agreement is signed and the guns fall silent at 22:00.",
    )
    signing.countries.add(sweden)
    signing.articles.add(article)
    signing.alliances.add(alliance)
    other = factories.EventFactory(
        title="War begins",
        slug="war-begins",
        start_date=datetime.date(1950, 6, 25),
        category="military",
        importance=5,
        summary="North Korean forces cross the 38th parallel.",
    )
    timeline = factories.TimelineFactory(title="The Korean War, 1950–1953", slug="korean-war")
    factories.TimelineEntryFactory(timeline=timeline, event=other, position=1)
    factories.TimelineEntryFactory(timeline=timeline, event=signing, position=2)
    factories.ArticleFactory(title="Secret draft about Panmunjom", draft=True)
    return {
        "document": document,
        "term": term,
        "article": article,
        "see_also": see_also,
        "alliance": alliance,
        "country": sweden,
        "event": signing,
        "timeline": timeline,
        "topic": topic,
        "tag": tag,
    }
