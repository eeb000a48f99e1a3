"""Search over articles, alliances and events: ranked, highlighted, labelled, paginated, and
calm in the face of junk. Runs on PostgreSQL full-text search."""

import re

import pytest

from armistice_site.site_search import MAX_QUERY_LENGTH, Hit, normalise_query, run_search
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Panmunjom   armistice ", "Panmunjom armistice"),
        ("korea\x00\x07 war", "korea war"),
        ("'\"--;;!!", ""),
        ("", ""),
        ("<>", ""),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ],
)
def test_normalise_query_cleans_reader_input(raw, expected):
    assert normalise_query(raw) == expected


def test_normalise_query_bounds_length_at_a_word_boundary():
    query = normalise_query("armistice " * 100)
    assert len(query) <= MAX_QUERY_LENGTH
    assert query.endswith("armistice")


def test_title_matches_rank_above_body_matches_across_types():
    body_only = factories.ArticleFactory(
        title="Negotiations at length", body="The talks moved to Panmunjom in October."
    )
    in_title = factories.EventFactory(title="Panmunjom talks begin", summary="Talks resume.")
    results = run_search("Panmunjom")
    hits = results[0:10]
    assert len(results) == 2
    assert [hit.slug for hit in hits] == [in_title.slug, body_only.slug]
    assert all(isinstance(hit, Hit) for hit in hits)
    assert hits[0].type == "event"
    assert hits[0].url == in_title.get_absolute_url()
    assert hits[0].rank > hits[1].rank


def test_snippets_highlight_matches_and_escape_stored_text():
    factories.ArticleFactory(
        title="Ceasefire lines",
        summary="The <b>demarcation</b> line & zone were drawn in 1953.",
        body="",
    )
    [hit] = run_search("demarcation")[0:1]
    assert "<mark>demarcation</mark>" in hit.snippet
    assert "<b>" not in hit.snippet
    assert "&amp;" in hit.snippet


