"""Stable addresses: a renamed item's old URLs answer 301 to the current one, for pages and the
API, however many times it is renamed; drafts are never redirected to; retired slugs are not
given to other content."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from armistice_site import registry
from tests import factories

#: Every revisioned type addressed by slug: revisions remember its old slugs.
RENAMEABLE = [
    entry
    for entry in registry.entries()
    if entry.revisioned and "slug" in {f.name for f in entry.model._meta.fields}
]


def rename(item, slug):
    item.slug = slug
    item.save()
    return item


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "prefix"),
    [
        (factories.factory_for(entry.model), reverse(entry.url_name, args=["x"])[:-2])
        for entry in RENAMEABLE
        if entry.url_name
    ],
    ids=[entry.name for entry in RENAMEABLE if entry.url_name],
)
def test_old_page_address_redirects_permanently(client, factory, prefix):
    rename(factory(slug="panmunjom-talks"), "armistice-talks")
    response = client.get(f"{prefix}panmunjom-talks/?utm=mail")
    assert response.status_code == 301
    assert response["Location"] == f"{prefix}armistice-talks/?utm=mail"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_every_former_slug_redirects_forever(client):
    article = factories.ArticleFactory(slug="first")
    rename(article, "second")
    rename(article, "third")
    for old in ("first", "second"):
        response = client.get(f"/articles/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/articles/third/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "resource"),
    [(factories.factory_for(entry.model), entry.api.prefix) for entry in RENAMEABLE if entry.api],
    ids=[entry.name for entry in RENAMEABLE if entry.api],
)
def test_old_api_address_redirects_permanently(client, factory, resource):
    rename(factory(slug="old-name"), "new-name")
    response = client.get(f"/api/v1/{resource}/old-name/?format=json")
    assert response.status_code == 301
    assert response["Location"] == f"/api/v1/{resource}/new-name/?format=json"


@pytest.mark.django_db
@pytest.mark.parametrize("trait", ["draft", "in_review", "archived", "scheduled"])
def test_non_public_items_are_never_redirected_to(client, trait):
    article = rename(factories.ArticleFactory(slug="before"), "after")
    article.delete()
    hidden = rename(factories.ArticleFactory(slug="hidden-before", **{trait: True}), "hidden")
    assert client.get("/articles/hidden-before/").status_code == 404
    assert client.get("/api/v1/articles/hidden-before/").status_code == 404
    assert client.get("/articles/before/").status_code == 404
    assert hidden.slug == "hidden"


@pytest.mark.django_db
def test_unknown_slugs_and_writes_stay_404(client):
    rename(factories.ArticleFactory(slug="was"), "is")
    assert client.get("/articles/never-existed/").status_code == 404
    assert client.post("/articles/was/").status_code in (404, 405)


@pytest.mark.django_db
def test_a_renamed_items_old_slug_is_refused_for_other_content():
    rename(factories.ArticleFactory(slug="korean-armistice", title="The armistice"), "armistice")
    newcomer = factories.ArticleFactory.build(slug="korean-armistice")
    with pytest.raises(ValidationError) as refused:
        newcomer.full_clean()
    message = refused.value.message_dict["slug"][0]
    assert message.startswith("This address was used by “The armistice” until ")
    assert "choose another slug so old links do not point at new content" in message


@pytest.mark.django_db
def test_a_deleted_items_slug_stays_retired():
    factories.EventFactory(slug="signing", title="Signing").delete()
    with pytest.raises(ValidationError) as refused:
        factories.EventFactory.build(slug="signing").full_clean()
    assert "This address was used by “27 July 1953: Signing”" in str(refused.value)


@pytest.mark.django_db
def test_slugs_readers_never_saw_may_be_reused():
    rename(factories.ArticleFactory(slug="working-title", draft=True), "final-title")
    factories.ArticleFactory.build(slug="working-title", topic=None).full_clean()


@pytest.mark.django_db
def test_an_item_may_take_back_its_own_old_slug(client):
    article = rename(factories.ArticleFactory(slug="original"), "renamed")
    article.slug = "original"
    article.full_clean()
    article.save()
    assert client.get("/articles/original/").status_code == 200
    assert client.get("/articles/renamed/")["Location"] == "/articles/original/"
