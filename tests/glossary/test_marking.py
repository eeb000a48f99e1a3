"""Glossary terms in articles: the first use of each term the editor ticked is marked as a
defined term with its definition for hover, focus and screen readers; only public terms are
marked, and editing or publishing a term renders the articles that use it again."""

import pytest

from articles import services
from glossary import services as glossary_services
from glossary.marking import mark_first_uses
from tests import factories

pytestmark = pytest.mark.django_db


def marked_uses(html: str, slug: str) -> int:
    return html.count(f'<a class="term" href="/glossary/{slug}/"')


def test_only_the_first_use_in_running_text_is_marked():
    term = factories.GlossaryTermFactory(
        term="Armistice", slug="armistice", also_matches="armistices", short_definition="A truce."
    )
    html = (
        '<h2 id="a">Armistice</h2>\n<p>See <a href="/x/">armistice</a> and <code>armistice</code>'
        ". The armistices held; the armistice too.</p>\n"
        '<section class="footnotes"><ol><li>armistice</li></ol></section>'
    )
    marked, found = mark_first_uses(html, [term])
    assert found == [term]
    assert marked_uses(marked, "armistice") == 1
    assert (
        'The <a class="term" href="/glossary/armistice/" aria-describedby="term-armistice">'
        "<dfn>armistices</dfn></a>" in marked
    )
    assert '<span class="term__tip" role="tooltip" id="term-armistice">' in marked
    assert "A truce.</span> held; the armistice too." in marked
    assert '<h2 id="a">Armistice</h2>' in marked and "<li>armistice</li>" in marked


def test_whole_words_only_and_the_longest_form_wins():
    mdl = factories.GlossaryTermFactory(term="Military Demarcation Line", slug="mdl")
    line = factories.GlossaryTermFactory(term="Line", slug="line")
    marked, found = mark_first_uses(
        "<p>Lines and the Military Demarcation Line, then a line.</p>", [line, mdl]
    )
    assert found == [mdl, line]
    assert "<dfn>Military Demarcation Line</dfn>" in marked and "<dfn>line</dfn>" in marked
    assert "<dfn>Lines</dfn>" not in marked


def test_definitions_are_escaped():
    term = factories.GlossaryTermFactory(term="NNSC", short_definition="<script>x</script> & co")
    marked, _ = mark_first_uses("<p>The NNSC met.</p>", [term])
    assert "<script>" not in marked and "&lt;script&gt;x&lt;/script&gt; &amp; co" in marked


def test_an_article_marks_the_terms_its_editor_ticked(client):
    armistice = factories.GlossaryTermFactory(term="Armistice", slug="armistice")
    factories.GlossaryTermFactory(term="Ceasefire", slug="ceasefire")
    article = factories.ArticleFactory(body="The armistice became a ceasefire.")
    services.article_update(article=article, user=None, fields={}, glossary_terms=[armistice])
    html = client.get(article.get_absolute_url()).content.decode()
    assert marked_uses(html, "armistice") == 1
    assert marked_uses(html, "ceasefire") == 0
    assert "Key terms" in html


def test_a_draft_term_is_not_marked_until_it_is_published_and_edits_show_at_once(client):
    term = factories.GlossaryTermFactory(term="Armistice", slug="armistice", draft=True)
    article = factories.ArticleFactory(body="The armistice held.")
    services.article_update(article=article, user=None, fields={}, glossary_terms=[term])
    assert marked_uses(client.get(article.get_absolute_url()).content.decode(), "armistice") == 0
    from editorial.services import Move

    glossary_services.term_update(term=term, user=None, fields={}, move=Move("published"))
    assert marked_uses(client.get(article.get_absolute_url()).content.decode(), "armistice") == 1
    glossary_services.term_update(
        term=term, user=None, fields={"short_definition": "A halt agreed by commanders."}
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "A halt agreed by commanders." in html


def test_glossary_page_lists_public_terms_from_a_to_z(client):
    factories.GlossaryTermFactory(term="Ceasefire", slug="ceasefire")
    factories.GlossaryTermFactory(term="armistice", slug="armistice")
    factories.GlossaryTermFactory(term="Secret draft term", slug="secret", draft=True)
    html = client.get("/glossary/").content.decode()
    assert html.index('id="letter-A"') < html.index('id="letter-C"')
    assert 'href="#letter-A"' in html
    assert "Secret draft term" not in html


def test_term_page_shows_explanation_related_terms_and_articles(client):
    related = factories.GlossaryTermFactory(term="Ceasefire", slug="ceasefire")
    hidden = factories.GlossaryTermFactory(term="Hidden related", slug="hidden", draft=True)
    term = factories.GlossaryTermFactory(term="Armistice", slug="armistice", body="**Long**.")
    term.related.set([related, hidden])
    article = factories.ArticleFactory(title="Article using it", body="An armistice.")
    article.glossary_terms.add(term)
    html = client.get(term.get_absolute_url()).content.decode()
    assert "<dfn>Armistice</dfn>" in html and "<strong>Long</strong>" in html
    assert "Ceasefire" in html and "Hidden related" not in html
    assert "Article using it" in html


def test_glossary_api(client):
    term = factories.GlossaryTermFactory(term="Armistice", slug="armistice", also_matches="truce")
    factories.GlossaryTermFactory(slug="secret", draft=True)
    listing = client.get("/api/v1/glossary/").json()
    assert [item["slug"] for item in listing["results"]] == ["armistice"]
    detail = client.get("/api/v1/glossary/armistice/").json()
    assert detail["short_definition"] == term.short_definition
    assert detail["other_forms"] == ["Armistice", "truce"]
    assert client.get("/api/v1/glossary/secret/").status_code == 404
