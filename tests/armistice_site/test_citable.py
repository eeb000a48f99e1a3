""" "Cite this" texts are stored on save and only filled in per page: what a page shows equals
formatting the item with the page's own address, for every style and every kind of citable
item; a reader's page never calls citeproc; and rows without texts are filled by migrate."""

import datetime

import pytest
from django.apps import apps
from django.core.management import call_command

from armistice_site import citable, citations, registry
from armistice_site.citable import PAGE_URL, Citable
from articles.models import Article, Source
from documents.models import Document
from tests import factories

pytestmark = pytest.mark.django_db

#: Addresses a page may have: the test server's, and one whose query needs escaping.
URLS = ("http://testserver/articles/x/", "https://example.org/a/b/?q=1&r=<2>")

ARTICLE_AUTHORS = [
    ["Ludwig van Beethoven", "William K. Harrison Jr."],  # a particle, a suffix
    ["Hana Seo"],
    ["Correlates"],  # one word: a literal name
    [],
]
DOCUMENT_CREATORS = [
    "United Nations Command",  # an organisation
    "Mark W. Clark and Nam Il",
    "Vojtech Mastny and Malcolm Byrne (eds.)",
    "",
]
SOURCES = [
    {"author": "Walter G. Hermes", "kind": "book", "published_precision": "year"},
    {
        "author": "Correlates of War Project",
        "kind": "web",
        "accessed_on": datetime.date(2026, 1, 1),
    },
    {"author": "Don Oberdorfer and Robert Carlin", "kind": "journal", "publisher": "Asian Survey"},
    {"author": "", "kind": "news", "publisher": "TASS", "published_on": None},
    {"author": "Jean de la Fontaine", "kind": "primary", "url": "", "published_on": None},
    {"author": "", "kind": "primary", "publisher": "", "url": ""},  # Chicago: notes only
]


def live(item) -> dict[str, str]:
    """The item formatted now, without the styles that give it no entry (a page leaves those
    out)."""
    return {key: text for key, text in citations.texts(item).items() if text}


def shown(obj: Citable, url: str) -> dict[str, str]:
    return {style.key: str(text) for style, text in obj.cite_texts(url)}


def fresh(obj: Citable) -> Citable:
    """The row as a page loads it (its links prefetched)."""
    model = type(obj)
    return model.objects.prefetch_related(*model.cited_relations).get(pk=obj.pk)


@pytest.mark.parametrize("authors", ARTICLE_AUTHORS)
@pytest.mark.parametrize("draft", [False, True])
def test_an_articles_stored_texts_are_what_formatting_with_the_page_address_gives(authors, draft):
    article = fresh(factories.ArticleFactory(authors=authors, draft=draft, title="The & <truce>"))
    assert article.citation_texts
    for url in URLS:
        assert shown(article, url) == live(article.citation_item(url)), url
    if draft:
        assert "n.d." in article.citation_texts["apa"]


@pytest.mark.parametrize("creator", DOCUMENT_CREATORS)
@pytest.mark.parametrize("precision", ["day", "month", "year"])
def test_a_documents_stored_texts_are_what_formatting_with_the_page_address_gives(
    creator, precision
):
    document = fresh(
        factories.DocumentFactory(
            creator=creator, date=datetime.date(1953, 7, 1), date_precision=precision
        )
    )
    for url in URLS:
        assert shown(document, url) == live(document.citation_item(url)), url


@pytest.mark.parametrize("values", SOURCES)
def test_a_sources_stored_texts_are_what_formatting_it_gives(values):
    source = fresh(factories.SourceFactory(**values))
    for url in URLS:
        assert shown(source, url) == live(source.csl())


def test_the_stand_in_address_is_replaced_escaped_and_never_shown():
    article = factories.ArticleFactory()
    assert all(PAGE_URL in text for text in article.citation_texts.values())
    texts = shown(article, "https://example.org/a/?q=1&r=2")
    assert all("https://example.org/a/?q=1&amp;r=2" in text for text in texts.values())
    assert not any(PAGE_URL in text for text in texts.values())


def test_a_style_that_gives_an_item_no_entry_is_left_off_its_page(client):
    source = factories.SourceFactory(kind="primary", author="", publisher="", url="")
    assert source.citation_texts["chicago"] == "" and source.citation_texts["apa"]
    page = client.get(source.get_absolute_url()).content.decode()
    assert "APA (7th edition)" in page and "Chicago (notes and bibliography)" not in page


def test_every_model_with_a_csl_item_is_citable():
    """A citable type declares itself by being ``Citable`` (its texts stored on save, filled by
    migrate, stored again by the services); one with a CSL item and no stored texts would
    format on every page view."""
    with_csl = {entry.model for entry in registry.entries() if hasattr(entry.model, "csl")}
    assert with_csl == set(citable.citable_models()) == {Article, Document, Source}
    for model in with_csl:
        for relation in model.cited_relations:
            assert model._meta.get_field(relation).many_to_many


@pytest.mark.parametrize(
    "make", [factories.ArticleFactory, factories.DocumentFactory, factories.SourceFactory]
)
def test_a_readers_page_formats_nothing(client, monkeypatch, make):
    item = make()

    def refuse(*args, **kwargs):
        raise AssertionError("citeproc was called while serving a page")

    monkeypatch.setattr(citations, "_format", refuse)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Cite this" in page
    for text in shown(item, f"http://testserver{item.get_absolute_url()}").values():
        assert text in page


def test_migrate_fills_rows_without_texts_or_missing_a_style():
    article = factories.ArticleFactory(authors=["Hana Seo"])
    document = factories.DocumentFactory()
    source = factories.SourceFactory()
    expected = {obj.pk: obj.citation_texts for obj in (article, document, source)}
    Article.objects.update(citation_texts={})
    Document.objects.update(citation_texts={"apa": "stale"})
    Source.objects.update(citation_texts={})

    call_command("migrate", verbosity=0)

    for model, obj in ((Article, article), (Document, document), (Source, source)):
        assert model.objects.get(pk=obj.pk).citation_texts == expected[obj.pk]


def test_the_command_stores_every_rows_texts_again_on_demand():
    article = factories.ArticleFactory()
    texts = article.citation_texts
    Article.objects.update(citation_texts=dict.fromkeys(texts, "old"))
    call_command("store_citations", verbosity=0)
    assert Article.objects.get(pk=article.pk).citation_texts != texts  # complete: left alone
    call_command("store_citations", "--all", verbosity=0)
    assert Article.objects.get(pk=article.pk).citation_texts == texts


def test_a_revision_recorded_before_texts_were_stored_is_formatted_for_its_preview():
    article = fresh(factories.ArticleFactory(authors=["Hana Seo"]))
    old = Article(**{f.attname: getattr(article, f.attname) for f in Article._meta.fields})
    old.citation_texts = {}
    old._prefetched_objects_cache = {"authors": article.authors.all()}
    assert shown(old, URLS[0]) == shown(article, URLS[0])


def test_history_tables_have_the_column():
    for model in citable.citable_models():
        history = apps.get_model(model._meta.app_label, f"Historical{model.__name__}")
        assert "citation_texts" in {f.name for f in history._meta.fields}
