"""``PrefetchStatement.attach`` leaves items as Django's ``prefetch_related_objects`` does, in
one statement, judging visibility at the moment it runs."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from armistice_site import prefetch_statement
from armistice_site.prefetch_statement import PrefetchStatement
from articles.api import DETAIL_RELATED
from articles.models import Article, Tag
from tests.factories import (
    ArticleFactory,
    CorrectionFactory,
    DocumentFactory,
    GlossaryTermFactory,
    PersonFactory,
    QuestionFactory,
    ReadingFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def loaded(instance) -> dict:
    """What a model instance holds: its loaded fields and the related rows cached on it."""
    values = {
        field.attname: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.attname in instance.__dict__
    }
    cached = {
        name: loaded(related) if related is not None else None
        for name, related in instance._state.fields_cache.items()
        if name != "article"  # the back reference: compared by identity below
    }
    return {"type": type(instance), "values": values, "cached": cached}


def related_of(article: Article) -> dict:
    lists = {name: list(rows) for name, rows in article._prefetched_objects_cache.items()}
    for attr in ("public_see_also", "public_documents", "public_terms"):
        lists[attr] = getattr(article, attr)
    return {name: [loaded(row) for row in rows] for name, rows in lists.items()}


@pytest.fixture
def rich_articles():
    """Two public articles with every kind of related row, visible and not."""
    found = []
    for number in range(2):
        article = ArticleFactory(authors=[PersonFactory(), PersonFactory()])
        article.tags.set([TagFactory(), TagFactory(name=f"Ampersand & “quotes” {number}")])
        article.sources.add(SourceFactory(published_on=datetime.date(1953, 7, 27)))
        live, draft = ArticleFactory(), ArticleFactory(draft=True)
        article.see_also.set([live, draft, ArticleFactory(scheduled=True)])
        document = DocumentFactory()
        hidden = DocumentFactory(draft=True)
        article.documents.set([document, hidden])
        article.glossary_terms.set([GlossaryTermFactory(), GlossaryTermFactory(scheduled=True)])
        QuestionFactory(article=article, document=document, locator="Art. I")
        QuestionFactory(article=article, document=hidden)
        QuestionFactory(article=article)
        ReadingFactory(article=article, document=document, source=None)
        ReadingFactory(article=article, note="Start here.")
        CorrectionFactory(article=article)
        CorrectionFactory(article=article, corrected_on=datetime.date(2026, 12, 1))
        found.append(article)
    return found


def fresh(articles) -> list[Article]:
    return list(Article.objects.filter(pk__in=[a.pk for a in articles]).order_by("pk"))


def test_attach_leaves_what_django_prefetch_leaves(rich_articles, django_assert_num_queries):
    ours, django = fresh(rich_articles), fresh(rich_articles)
    prefetch_related_objects(django, *DETAIL_RELATED.prefetch())
    DETAIL_RELATED.attach(ours[:1])  # builds the statement
    with django_assert_num_queries(1):
        DETAIL_RELATED.attach(ours)

    for mine, theirs in zip(ours, django, strict=True):
        assert related_of(mine) == related_of(theirs)
        assert len(related_of(mine)["public_see_also"]) == 1  # the draft and the scheduled one
        assert len(related_of(mine)["questions"]) == 3
        assert all(question.article is mine for question in mine.questions.all())
        # The managers read the attached rows without asking the database again.
        with django_assert_num_queries(0):
            assert [tag.name for tag in mine.tags.all()] == [t.name for t in theirs.tags.all()]
            assert [r.source_id for r in mine.readings.all()] == [
                r.source_id for r in theirs.readings.all()
            ]


def test_visibility_is_judged_when_the_statement_runs(rich_articles, monkeypatch):
    article = fresh(rich_articles)[0]
    DETAIL_RELATED.attach([article])
    assert len(article.public_see_also) == 1
    # A week and a day on, the scheduled see-also article has gone live: the statement
    # (built before) is run with the new moment, not the one it was built at.
    later = timezone.now() + datetime.timedelta(days=8)
    monkeypatch.setattr(prefetch_statement.timezone, "now", lambda: later)
    article = fresh(rich_articles)[0]
    DETAIL_RELATED.attach([article])
    assert len(article.public_see_also) == 2
    assert len(article.public_terms) == 2


def test_an_item_without_rows_gets_empty_lists(django_assert_num_queries):
    bare = ArticleFactory(sources=[])
    statement = PrefetchStatement(Article, ["tags", "authors", "corrections"])
    statement.attach([bare])
    with django_assert_num_queries(0):
        assert list(bare.tags.all()) == []
        assert list(bare.authors.all()) == []
        assert list(bare.corrections.all()) == []


def test_no_items_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0):
        PrefetchStatement(Article, ["tags"]).attach([])


@pytest.mark.parametrize(
    "lookup",
    [
        "topic",  # to-one
        "questions__document",  # nested
        Prefetch("see_also", queryset=Article.objects.all()),  # search vector not deferred
        Prefetch("tags", queryset=Tag.objects.select_related()),  # every relation
    ],
)
def test_what_it_cannot_do_is_refused_when_built(lookup):
    statement = PrefetchStatement(Article, [lookup])
    with pytest.raises(ImproperlyConfigured):
        statement.attach([ArticleFactory()])


@pytest.mark.parametrize("reader", ["client", "admin_client"])
def test_article_pages_read_as_with_django_prefetch(rich_articles, reader, request, monkeypatch):
    """The reader's page (and a publisher's preview of a draft) shows the same related rows,
    byte for byte, when they come from the statement as when Django prefetches them."""
    http = request.getfixturevalue(reader)
    draft = ArticleFactory(draft=True)
    draft.see_also.set(rich_articles)
    paths = [a.get_absolute_url() for a in rich_articles]
    if reader == "admin_client":
        paths.append(draft.get_absolute_url())

    def pages():  # the page cache is off in tests: each answer is rendered
        return {
            path: (answer.status_code, answer.content)
            for path in paths
            if (answer := http.get(path))
        }

    fast = pages()
    monkeypatch.setattr(
        PrefetchStatement,
        "attach",
        lambda self, items: prefetch_related_objects(items, *self.prefetch()),
    )
    assert pages() == fast
    assert all(status == 200 for status, _ in fast.values())
    assert b"Ampersand &amp; \xe2\x80\x9cquotes\xe2\x80\x9d 0" in fast[paths[0]][1]
