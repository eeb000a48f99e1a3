"""``.public()`` and ``is_public()`` are one rule written twice; both are checked against the
same matrix of status and go-live time, with the clock frozen."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from armistice_site.publishing import Status
from tests import factories

NOW = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)
PAST = NOW - datetime.timedelta(hours=1)
FUTURE = NOW + datetime.timedelta(hours=1)

CASES = [
    (Status.DRAFT, PAST, False),
    (Status.DRAFT, FUTURE, False),
    (Status.IN_REVIEW, PAST, False),
    (Status.IN_REVIEW, FUTURE, False),
    (Status.PUBLISHED, PAST, True),
    (Status.PUBLISHED, NOW, True),
    (Status.PUBLISHED, FUTURE, False),
    (Status.ARCHIVED, PAST, False),
    (Status.ARCHIVED, FUTURE, False),
]

FACTORIES = factories.PUBLISHABLE_FACTORIES


@pytest.mark.django_db
@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f._meta.model.__name__)
@pytest.mark.parametrize(("status", "publish_at", "visible"), CASES)
def test_public_queryset_and_instance_agree(factory, status, publish_at, visible):
    with time_machine.travel(NOW, tick=False):
        item = factory(status=status, publish_at=publish_at)
        model = type(item)
        assert model.objects.public().filter(pk=item.pk).exists() is visible
        assert item.is_public() is visible


@pytest.mark.django_db
def test_scheduled_article_goes_live_at_its_time_without_a_job():
    with time_machine.travel(NOW, tick=False):
        article = factories.ArticleFactory(publish_at=FUTURE)
        assert article.is_scheduled()
        assert not type(article).objects.public().filter(pk=article.pk).exists()
    with time_machine.travel(FUTURE, tick=False):
        assert type(article).objects.public().filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_publishing_without_a_time_publishes_now_and_records_first_publication():
    article = factories.ArticleFactory(draft=True)
    assert article.publish_at is None and article.first_published_at is None
    article.status = Status.PUBLISHED
    article.save()
    assert article.publish_at <= timezone.now()
    assert article.first_published_at == article.publish_at
    assert article.is_public()
