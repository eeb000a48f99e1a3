"""Each API list item's representation is kept (armistice_site/api/item_cache.py) and reused
only while nothing it shows has been written: a list read after any write shows the write.
Every test runs on local memory and on a real Redis (``shared_cache``)."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from armistice_site import dependencies
from armistice_site.page_cache import CACHE_HEADER
from armistice_site.publishing import Status
from articles.api import ArticleViewSet
from editorial import services
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_cache", "unthrottled")]

LIST = "/api/v1/articles/"


def edit(obj, **fields) -> None:
    services.content_save(obj=obj, user=None, fields=fields, pending=False)


def related_statements(queries) -> int:
    """Statements that read an article's tags and authors (``LIST_RELATED``)."""
    return sum("JSONB_BUILD_OBJECT" in query["sql"] for query in queries.captured_queries)


def shown(client, url: str = LIST) -> dict[str, dict]:
    response = client.get(url)
    assert response.status_code == 200
    return {item["slug"]: item for item in response.json()["results"]}


@pytest.fixture
def world():
    topic = factories.TopicFactory(name="Negotiations", slug="negotiations")
    tag = factories.TagFactory(name="Truce talks", slug="truce-talks")
    author = factories.PersonFactory(name="Kim Historian", slug="kim-historian")
    talks = factories.ArticleFactory(
        title="Kaesong talks", slug="kaesong", topic=topic, authors=[author]
    )
    talks.tags.add(tag)
    other = factories.ArticleFactory(title="Air war", slug="air-war")
    return {"talks": talks, "other": other, "topic": topic, "tag": tag, "author": author}


def test_a_second_read_reuses_the_items_and_answers_the_same(api_client, world):
    with CaptureQueriesContext(connection) as first_queries:
        first = api_client.get(LIST)
    with CaptureQueriesContext(connection) as second_queries:
        second = api_client.get(LIST)

    assert related_statements(first_queries) == 1
    assert related_statements(second_queries) == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


@pytest.mark.parametrize(
    "write, field, expected",
    [
        (lambda w: edit(w["talks"], title="Talks at Kaesong"), "title", "Talks at Kaesong"),
        (lambda w: edit(w["topic"], name="Armistice talks"), "topic", "Armistice talks"),
        (lambda w: edit(w["tag"], name="Ceasefire talks"), "tags", ["Ceasefire talks"]),
        (lambda w: edit(w["author"], name="Kim Lee"), "authors", ["Kim Lee"]),
        (lambda w: w["talks"].tags.add(factories.TagFactory(name="Zones")), "tags", None),
        (lambda w: w["talks"].tags.remove(w["tag"]), "tags", []),
        (lambda w: w["tag"].delete(), "tags", []),
    ],
    ids=["article", "topic", "tag", "author", "link added", "link removed", "tag deleted"],
)
def test_a_write_to_anything_an_item_shows_is_shown_at_once(
    api_client, world, write, field, expected
):
    shown(api_client)
    shown(api_client)  # the items are now stored

    write(world)
    item = shown(api_client)["kaesong"]

    value = item[field]
    if field == "topic":
        value = value["name"]
    elif field in {"tags", "authors"}:
        value = [entry["name"] for entry in value]
    if expected is None:  # the link added
        assert value == ["Truce talks", "Zones"]
    else:
        assert value == expected
    assert shown(api_client)["air-war"]["title"] == "Air war"


def test_an_unpublished_item_leaves_the_list(api_client, world):
    shown(api_client)
    services.content_transition(obj=world["talks"], to=Status.DRAFT, user=None)

    assert set(shown(api_client)) == {"air-war"}


def test_a_write_during_the_render_is_not_stored(api_client, world, monkeypatch):
    """The page was read before the write; what it rendered is served once, never kept."""
    load_page = ArticleViewSet.load_page

    def load_then_write(self, items):
        load_page(self, items)
        with transaction.atomic():
            edit(world["tag"], name="Ceasefire talks")

    monkeypatch.setattr(ArticleViewSet, "load_page", load_then_write)
    shown(api_client)
    monkeypatch.setattr(ArticleViewSet, "load_page", load_page)

    assert shown(api_client)["kaesong"]["tags"][0]["name"] == "Ceasefire talks"


def test_clients_that_read_drafts_and_trimmed_lists_render_every_item(
    api_client, client_for, world
):
    factories.ArticleFactory(title="Draft", slug="draft", status=Status.DRAFT)
    reader = client_for("articles.view_article")
    shown(api_client)

    with CaptureQueriesContext(connection) as queries:
        assert "draft" in shown(reader)
    assert related_statements(queries) == 1
    assert set(shown(api_client)) == {"kaesong", "air-war"}

    trimmed = api_client.get(f"{LIST}?fields=slug,tags").json()["results"]
    assert {tuple(item) for item in trimmed} == {("slug", "tags")}
    assert api_client.get(f"{LIST}?fields=slug,colour").status_code == 400


def test_another_host_gets_its_own_addresses(api_client, world):
    shown(api_client)

    item = shown(api_client, f"{LIST}?page=1")["kaesong"]
    elsewhere = api_client.get(LIST, HTTP_HOST="localhost").json()["results"]

    assert item["api_url"].startswith("http://testserver/")
    assert {entry["api_url"].split("/")[2] for entry in elsewhere} == {"localhost"}


def test_while_the_cache_is_away_every_item_is_rendered(api_client, world, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "armistice_site.cache_guard.GuardedRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "KEY_PREFIX": "armistice",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    first = shown(api_client)
    edit(world["talks"], title="Talks at Kaesong")

    assert first["kaesong"]["title"] == "Kaesong talks"
    assert shown(api_client)["kaesong"]["title"] == "Talks at Kaesong"


@pytest.mark.usefixtures("page_cache_on")
def test_a_cached_list_built_from_stored_items_still_depends_on_their_rows(client, world):
    """The list renders both items from those another page stored, so it reads no tag; the
    page cache must still drop it when the tag shown inside an item is renamed."""
    client.get(f"{LIST}?page_size=20")  # stores both items
    client.get(LIST)
    assert client.get(LIST)[CACHE_HEADER] == "hit"

    edit(world["tag"], name="Ceasefire talks")
    response = client.get(LIST)

    assert response[CACHE_HEADER] == "miss"
    tags = {item["slug"]: item["tags"] for item in response.json()["results"]}
    assert [tag["name"] for tag in tags["kaesong"]] == ["Ceasefire talks"]


@pytest.mark.usefixtures("page_cache_on")
def test_a_list_the_page_cache_renders_reads_the_content_epoch_once(client, world, monkeypatch):
    """The page cache reads the epoch before the render; the item cache and the list's count
    take that reading instead of asking the cache again."""
    reads = []
    read = dependencies.epoch
    monkeypatch.setattr(dependencies, "epoch", lambda: reads.append(1) or read())

    response = client.get(LIST)

    assert response[CACHE_HEADER] == "miss" and len(response.json()["results"]) == 2
    assert len(reads) == 1
