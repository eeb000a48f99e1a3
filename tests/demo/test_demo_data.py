"""The demo articles, events and timelines as plain data: every reference resolves, the
contract shared with the loader's modules holds, and the key dates readers will check are right.

These tests read the data modules directly and need no database."""

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from armistice_site.markdown import render_markdown
from demo.data import alliances, articles, countries, documents, events, glossary, people, timelines

BODY_DIR = Path(articles.__file__).parent / "articles"

# The canonical slugs agreed with the loader's country and alliance modules (the contract).
CANONICAL_COUNTRIES = {
    "united-states", "canada", "colombia", "united-kingdom", "netherlands", "belgium",
    "luxembourg", "france", "portugal", "germany", "east-germany", "poland", "hungary",
    "czechoslovakia", "italy", "albania", "greece", "bulgaria", "romania", "soviet-union",
    "russia", "ukraine", "belarus", "armenia", "georgia", "azerbaijan", "norway", "denmark",
    "iceland", "ethiopia", "south-africa", "iran", "turkey", "iraq", "tajikistan", "kyrgyzstan",
    "uzbekistan", "kazakhstan", "china", "north-korea", "south-korea", "japan", "pakistan",
    "thailand", "philippines", "australia", "new-zealand",
}  # fmt: skip
CANONICAL_ALLIANCES = {
    "korean-armistice-agreement", "us-rok-mutual-defense-treaty", "sino-north-korean-treaty-1961",
    "soviet-north-korean-treaty-1961", "russia-dprk-comprehensive-strategic-partnership",
    "united-nations-command", "rok-us-combined-forces-command", "nato", "seato", "cento",
    "warsaw-pact", "csto", "budapest-memorandum", "anzus", "us-japan-security-treaty-1960",
}  # fmt: skip
CANONICAL_ARTICLES = {
    "korean-armistice-and-the-dmz": "The 1953 Korean Armistice and the Demilitarized Zone",
    "alliances-on-the-korean-peninsula": "Alliances on Both Sides of the Korean Peninsula",
    "central-treaty-organization": (
        "The Central Treaty Organization: A Historical Overview of Its Role in Military Alliances"
    ),
    "budapest-memorandum-security-assurances": (
        "The Budapest Memorandum: Security Assurances, Not Guarantees"
    ),
    "collective-security-treaty-organization": (
        "Understanding the Collective Security Treaty Organization in Global Military Alliances"
    ),
    "nato-and-the-warsaw-pact": "NATO and the Warsaw Pact: Two Cold War Blocs",
    "united-nations-command-in-korea": "The United Nations Command in Korea",
}
CANONICAL_TIMELINES = {
    "korean-war-1950-1953": "The Korean War, 1950–1953",
    "inter-korean-relations-since-1953": "Inter-Korean relations since 1953",
}
SOURCE_KINDS = {"primary", "book", "journal", "news", "web"}
EVENT_CATEGORIES = {"military", "diplomatic", "political", "treaty"}

ARTICLES = {article["slug"]: article for article in articles.ARTICLES}
EVENTS = {event["slug"]: event for event in events.EVENTS}
SOURCES = {
    source["slug"]: source
    for module in (countries, alliances, articles, events, documents, glossary)
    for source in module.SOURCES
}
DOCUMENTS = {document["slug"]: document for document in documents.DOCUMENTS}
TERMS = {term["slug"]: term for term in glossary.TERMS}
PEOPLE = {person["slug"]: person for person in people.PEOPLE}


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _body(article: dict) -> str:
    return (BODY_DIR / article["body_file"]).read_text(encoding="utf-8")


