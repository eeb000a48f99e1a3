"""Concurrent edits through the API: PUT, PATCH and DELETE honour ``If-Match`` with the ETag
of the item's GET, answer 412 (changing nothing) when it is stale, and return the new ETag."""

import pytest

from articles.models import Article
from editorial.roles import PUBLISHER, WRITER
from tests import factories
from tests.editorial.api_roles import role_client

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/truce/"


@pytest.fixture
def article():
    return factories.ArticleFactory(draft=True, slug="truce", title="The truce")


@pytest.fixture
def writer():
    return role_client(WRITER, "wanda-writer")


@pytest.fixture
def rival():
    """Another editor, who saves first."""
    return role_client(PUBLISHER, "pablo-publisher")


def write(client, method: str, etag: str | None):
    headers = {"HTTP_IF_MATCH": etag} if etag is not None else {}
    if method == "delete":
        return client.delete(URL, **headers)
    payload = {"title": "Mine"} if method == "patch" else {"slug": "truce", "title": "Mine"}
    return getattr(client, method)(URL, payload, format="json", **headers)


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_stale_if_match_is_412_and_changes_nothing(article, writer, rival, method):
    loaded = writer.get(URL)["ETag"]
    assert rival.patch(URL, {"title": "Theirs"}, format="json").status_code == 200

    response = write(writer, method, loaded)

    assert response.status_code == 412
    body = response.json()
    assert "changed by pablo-publisher at " in body["detail"]
    assert body["detail"].startswith("“Theirs” was changed by pablo-publisher at 20")
    assert body["current_etag"] == writer.get(URL)["ETag"] != loaded
    article.refresh_from_db()
    assert article.title == "Theirs"


@pytest.mark.parametrize("method", ["put", "patch"])
def test_the_current_etag_lets_the_write_through_and_the_answer_carries_the_new_one(
    article, writer, method
):
    loaded = writer.get(URL)["ETag"]

    response = write(writer, method, loaded)

    assert response.status_code == 200
    assert response.json()["title"] == "Mine"
    assert response["ETag"] not in ("", loaded)
    assert response["ETag"] == writer.get(URL)["ETag"]
    again = writer.patch(URL, {"summary": "Next."}, format="json", HTTP_IF_MATCH=response["ETag"])
    assert again.status_code == 200


def test_the_current_etag_lets_a_delete_through(article, writer):
    loaded = writer.get(URL)["ETag"]

    response = writer.delete(URL, HTTP_IF_MATCH=loaded)

    assert response.status_code == 204
    assert not Article.objects.exists()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_star_matches_any_version_of_an_existing_item(article, writer, rival, method):
    rival.patch(URL, {"title": "Theirs"}, format="json")

    response = write(writer, method, "*")

    assert response.status_code in (200, 204)
    assert not Article.objects.filter(title="Theirs").exists()


def test_one_of_several_tags_and_a_weak_tag_of_the_current_body_match(article, writer):
    """A client taking gzip only sees weak ETags: GZipMiddleware marks compressed bodies so."""
    loaded = writer.get(URL)["ETag"]

    listed = writer.patch(
        URL, {"title": "Listed"}, format="json", HTTP_IF_MATCH=f'"older", {loaded}'
    )
    weak = writer.patch(URL, {"title": "Weak"}, format="json", HTTP_IF_MATCH=f"W/{listed['ETag']}")

    assert listed.status_code == 200
    assert weak.status_code == 200
    assert weak.json()["title"] == "Weak"


def test_an_if_match_that_is_no_etag_matches_nothing(article, writer):
    response = writer.patch(URL, {"title": "Mine"}, format="json", HTTP_IF_MATCH="truce-v1")

    assert response.status_code == 412
    article.refresh_from_db()
    assert article.title == "The truce"


def test_without_if_match_the_write_is_not_checked(article, writer, rival):
    rival.patch(URL, {"title": "Theirs"}, format="json")

    response = writer.patch(URL, {"summary": "Mine."}, format="json")

    assert response.status_code == 200
    assert response.json()["title"] == "Theirs"


def test_a_change_to_something_shown_inside_the_item_also_makes_its_etag_stale(article, writer):
    tag = factories.TagFactory(slug="dmz", name="DMZ")
    article.tags.set([tag])
    loaded = writer.get(URL)["ETag"]
    tag.name = "Demilitarized zone"
    tag.save()

    response = writer.patch(URL, {"title": "Mine"}, format="json", HTTP_IF_MATCH=loaded)

    assert response.status_code == 412
    assert response.json()["current_etag"] == writer.get(URL)["ETag"]


def test_a_created_item_answers_with_the_etag_of_its_get(writer):
    response = writer.post(
        "/api/v1/articles/", {"slug": "new", "title": "New", "summary": "S."}, format="json"
    )

    assert response.status_code == 201
    assert response["ETag"] == writer.get("/api/v1/articles/new/")["ETag"]


def test_the_schema_documents_if_match_and_412(api_client):
    schema = api_client.get("/api/v1/schema/?format=json").json()
    for path in ("/api/v1/articles/{slug}/", "/api/v1/memberships/{id}/"):
        for method in ("put", "patch", "delete"):
            operation = schema["paths"][path][method]
            headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}

            assert "If-Match" in headers
            assert "412" in operation["responses"]
    assert (
        "ETag"
        in schema["paths"]["/api/v1/articles/{slug}/"]["patch"]["responses"]["200"]["headers"]
    )
