"""Issue 14, item 3: topics and tags are shown to readers only while they label at least one
public article. A topic or tag that only drafts, articles in review, archived or scheduled
articles use (or none) is not listed by the API, not offered in the article list's filter,
has no page and no sitemap entry; its name must not reach readers before the article does."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.utils import timezone
from rest_framework.test import APIClient

from articles.models import Tag, Topic
from tests import factories
from tokens.services import token_create

NOW = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)
STATES = {
    "published": {},
    "draft": {"draft": True},
    "in_review": {"in_review": True},
    "archived": {"archived": True},
    "scheduled": {"scheduled": True},
}

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def terms() -> dict[str, tuple[Topic, Tag]]:
    """A topic and a tag per article state, each used by one article in that state only,
    plus a topic and a tag no article uses."""
    made = {}
    for state, traits in STATES.items():
        topic = factories.TopicFactory(slug=f"{state}-topic", name=f"Topic of a {state} piece")
        tag = factories.TagFactory(slug=f"{state}-tag", name=f"Tag of a {state} piece")
        factories.ArticleFactory(topic=topic, **traits).tags.set([tag])
        made[state] = (topic, tag)
    made["unused"] = (
        factories.TopicFactory(slug="unused-topic", name="Topic of nothing"),
        factories.TagFactory(slug="unused-tag", name="Tag of nothing"),
    )
    return made


def hidden(terms) -> list[str]:
    return [state for state in terms if state != "published"]


def test_public_terms_are_those_labelling_a_public_article(terms):
    assert list(Topic.objects.public().values_list("slug", flat=True)) == ["published-topic"]
    assert list(Tag.objects.public().values_list("slug", flat=True)) == ["published-tag"]
    for state, (topic, tag) in terms.items():
        assert topic.is_public() == tag.is_public() == (state == "published"), state


def test_a_term_used_by_several_public_articles_is_listed_once(terms):
    topic, tag = terms["published"]
    factories.ArticleFactory(topic=topic).tags.set([tag])
    assert Topic.objects.public().count() == Tag.objects.public().count() == 1


def test_a_scheduled_articles_term_appears_when_the_article_goes_live(terms):
    topic, tag = terms["scheduled"]
    assert not topic.is_public()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8), tick=False):
        assert topic.is_public() and tag.is_public()
        assert Topic.objects.public().filter(pk=topic.pk).exists()


def test_the_api_lists_and_shows_only_public_terms(client, terms):
    for resource in ("topics", "tags"):
        listed = client.get(f"/api/v1/{resource}/").json()
        assert [item["slug"] for item in listed["results"]] == [f"published-{resource[:-1]}"]
        assert listed["count"] == 1
        assert client.get(f"/api/v1/{resource}/published-{resource[:-1]}/").status_code == 200
        for state in hidden(terms):
            detail = client.get(f"/api/v1/{resource}/{state}-{resource[:-1]}/")
            assert detail.status_code == 404, (resource, state)


def test_filtering_articles_by_a_hidden_term_is_the_same_400_as_an_unknown_one(client, terms):
    for state in hidden(terms):
        for parameter in ("topic", "tag"):
            response = client.get(f"/api/v1/articles/?{parameter}={state}-{parameter}")
            assert response.status_code == 400, (parameter, state)
            assert list(response.json()) == [parameter]


def test_api_partners_who_read_drafts_see_every_term(terms, django_user_model):
    partner = django_user_model.objects.create_user(username="partner", password="pw-1234567")
    partner.user_permissions.add(
        Permission.objects.get(content_type__app_label="articles", codename="view_article")
    )
    api = APIClient()
    _, key = token_create(user=partner, name="Partner tool", scope="read")
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")

    topics = api.get("/api/v1/topics/").json()
    assert topics["count"] == len(terms)
    assert api.get("/api/v1/tags/draft-tag/").status_code == 200
    assert api.get("/api/v1/articles/?topic=draft-topic").status_code == 200


def test_the_article_list_offers_only_public_terms(client, terms):
    page = client.get("/articles/").content.decode()
    assert "Topic of a published piece" in page
    assert "Tag of a published piece" in page
    for state in hidden(terms):
        assert f"Topic of a {state} piece" not in page
        assert f"Tag of a {state} piece" not in page
    assert "Topic of nothing" not in page


def test_hidden_terms_have_no_page(client, terms):
    assert client.get("/topics/published-topic/").status_code == 200
    assert client.get("/tags/published-tag/").status_code == 200
    for state in hidden(terms):
        assert client.get(f"/topics/{state}-topic/").status_code == 404, state
        assert client.get(f"/tags/{state}-tag/").status_code == 404, state


def test_the_sitemap_lists_only_public_terms(client, terms):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/topics/published-topic/" in sitemap
    assert "/tags/published-tag/" in sitemap
    for state in hidden(terms):
        assert f"/topics/{state}-topic/" not in sitemap
        assert f"/tags/{state}-tag/" not in sitemap


def test_the_filter_offers_a_scheduled_articles_topic_once_it_is_live(client, terms):
    assert "Topic of a scheduled piece" not in client.get("/articles/").content.decode()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8), tick=False):
        assert "Topic of a scheduled piece" in client.get("/articles/").content.decode()