def _prose_words(markdown: str) -> int:
    """Words a reader reads: link targets and table rules are not prose."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text))


def test_slugs_are_unique_within_each_kind():
    for items in (
        articles.ARTICLES,
        articles.TOPICS,
        articles.TAGS,
        articles.SOURCES + events.SOURCES,
        events.EVENTS,
        timelines.TIMELINES,
    ):
        slugs = [item["slug"] for item in items]
        assert len(slugs) == len(set(slugs)), sorted(s for s in slugs if slugs.count(s) > 1)


def test_article_references_resolve():
    topics = {topic["slug"] for topic in articles.TOPICS}
    tags = {tag["slug"] for tag in articles.TAGS}
    for slug, article in ARTICLES.items():
        assert article["topic"] in topics, slug
        assert set(article["tags"]) <= tags, slug
        assert set(article["sources"]) <= SOURCES.keys(), slug
        assert set(article["see_also"]) <= ARTICLES.keys(), slug
        assert slug not in article["see_also"], f"{slug} lists itself under see also"


def test_event_and_timeline_references_resolve():
    for slug, event in EVENTS.items():
        assert set(event["articles"]) <= ARTICLES.keys(), slug
        assert set(event["sources"]) <= SOURCES.keys(), slug
        assert set(event["countries"]) <= CANONICAL_COUNTRIES, slug
        assert set(event["alliances"]) <= CANONICAL_ALLIANCES, slug
    for timeline in timelines.TIMELINES:
        assert set(timeline["events"]) <= EVENTS.keys(), timeline["slug"]
        assert len(timeline["events"]) == len(set(timeline["events"])), timeline["slug"]


def test_the_nine_canonical_articles_with_their_titles_and_visibility():
    assert {slug: ARTICLES[slug]["title"] for slug in CANONICAL_ARTICLES} == CANONICAL_ARTICLES
    published = [a for a in articles.ARTICLES if a["status"] == "published" and not a["publish_at"]]
    assert {a["slug"] for a in published} == CANONICAL_ARTICLES.keys()
    assert ARTICLES["seato-collective-defence"]["status"] == "draft"
    scheduled = ARTICLES["panmunjom-truce-village"]
    assert (scheduled["status"], scheduled["publish_at"]) == ("published", "next-anniversary")
    assert 2 <= sum(a["featured"] for a in published) <= 3


def test_articles_disclose_ai_drafting_name_people_and_leave_the_status_to_the_site():
    """The disclosure says how AI was used and nothing about checking: the site composes the
    fact-check sentence from the status, reviewer and date, so the two cannot disagree."""
    for slug, article in ARTICLES.items():
        assert article["ai_generated"] is True, slug
        assert "AI" in article["disclosure"], slug
        assert not re.search(r"check|verif|review", article["disclosure"], re.I), slug
        assert article["fact_check_status"] == "checked", slug
        assert article["reviewer"] in PEOPLE and article["last_reviewed_on"], slug
        assert article["authors"] and set(article["authors"]) <= PEOPLE.keys(), slug
    for person in PEOPLE.values():
        assert "fictional" in person["bio"].lower(), "demo personas say they are personas"


def test_summaries_are_short_plain_sentences():
    for item in articles.ARTICLES + events.EVENTS:
        summary = item["summary"]
        assert 0 < len(summary) <= 300, item["slug"]
        assert summary.rstrip().endswith("."), item["slug"]
        assert not re.search(r"[#*\[\]`]", summary), f"{item['slug']}: summary has Markdown"


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_body_is_a_headed_markdown_page_of_600_to_1200_words(slug):
    body = _body(ARTICLES[slug])
    assert re.search(r"^## \S", body, re.MULTILINE), "needs ## headings"
    assert not re.search(r"^# ", body, re.MULTILINE), "the title is the page's only h1"
    assert 600 <= _prose_words(body) <= 1200


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_body_renders_with_contents_footnotes_and_working_internal_links(slug):
    body = _body(ARTICLES[slug])
    rendered = render_markdown(body)
    assert len(rendered.toc) >= 3
    assert 'class="footnotes"' in rendered.html
    assert "<ol" in rendered.html
    for kind, target in re.findall(r"\]\(/(articles|alliances|countries)/([a-z0-9-]+)/\)", body):
        known = {
            "articles": ARTICLES.keys(),
            "alliances": CANONICAL_ALLIANCES,
            "countries": CANONICAL_COUNTRIES,
        }[kind]
        assert target in known, f"/{kind}/{target}/"


def test_public_articles_link_only_to_articles_readers_can_open():
    public = {
        slug for slug, a in ARTICLES.items() if a["status"] == "published" and not a["publish_at"]
    }
    for slug in public:
        linked = set(re.findall(r"\]\(/articles/([a-z0-9-]+)/\)", _body(ARTICLES[slug])))
        assert linked <= public, f"{slug} links to unpublished {sorted(linked - public)}"


def test_articles_with_tables_where_they_help():
    with_tables = [
        slug for slug, a in ARTICLES.items() if "<table>" in render_markdown(_body(a)).html
    ]
    assert len(with_tables) >= 6


def test_every_item_cites_a_source_and_every_source_is_citable():
    for item in articles.ARTICLES + events.EVENTS:
        assert item["sources"], item["slug"]
    for slug, source in SOURCES.items():
        assert source["title"].strip(), slug
        assert source["kind"] in SOURCE_KINDS, slug
        url = source["url"]
        if url:
            parts = urlsplit(url)
            assert parts.scheme in {"http", "https"} and parts.netloc, slug
        else:
            assert source["publisher"].strip(), f"{slug} has neither URL nor publisher"
        for field in ("published_on", "accessed_on"):
            if source[field]:
                _date(source[field])


def test_events_cover_1945_to_2024_with_honest_precision():
    assert len(events.EVENTS) >= 45
    starts = [_date(event["start_date"]) for event in events.EVENTS]
    assert min(starts).year == 1945
    assert max(starts).year == 2024
    assert sum(1945 <= day.year <= 2024 for day in starts) >= 40
    precisions = [event["start_precision"] for event in events.EVENTS]
    assert precisions.count("month") >= 3
    assert precisions.count("year") >= 2
    for event in events.EVENTS:
        for date_key, precision_key in (
            ("start_date", "start_precision"),
            ("end_date", "end_precision"),
        ):
            if not event[date_key]:
                continue
            day = _date(event[date_key])
            if event[precision_key] in {"month", "year"}:
                assert day.day == 1, event["slug"]
            if event[precision_key] == "year":
                assert day.month == 1, event["slug"]


def test_event_fields_are_valid():
    for slug, event in EVENTS.items():
        assert event["category"] in EVENT_CATEGORIES, slug
        assert 1 <= event["importance"] <= 5, slug
        assert event["body"].strip(), slug
        if event["end_date"]:
            assert _date(event["end_date"]) >= _date(event["start_date"]), slug
        assert (event["latitude"] is None) == (event["longitude"] is None), slug
        if event["latitude"] is not None:
            assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180, slug
        assert event["countries"], f"{slug} names no country"


def test_timelines_are_the_two_canonical_ones_in_date_order():
    assert {t["slug"]: t["title"] for t in timelines.TIMELINES} == CANONICAL_TIMELINES
    for timeline in timelines.TIMELINES:
        assert len(timeline["events"]) >= 10
        assert timeline["introduction"].strip()
        starts = [_date(EVENTS[slug]["start_date"]) for slug in timeline["events"]]
        assert starts == sorted(starts), timeline["slug"]


@pytest.mark.parametrize(
    ("slug", "start", "end"),
    [
        ("korea-divided-at-38th-parallel", "1945-08-01", None),
        ("republic-of-korea-proclaimed", "1948-08-15", None),
        ("dprk-proclaimed", "1948-09-09", None),
        ("nato-founded", "1949-04-04", None),
        ("korean-war", "1950-06-25", "1953-07-27"),
        ("unsc-resolution-82", "1950-06-25", None),
        ("unsc-resolution-83", "1950-06-27", None),
        ("unsc-resolution-84", "1950-07-07", None),
        ("incheon-landing", "1950-09-15", None),
        ("chinese-intervention", "1950-10-01", None),
        ("armistice-talks-begin", "1951-07-10", None),
        ("talks-move-to-panmunjom", "1951-10-25", None),
        ("operation-little-switch", "1953-04-20", "1953-05-03"),
        ("korean-armistice-signed", "1953-07-27", None),
        ("operation-big-switch", "1953-08-05", "1953-09-06"),
        ("us-rok-treaty-signed", "1953-10-01", None),
        ("manila-pact-signed", "1954-09-08", None),
        ("baghdad-pact-signed", "1955-02-24", None),
        ("warsaw-pact-signed", "1955-05-14", None),
        ("soviet-dprk-treaty-signed", "1961-07-06", None),
        ("sino-dprk-treaty-signed", "1961-07-11", None),
        ("blue-house-raid", "1968-01-21", None),
        ("uss-pueblo-seized", "1968-01-23", "1968-12-23"),
        ("axe-murder-incident", "1976-08-18", None),
        ("combined-forces-command-established", "1978-11-07", None),
        ("rangoon-bombing", "1983-10-09", None),
        ("korean-air-858-bombing", "1987-11-29", None),
        ("warsaw-pact-dissolved", "1991-07-01", None),
        ("koreas-join-united-nations", "1991-09-17", None),
        ("soviet-union-dissolved", "1991-12-26", None),
        ("collective-security-treaty-signed", "1992-05-15", None),
        ("agreed-framework", "1994-10-21", None),
        ("budapest-memorandum-signed", "1994-12-05", None),
        ("soviet-dprk-treaty-lapses", "1996-01-01", None),
        ("inter-korean-summit-2000", "2000-06-13", "2000-06-15"),
        ("nato-invokes-article-5", "2001-09-12", None),
        ("first-north-korean-nuclear-test", "2006-10-09", None),
        ("cheonan-sinking", "2010-03-26", None),
        ("yeonpyeong-shelling", "2010-11-23", None),
        ("panmunjom-summit-2018", "2018-04-27", None),
        ("singapore-summit-2018", "2018-06-12", None),
        ("comprehensive-military-agreement-2018", "2018-09-19", None),
        ("kaesong-liaison-office-destroyed", "2020-06-16", None),
        ("russia-dprk-treaty-signed", "2024-06-19", None),
    ],
)
def test_key_dates(slug, start, end):
    event = EVENTS[slug]
    assert (event["start_date"], event["end_date"]) == (start, end)


def test_panmunjom_events_are_placed_at_panmunjom():
    for slug in ("korean-armistice-signed", "panmunjom-summit-2018", "axe-murder-incident"):
        event = EVENTS[slug]
        assert "Panmunjom" in event["location_name"]
        assert (round(event["latitude"], 2), round(event["longitude"], 2)) == (37.96, 126.68)


def test_armistice_article_states_the_facts_readers_check():
    body = _body(ARTICLES["korean-armistice-and-the-dmz"])
    for fact in (
        "27 July 1953",
        "10:00",
        "22:00",
        "10 July 1951",
        "25 October 1951",
        "William K. Harrison Jr.",
        "Nam Il",
        "Mark W. Clark",
        "Kim Il-sung",
        "Peng Dehuai",
        "Sweden and Switzerland",
        "Poland and Czechoslovakia",
        "chaired by India",
        "250 kilometres (160 miles)",
        "2 kilometres on each side",
    ):
        assert fact in body, fact


def test_every_published_article_has_learning_aids():
    for slug, article in ARTICLES.items():
        if article["status"] != "published":
            continue
        assert article["audience"] and article["level"], slug
        assert len(article["learning_objectives"]) >= 2, slug
        kinds = {question["kind"] for question in article["questions"]}
        assert {"key", "discussion"} <= kinds, slug
        assert len(article["readings"]) >= 2, slug
        for question in article["questions"]:
            if question["kind"] == "source":
                assert question["document"] in DOCUMENTS, slug
        for reading in article["readings"]:
            assert (reading.get("source") in SOURCES) or (reading.get("document") in DOCUMENTS)
        assert set(article.get("documents", [])) <= DOCUMENTS.keys(), slug
        assert set(article["glossary_terms"]) <= TERMS.keys(), slug
    sourced = [a for a in ARTICLES.values() if any(q["kind"] == "source" for q in a["questions"])]
    assert len(sourced) >= 5


def test_the_four_documents_name_their_edition_and_what_they_leave_out():
    assert {
        "korean-armistice-agreement-1953",
        "us-rok-mutual-defense-treaty-1953",
        "sino-north-korean-treaty-1961",
        "north-atlantic-treaty-1949",
    } <= DOCUMENTS.keys()
    for slug, document in DOCUMENTS.items():
        body = (Path(documents.__file__).parent / "documents" / document["body_file"]).read_text()
        assert document["edition"] and document["edition_url"].startswith("https://"), slug
        assert "not transcribed here" in document["text_note"], slug
        assert "not transcribed here" in body, slug
        assert document["rights"], slug


def test_treaty_quotations_follow_the_text():
    armistice = (
        (Path(documents.__file__).parent / "documents")
        .joinpath("korean-armistice-agreement-1953.md")
        .read_text()
    )
    assert "both sides shall withdraw two (2) kilometers from this line" in armistice
    nato = Path(documents.__file__).parent / "documents" / "north-atlantic-treaty-1949.md"
    assert "shall be considered an attack against them all" in nato.read_text()
    korea = _body(ARTICLES["alliances-on-the-korean-peninsula"])
    assert "in accordance with its constitutional processes" in korea
    assert "their constitutional processes" not in korea


def test_glossary_has_at_least_25_terms_each_citing_its_evidence():
    assert len(TERMS) >= 25
    for slug, term in TERMS.items():
        assert 0 < len(term["short_definition"]) <= 300, slug
        assert re.search(r"\[\^1\]: \[\[(source|document):", term["body"]), slug
        assert set(term["related"]) <= TERMS.keys(), slug
    for required in ("armistice", "military-demarcation-line", "nnsc", "nnrc",
                     "collective-defence", "assurance-and-guarantee"):  # fmt: skip
        assert required in TERMS


def test_membership_lists_agree_with_the_text_and_dates_are_filled():
    by_slug = {alliance["slug"]: alliance for alliance in alliances.ALLIANCES}
    warsaw = {m["country"]: m for m in by_slug["warsaw-pact"]["members"]}
    assert warsaw["east-germany"]["left_on"] == "1990-09-24"
    assert by_slug["warsaw-pact"]["in_force_on"] == "1955-06-05"
    budapest_roles = {m["country"]: m["role"] for m in by_slug["budapest-memorandum"]["members"]}
    assert "guarantor" not in budapest_roles.values()
    unc = {m["country"] for m in by_slug["united-nations-command"]["members"]}
    assert {"denmark", "italy", "norway", "germany"} <= unc
    assert len(unc) == 18  # the United States, sixteen other sending states and Germany
    for slug in ("sino-north-korean-treaty-1961", "soviet-north-korean-treaty-1961"):
        assert by_slug[slug]["in_force_on"] == "1961-09-10"
    body = _body(ARTICLES["nato-and-the-warsaw-pact"])
    assert "24 September 1990" in body and "more than doubled" not in body


def test_every_correction_names_its_article_and_says_what_changed():
    assert len(articles.CORRECTIONS) >= 8
    for correction in articles.CORRECTIONS:
        assert correction["article"] in ARTICLES
        assert correction["what_was_wrong"].strip() and correction["what_it_says_now"].strip()
        _date(correction["corrected_on"])
