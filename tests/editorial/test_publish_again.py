"""Publishing an archived item again does the same through the admin and the API: readers see
it from now (``publish_at`` is now, so it comes back at the top of lists and feeds), and
``first_published_at`` keeps the first time readers ever saw it."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from rest_framework.test import APIClient

from articles.models import Article
from editorial.models import AuditEntry
from editorial.roles import PUBLISHER
from tests import factories
from tests.editorial.admin_forms import admin_url, open_change_form
from tokens.services import token_create

NOW = datetime.datetime(2026, 11, 30, 9, 0, tzinfo=datetime.UTC)
FIRST = NOW - datetime.timedelta(days=800)
LAST = NOW - datetime.timedelta(days=400)


@pytest.fixture
def publisher(roles, django_user_model):
    user = django_user_model.objects.create_user(username="pat", is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER))
    return django_user_model.objects.get(pk=user.pk)


def archived(slug: str) -> Article:
    return factories.ArticleFactory(
        slug=slug, archived=True, publish_at=LAST, first_published_at=FIRST
    )


def through_the_admin(publisher, article: Article) -> None:
    client = Client()
    client.force_login(publisher)
    data = {**open_change_form(client, article), "_transition": "published"}
    response = client.post(admin_url(Article, "change", article.pk), data)
    assert response.status_code == 302


def through_the_api(publisher, article: Article) -> None:
    client = APIClient()
    _, key = token_create(user=publisher, name="Publisher tool", scope="write")
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = client.patch(
        f"/api/v1/articles/{article.slug}/", {"status": "published"}, format="json"
    )
    assert response.status_code == 200, response.json()


@pytest.mark.parametrize("route", [through_the_admin, through_the_api])
def test_publishing_again_starts_from_now_and_keeps_the_first_publication(publisher, route):
    article = archived("again")
    newer = factories.ArticleFactory(publish_at=NOW - datetime.timedelta(days=3))

    with time_machine.travel(NOW, tick=False):
        route(publisher, article)
        listed = list(Article.objects.public().values_list("slug", flat=True))

    article.refresh_from_db()
    assert (article.status, article.publish_at) == ("published", NOW)
    assert article.first_published_at == FIRST
    assert listed == ["again", newer.slug]
    entry = AuditEntry.objects.get(object_id=str(article.pk), action="publish")
    assert entry.extra["publish_at"].startswith("2026-11-30T09:00:00")
    # the newest revision by order of writing: the factory's own revision is dated today, after
    # the travelled-to NOW
    assert article.history.order_by("-history_id").first().history_change_reason == "Published"


def test_both_routes_give_the_same_result(publisher):
    by_admin, by_api = archived("by-admin"), archived("by-api")

    with time_machine.travel(NOW, tick=False):
        through_the_admin(publisher, by_admin)
        through_the_api(publisher, by_api)

    by_admin.refresh_from_db()
    by_api.refresh_from_db()
    fields = ("status", "publish_at", "first_published_at")
    assert [getattr(by_admin, f) for f in fields] == [getattr(by_api, f) for f in fields]
