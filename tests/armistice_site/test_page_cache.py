"""Every kind of content change reaches readers through the page cache: the entry stays
cached while nothing changes, and the next request after a change shows it. A scheduled item
going live changes nothing in the database, so it shows once entries expire, within
CACHE_SECONDS."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from armistice_site.dependencies import EPOCH_KEY, table_key
from armistice_site.page_cache import CACHE_HEADER
from armistice_site.publishing import Status
from articles.models import Topic
from tests import factories
from tokens.services import token_create

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def cached_get(client, url: str, **headers):
    """Two requests: the second must come from the cache, so the entry is really there."""
    first = client.get(url, **headers)
    second = client.get(url, **headers)
    assert second[CACHE_HEADER] == "hit", url
    assert second.content == first.content
    return second


def test_an_anonymous_page_is_served_from_the_cache_without_queries(
    client, django_assert_num_queries
):
    article = factories.ArticleFactory(title="Panmunjom talks")
    client.get(article.get_absolute_url())

    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url())

    assert response[CACHE_HEADER] == "hit"
    assert "Panmunjom talks" in response.content.decode()


def test_a_field_edit_shows_on_the_next_request(client):
    article = factories.ArticleFactory(title="Old title")
    cached_get(client, article.get_absolute_url())

    article.title = "New title"
    article.save()

    page = client.get(article.get_absolute_url()).content.decode()
    assert "New title" in page
    assert "Old title" not in page


def test_publishing_shows_the_item_in_lists_at_once(client):
    draft = factories.ArticleFactory(draft=True, title="Freshly published piece")
    assert "Freshly published piece" not in cached_get(client, "/articles/").content.decode()

    draft.status = Status.PUBLISHED
    draft.save()

    assert "Freshly published piece" in client.get("/articles/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_unpublishing_removes_the_item_everywhere_at_once(client):
    article = factories.ArticleFactory(title="Soon withdrawn")
    cached_get(client, article.get_absolute_url())
    assert "Soon withdrawn" in cached_get(client, "/articles/").content.decode()

    article.status = Status.DRAFT
    article.save()

    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Soon withdrawn" not in client.get("/articles/").content.decode()


def test_a_many_to_many_change_shows_on_the_tag_page(client):
    tag = factories.TagFactory(name="Prisoners", slug="prisoners")
    factories.ArticleFactory(title="Operation Little Switch").tags.add(tag)
    article = factories.ArticleFactory(title="Operation Big Switch")
    assert "Operation Big Switch" not in cached_get(client, "/tags/prisoners/").content.decode()

    article.tags.add(tag)

    assert "Operation Big Switch" in client.get("/tags/prisoners/").content.decode()


def test_a_new_membership_shows_on_the_alliance_page(client):
    alliance = factories.AllianceFactory()
    factories.MembershipFactory(alliance=alliance)
    newcomer = factories.CountryFactory(name="Republic of Newland")
    assert (
        "Republic of Newland"
        not in cached_get(client, alliance.get_absolute_url()).content.decode()
    )

    factories.MembershipFactory(alliance=alliance, country=newcomer)

    assert "Republic of Newland" in client.get(alliance.get_absolute_url()).content.decode()


def test_a_new_timeline_entry_shows_on_the_curated_timeline(client):
    timeline = factories.TimelineFactory()
    event = factories.EventFactory(title="Armistice signed")
    assert (
        "Armistice signed" not in cached_get(client, timeline.get_absolute_url()).content.decode()
    )

    factories.TimelineEntryFactory(timeline=timeline, event=event, position=1)

    assert "Armistice signed" in client.get(timeline.get_absolute_url()).content.decode()


def test_a_scheduled_item_goes_live_within_the_cache_time_without_any_write(client):
    publish_at = timezone.now() + datetime.timedelta(minutes=10)
    factories.ArticleFactory(title="Scheduled anniversary piece", publish_at=publish_at)
    assert "Scheduled anniversary piece" not in cached_get(client, "/articles/").content.decode()
    bound = datetime.timedelta(seconds=settings.CACHE_SECONDS + 1)

    with time_machine.travel(publish_at + bound, tick=False):
        page = client.get("/articles/").content.decode()

    assert "Scheduled anniversary piece" in page


def test_an_api_edit_through_a_token_shows_in_the_cached_api_and_page(client, django_user_model):
    article = factories.ArticleFactory(title="Before the edit")
    api_url = f"/api/v1/articles/{article.slug}/"
    assert cached_get(client, api_url).json()["title"] == "Before the edit"
    cached_get(client, article.get_absolute_url())
    editor = django_user_model.objects.create_superuser(username="partner", password="pw-12345-x")
    api = APIClient()
    api.credentials(
        HTTP_AUTHORIZATION=f"Token {token_create(user=editor, name='t', scope='write')[1]}"
    )

    assert api.patch(api_url, {"title": "After the edit"}, format="json").status_code == 200

    assert client.get(api_url).json()["title"] == "After the edit"
    assert "After the edit" in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_versions_move_again_when_the_write_commits():
    topics = table_key(Topic._meta.db_table)
    factories.TopicFactory()
    before = cache.get_many([EPOCH_KEY, topics])

    with transaction.atomic():
        factories.TopicFactory()
        during = cache.get_many([EPOCH_KEY, topics])

    after = cache.get_many([EPOCH_KEY, topics])
    for key in (EPOCH_KEY, topics):
        assert during[key] > before[key]
        assert after[key] > during[key]


def test_staff_previews_are_never_stored(client, django_user_model):
    draft = factories.ArticleFactory(draft=True, title="Unfinished draft")
    editor = django_user_model.objects.create_superuser(username="boss", password="pw-12345-x")
    staff = Client()
    staff.force_login(editor)

    preview = staff.get(draft.get_absolute_url())

    assert preview.status_code == 200
    assert "Unfinished draft" in preview.content.decode()
    assert CACHE_HEADER not in preview
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_logged_in_readers_bypass_the_cache(client, user):
    article = factories.ArticleFactory()
    cached_get(client, article.get_absolute_url())
    client.force_login(user)

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert CACHE_HEADER not in response


def test_cached_pages_answer_conditional_requests_with_304(client):
    article = factories.ArticleFactory()
    response = cached_get(client, article.get_absolute_url())

    again = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=response["ETag"])

    assert again.status_code == 304


def test_text_is_gzipped_for_clients_that_accept_it_and_plain_for_others(client):
    article = factories.ArticleFactory(body="## Terms\n\n" + "The line held. " * 200)
    url = article.get_absolute_url()

    zipped = cached_get(client, url, HTTP_ACCEPT_ENCODING="gzip, br")
    plain = cached_get(client, url)

    assert zipped["Content-Encoding"] == "gzip"
    assert len(zipped.content) < len(plain.content) / 3
    assert "Content-Encoding" not in plain
    assert "The line held." in plain.content.decode()


def test_the_api_rate_limit_still_applies_to_cached_answers(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
    }
    factories.ArticleFactory()

    statuses = [client.get("/api/v1/articles/").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
