"""Dependency-tracked page cache (armistice_site/dependencies.py, invalidation.py): an edit
makes every page that shows the edited item fresh at once, and leaves the pages that do not
show it cached. Every test runs twice: on local memory (versions compared in Python) and on a
real Redis (versions compared inside Redis by ``GuardedRedisCache.get_current``)."""

import pytest
from django.core.cache import cache
from django.db import transaction

from armistice_site import dependencies
from armistice_site.page_cache import CACHE_HEADER
from armistice_site.publishing import Status
from editorial import services
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on", "shared_cache")]


def warm(client, *urls: str) -> None:
    """Each URL stored in the cache (the second request is a hit)."""
    for url in urls:
        client.get(url)
        assert client.get(url)[CACHE_HEADER] == "hit", url


def is_hit(client, url: str) -> bool:
    return client.get(url)[CACHE_HEADER] == "hit"


def edit(obj, **fields) -> None:
    services.content_save(obj=obj, user=None, fields=fields, pending=False)


@pytest.fixture
def world():
    topic = factories.TopicFactory(name="Negotiations", slug="negotiations")
    tag = factories.TagFactory(name="Truce talks", slug="truce-talks")
    a = factories.ArticleFactory(title="Kaesong talks", slug="kaesong", topic=topic)
    a.tags.add(tag)
    b = factories.ArticleFactory(title="Hill battles", slug="hills")
    b.see_also.add(a)  # B's related list shows A
    c = factories.ArticleFactory(title="Air war", slug="air-war")
    alliance = factories.AllianceFactory()
    factories.MembershipFactory(alliance=alliance)
    return {"a": a, "b": b, "c": c, "topic": topic, "tag": tag, "alliance": alliance}


def test_a_text_edit_keeps_pages_that_do_not_show_the_item(client, world):
    others = [
        world["c"].get_absolute_url(),
        world["alliance"].get_absolute_url(),
        "/api/v1/articles/air-war/",
    ]
    warm(client, *others)

    edit(world["a"], body="## Background\n\nTalks moved to Panmunjom in October 1951.")

    assert all(is_hit(client, url) for url in others)


def test_an_edit_shows_at_once_on_every_page_that_shows_the_item(client, world):
    shows_a = [
        world["a"].get_absolute_url(),
        world["b"].get_absolute_url(),  # its related list
        "/articles/",
        "/topics/negotiations/",
        "/tags/truce-talks/",
        "/feeds/articles/",
        "/search/?q=Kaesong",
        "/api/v1/articles/",
        "/api/v1/articles/kaesong/",
    ]
    warm(client, *shows_a)

    edit(world["a"], title="Kaesong and Panmunjom talks")

    for url in shows_a:
        response = client.get(url)
        assert response[CACHE_HEADER] == "miss", url
        assert "Kaesong and Panmunjom talks" in response.content.decode(), url


def test_a_body_only_edit_shows_on_the_item_page_and_its_api_detail(client, world):
    urls = [world["a"].get_absolute_url(), "/api/v1/articles/kaesong/"]
    warm(client, *urls)

    edit(world["a"], body="## Background\n\nThe first session met on 10 July 1951.")

    for url in urls:
        assert "10 July 1951" in client.get(url).content.decode(), url


def test_publishing_and_unpublishing_change_the_lists(client, world):
    draft = factories.ArticleFactory(draft=True, title="Prisoner exchange", slug="exchange")
    lists = ["/articles/", "/api/v1/articles/", "/feeds/articles/"]
    warm(client, *lists)

    services.content_transition(obj=draft, to=Status.PUBLISHED, user=None)
    for url in lists:
        assert "Prisoner exchange" in client.get(url).content.decode(), url
    warm(client, *lists)

    services.content_transition(obj=draft, to=Status.DRAFT, user=None)
    for url in lists:
        assert "Prisoner exchange" not in client.get(url).content.decode(), url
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_tag_added_or_removed_shows_on_the_tag_page_and_the_article(client, world):
    urls = ["/tags/truce-talks/", world["c"].get_absolute_url()]
    warm(client, *urls)

    world["c"].tags.add(world["tag"])
    assert "Air war" in client.get("/tags/truce-talks/").content.decode()
    assert "Truce talks" in client.get(world["c"].get_absolute_url()).content.decode()
    warm(client, *urls)

    world["c"].tags.remove(world["tag"])
    assert "Air war" not in client.get("/tags/truce-talks/").content.decode()


def test_a_renamed_source_is_rerendered_into_the_citing_article(client):
    source = factories.SourceFactory(title="Truce Tent and Fighting Front", slug="hermes")
    article = factories.ArticleFactory(
        slug="citing", body="A claim.[^1]\n\n[^1]: [[source:hermes]], p. 412\n", sources=[source]
    )
    services.content_rerender(article)
    url = article.get_absolute_url()
    warm(client, url)

    edit(source, title="Truce Tent and Fighting Front (revised)")

    assert "Fighting Front (revised)" in client.get(url).content.decode()


def test_a_rerender_moves_the_item_version(world):
    key = dependencies.item_key("articles.article", world["a"].pk)
    before = cache.get(key)

    services.content_rerender(world["a"])  # a QuerySet.update(): no signal

    assert cache.get(key) != before
    assert cache.get(key) is not None


def test_a_new_membership_keeps_article_pages_but_shows_on_the_alliance(client, world):
    alliance_url = world["alliance"].get_absolute_url()
    warm(client, alliance_url, world["c"].get_absolute_url())

    factories.MembershipFactory(
        alliance=world["alliance"], country=factories.CountryFactory(name="Newland")
    )

    assert "Newland" in client.get(alliance_url).content.decode()
    assert is_hit(client, world["c"].get_absolute_url())


def test_a_page_rendered_while_a_write_happened_is_not_stored(client, world, monkeypatch):
    url = world["c"].get_absolute_url()
    real_epoch = dependencies.ensure_epoch

    def epoch_then_write():
        before = real_epoch()
        edit(world["a"], body="Written while the page rendered.")
        return before

    monkeypatch.setattr(dependencies, "ensure_epoch", epoch_then_write)
    assert client.get(url)[CACHE_HEADER] == "miss"
    monkeypatch.undo()

    assert client.get(url)[CACHE_HEADER] == "miss"  # nothing was stored
    assert is_hit(client, url)


def test_an_import_or_restore_drops_everything(client, world):
    url = world["c"].get_absolute_url()
    warm(client, url)

    from armistice_site.invalidation import bump_generation

    bump_generation()

    assert not is_hit(client, url)


def test_a_lost_version_is_a_miss_not_a_stale_page(client, world):
    url = world["a"].get_absolute_url()
    warm(client, url)
    cache.delete(dependencies.item_key("articles.article", world["a"].pk))

    assert not is_hit(client, url)
    assert is_hit(client, url)


def test_health_and_bench_paths_are_never_stored(client):
    for url in ("/healthz", "/bench/ceiling"):
        client.get(url)
        assert CACHE_HEADER not in client.get(url), url


@pytest.mark.django_db(transaction=True)
def test_the_item_version_moves_again_on_commit(world):
    key = dependencies.item_key("articles.article", world["a"].pk)
    with transaction.atomic():
        edit(world["a"], body="Inside a transaction.")
        during = cache.get(key)
    assert cache.get(key) > during