def test_search_page_labels_types_and_links_results(client):
    article = factories.ArticleFactory(title="The armistice agreement")
    alliance = factories.AllianceFactory(name="Armistice commission", short_name="")
    event = factories.EventFactory(title="Armistice signed")
    response = client.get("/search/", {"q": "armistice"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 results for “armistice”" in html
    for label in ("type-label--article", "type-label--alliance", "type-label--event"):
        assert label in html
    for item in (article, alliance, event):
        assert f'href="{item.get_absolute_url()}"' in html
    assert "<mark>" in html
    assert '<meta name="robots" content="noindex">' in html


def test_search_paginates_and_keeps_the_query_in_page_links(client):
    factories.ArticleFactory.create_batch(13, title="Demilitarized zone report")
    first = client.get("/search/", {"q": "demilitarized"}).content.decode()
    assert first.count('class="search-hit"') == 10
    assert "Page 1 of 2" in first
    assert 'href="?q=demilitarized&amp;page=2"' in first
    second = client.get("/search/", {"q": "demilitarized", "page": "2"}).content.decode()
    assert second.count('class="search-hit"') == 3
    assert len(run_search("demilitarized")) == 13


def test_search_results_work_with_djangos_paginator():
    from django.core.paginator import Paginator

    factories.EventFactory.create_batch(4, title="Truce talks")
    page = Paginator(run_search("truce"), 3).page(2)
    assert page.paginator.count == 4
    assert [hit.type for hit in page.object_list] == ["event"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!???",
        "'; DROP TABLE articles_article; --",
        '" OR 1=1 --',
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "a" * 5000,
        "korea " * 500,
        "the and of",
        "-",
        '"unclosed phrase',
        "foo:* & !bar | (baz",
        "\x01\x02\x1f",
        "😀 🕊️",
    ],
)
def test_absurd_queries_give_a_friendly_page(client, query):
    factories.ArticleFactory(title="Korea armistice")
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert re.search(r"result|no words we could look for|Search articles", html)


def test_empty_search_page_shows_the_form(client):
    html = client.get("/search/").content.decode()
    assert '<label for="search-q">' in html
    assert "result" not in html.split("<main", 1)[1]


def test_search_never_returns_non_public_items():
    factories.ArticleFactory(title="Hidden panmunjom draft", draft=True)
    factories.AllianceFactory(name="Panmunjom scheduled pact", scheduled=True)
    factories.EventFactory(title="Panmunjom archived event", archived=True)
    assert len(run_search("panmunjom")) == 0
    assert run_search("panmunjom")[0:10] == []


def test_a_total_cut_short_by_the_ranking_cap_says_at_least(client, monkeypatch):
    monkeypatch.setattr("armistice_site.search_statements.RANK_CANDIDATES", 3)
    for number in range(5):
        factories.ArticleFactory(title=f"Panmunjom talks, session {number}")
    page = client.get("/search/", {"q": "Panmunjom"}).content.decode()
    assert "At least 3 results" in page


def test_a_total_under_the_ranking_cap_is_exact(client):
    for number in range(5):
        factories.ArticleFactory(title=f"Panmunjom talks, session {number}")
    page = client.get("/search/", {"q": "Panmunjom"}).content.decode()
    assert "5 results" in page and "At least" not in page


def test_snippets_are_plain_text_without_markdown():
    factories.ArticleFactory(
        title="Blocs",
        summary="Two blocs.",
        body=(
            "## The *founding* treaty\n\n"
            "The [Atlantic alliance](/alliances/nato/) was **founded** in _1949_ by twelve "
            "states.[^1]\n\n"
            "| Member | Joined |\n|---|---|\n| Norway | 1949 |\n\n"
            "[^1]: [[source:nato-north-atlantic-treaty-text]], Article 5."
        ),
    )
    [hit] = run_search("founded")[0:1]
    assert "<mark>founded</mark>" in hit.snippet
    assert "Atlantic alliance was <mark>founded</mark> in 1949" in hit.snippet
    for noise in ("](", "**", "_1949_", "|", "[^", "[[", "##", "/alliances/"):
        assert noise not in hit.snippet


def test_snippets_cut_at_words_say_so_with_an_ellipsis():
    filler = " ".join(f"word{n}" for n in range(120))
    factories.ArticleFactory(
        title="Long", summary="Short summary.", body=f"{filler} armistice {filler}"
    )
    factories.EventFactory(title="Brief", summary="The armistice held.", body="")
    hits = {hit.title: hit.snippet for hit in run_search("armistice")[0:10]}
    long = hits["Long"]
    assert long.startswith("… ") and long.endswith(" …")
    assert re.fullmatch(r"… (word\d+ )+<mark>armistice</mark>( word\d+)+ …", long)
    assert hits["Brief"] == "The <mark>armistice</mark> held."


def test_an_exact_name_is_ranked_even_beyond_the_ranking_cap(monkeypatch):
    monkeypatch.setattr("armistice_site.search_statements.RANK_CANDIDATES", 3)
    for number in range(6):
        factories.EventFactory(title=f"NATO summit {number}", summary="NATO leaders met.")
    nato = factories.AllianceFactory(name="North Atlantic Treaty Organization", short_name="NATO")
    [first] = run_search("nato")[0:1]
    assert (first.type, first.slug) == ("alliance", nato.slug)
    assert first.rank > 1


def test_a_name_in_parentheses_and_the_name_without_it_both_match_exactly():
    cento = factories.AllianceFactory(
        name="Central Treaty Organization (Baghdad Pact)", short_name="CENTO"
    )
    factories.EventFactory(title="Baghdad Pact signed", summary="Baghdad Pact Baghdad Pact.")
    for query in ("baghdad pact", "Central Treaty Organization", "cento"):
        assert run_search(query)[0:1][0].slug == cento.slug
