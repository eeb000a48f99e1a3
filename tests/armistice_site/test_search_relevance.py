"""The relevance set: what a reader types, and what must come first, written from the demo
content. Most are names, acronyms and titles a reader knows ("NATO", "the DMZ", "Incheon
landing"); the rest are topics whose one obvious page must lead. The demo content is loaded
once for the module; each query is asked of the website's search and of the API, which must
agree."""

import datetime

import pytest

from armistice_site.site_search import run_search
from demo.loader import demo_load

NOW = datetime.datetime(2026, 11, 25, 9, 30, tzinfo=datetime.UTC)

RELEVANCE = [
    # Acronyms and short names: the item that bears them.
    ("NATO", "alliance", "nato"),
    ("nato", "alliance", "nato"),
    ("DMZ", "article", "korean-armistice-and-the-dmz"),
    ("the DMZ", "article", "korean-armistice-and-the-dmz"),
    ("SEATO", "alliance", "seato"),
    ("CENTO", "alliance", "cento"),
    ("CSTO", "alliance", "csto"),
    ("ANZUS", "alliance", "anzus"),
    ("UNC", "alliance", "united-nations-command"),
    ("CFC", "alliance", "rok-us-combined-forces-command"),
    ("Warsaw Pact", "alliance", "warsaw-pact"),
    # A name in parentheses counts as a name.
    ("Baghdad Pact", "alliance", "cento"),
    ("Central Treaty Organization", "alliance", "cento"),
    # Full names and titles, in any case and with or without small words.
    ("North Atlantic Treaty Organization", "alliance", "nato"),
    ("collective security treaty organization", "alliance", "csto"),
    ("Budapest Memorandum", "alliance", "budapest-memorandum"),
    ("Korean Armistice Agreement", "alliance", "korean-armistice-agreement"),
    ("The North Atlantic Treaty", "document", "north-atlantic-treaty-1949"),
    (
        "Agreement Concerning a Military Armistice in Korea",
        "document",
        "korean-armistice-agreement-1953",
    ),
    ("Incheon landing", "event", "incheon-landing"),
    ("Operation Big Switch", "event", "operation-big-switch"),
    ("Operation Little Switch", "event", "operation-little-switch"),
    ("Blue House raid", "event", "blue-house-raid"),
    ("The Korean War", "event", "korean-war"),
    ("Panmunjom summit", "event", "panmunjom-summit-2018"),
    ("Joint Security Area", "glossaryterm", "joint-security-area"),
    ("military demarcation line", "glossaryterm", "military-demarcation-line"),
    ("Neutral Nations Supervisory Commission", "glossaryterm", "nnsc"),
    ("non-aggression pact", "glossaryterm", "non-aggression-pact"),
    ("Ratification", "glossaryterm", "ratification"),
    (
        "Alliances on both sides of the Korean peninsula",
        "article",
        "alliances-on-the-korean-peninsula",
    ),
    ("United Nations Command in Korea", "article", "united-nations-command-in-korea"),
    # Words from a title, not all of it: the page about them.
    ("NATO and the Warsaw Pact", "article", "nato-and-the-warsaw-pact"),
    ("Cold War blocs", "article", "nato-and-the-warsaw-pact"),
    ("Chosin Reservoir", "event", "chosin-reservoir"),
    ("USS Pueblo", "event", "uss-pueblo-seized"),
    ("Cheonan", "event", "cheonan-sinking"),
    ("MacArthur relieved", "event", "macarthur-relieved"),
    ("security assurances, not guarantees", "article", "budapest-memorandum-security-assurances"),
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo_load(now=NOW)
        yield
        from django.core.management import call_command

        call_command("flush", interactive=False, verbosity=0)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "kind", "slug"), RELEVANCE, ids=[q for q, *_ in RELEVANCE])
def test_the_obvious_item_comes_first(demo, api_client, query, kind, slug):
    [first] = run_search(query)[0:1]
    assert (first.type, first.slug) == (kind, slug)

    response = api_client.get("/api/v1/search/", {"q": query})
    assert response.status_code == 200
    top = response.json()["results"][0]
    assert (top["type"], top["slug"]) == (kind, slug)


@pytest.mark.django_db
def test_an_exact_title_of_a_scheduled_article_finds_nothing_of_it(demo):
    hits = run_search("Panmunjom, the Truce Village")[0:20]
    assert "panmunjom-truce-village" not in {hit.slug for hit in hits}


def test_the_set_is_large_enough_and_covers_every_searchable_type():
    assert len(RELEVANCE) >= 25
    assert {kind for _, kind, _ in RELEVANCE} >= {
        "article",
        "alliance",
        "event",
        "glossaryterm",
        "document",
    }
