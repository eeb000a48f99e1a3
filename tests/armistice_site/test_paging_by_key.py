"""Pages chosen by key (``armistice_site.paging.by_key``) hold what a plain ``LIMIT``/``OFFSET``
holds: the same rows in the same order, none the filters exclude, with no more queries."""

import datetime
import hashlib

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from armistice_site.paging import CachedCountPaginator, by_key
from articles.models import Article
from articles.selectors import public_articles
from tests.factories import ArticleFactory, PersonFactory, TagFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged():
    """Thirteen public articles with a tag, some sharing a publication moment (the key breaks
    the tie), and a draft, a scheduled article and an untagged one that no page may show."""
    tag, topic, author = TagFactory(), TopicFactory(), PersonFactory()
    moment = timezone.now() - datetime.timedelta(days=3)
    for i in range(13):
        article = ArticleFactory(
            publish_at=moment - datetime.timedelta(hours=i // 3),
            topic=topic if i % 2 else None,
            title=f"Same title {i % 4}",
            authors=[author] if i % 3 else [],
        )
        article.tags.add(tag)
    for hidden in (ArticleFactory(draft=True), ArticleFactory(scheduled=True)):
        hidden.tags.add(tag)
    ArticleFactory(topic=topic)  # not tagged
    return tag, topic, author


def pages(queryset, keyed: bool, per_page: int = 4) -> list[list[int]]:
    key = hashlib.sha256(str(queryset.query).encode()).hexdigest()  # each list its own count
    paginator = CachedCountPaginator(queryset, per_page, count_key=key, keyed=keyed)
    return [[a.pk for a in paginator.page(n)] for n in paginator.page_range]


@pytest.mark.parametrize("per_page", [1, 4, 5, 20])
def test_every_page_holds_the_plain_rows_in_order(tagged, per_page):
    tag, topic, author = tagged
    lists = [
        public_articles().filter(tags=tag).order_by("-publish_at", "-pk"),
        public_articles().filter(topic=topic).order_by("-publish_at", "-pk"),
        public_articles().filter(authors=author).order_by("-publish_at", "-pk"),
        public_articles().order_by("title", "pk"),
    ]
    for queryset in lists:
        by_keys = pages(queryset, keyed=True, per_page=per_page)
        assert by_keys == pages(queryset, keyed=False, per_page=per_page)
        shown = [pk for page in by_keys for pk in page]
        assert len(shown) == len(set(shown)) == queryset.count()


def test_the_page_is_one_statement_that_reads_keys_first(tagged):
    tag, _, _ = tagged
    queryset = public_articles().filter(tags=tag).order_by("-publish_at", "-pk")
    page = CachedCountPaginator(queryset, 4, count_key="test", keyed=True).page(2)
    with CaptureQueriesContext(connection) as queries:
        shown = [article.topic for article in page]  # the topic comes with the row
    assert len(shown) == 4
    [statement] = queries.captured_queries
    assert 'IN (SELECT U0."id"' in statement["sql"]
    assert "LIMIT 4 OFFSET 4" in statement["sql"]


def test_what_cannot_be_taken_by_key_is_left_as_it_is(tagged):
    tag, _, _ = tagged
    sliced = Article.objects.filter(tags=tag).order_by("pk")[2:5]
    assert by_key(sliced) is not sliced
    left = [
        Article.objects.filter(tags=tag).order_by("pk"),  # not sliced
        Article.objects.filter(tags=tag).distinct().order_by("pk")[2:5],
        Article.objects.filter(tags=tag).values("pk").order_by("pk")[2:5],
        Article.objects.filter(pk__lt=0).union(Article.objects.all()).order_by("pk")[2:5],
        list(Article.objects.order_by("pk")[:3]),
    ]
    for rows in left:
        assert by_key(rows) is rows
    plain = Paginator(Article.objects.distinct().order_by("pk"), 3).page(2)
    keyed = CachedCountPaginator(
        Article.objects.distinct().order_by("pk"), 3, count_key="test", keyed=True
    ).page(2)
    assert list(keyed) == list(plain)
