"""HTTP behaviour of the API: conditional GETs, cache headers, CORS, throttling, JSON errors."""

import pytest
from django.test import Client

from articles.api import ArticleViewSet
from tests import factories

pytestmark = pytest.mark.django_db


def test_etag_gives_304_and_changes_with_the_content(api_client):
    article = factories.ArticleFactory()
    url = f"/api/v1/articles/{article.slug}/"
    first = api_client.get(url)

    again = api_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    article.title = "A new title"
    article.save()
    changed = api_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200 and first["ETag"]
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert changed.status_code == 200
    assert changed.json()["title"] == "A new title"


def test_last_modified_gives_304_until_the_item_changes(api_client):
    article = factories.ArticleFactory()
    url = f"/api/v1/articles/{article.slug}/"
    first = api_client.get(url)

    unchanged = api_client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    on_list = api_client.get("/api/v1/articles/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    article.updated_at = article.updated_at.replace(year=article.updated_at.year + 1)
    type(article).objects.filter(pk=article.pk).update(updated_at=article.updated_at)
    changed = api_client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert unchanged.status_code == 304
    assert on_list.status_code == 304
    assert changed.status_code == 200


def test_anonymous_reads_are_publicly_cacheable_and_vary_on_credentials(api_client):
    factories.ArticleFactory()

    response = api_client.get("/api/v1/articles/")

    assert response["Cache-Control"] == "public, max-age=60"
    assert {"Authorization", "Cookie"} <= {word.strip() for word in response["Vary"].split(",")}


def test_authenticated_reads_are_not_stored(client_for):
    response = client_for().get("/api/v1/articles/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_any_origin_may_read_the_api_but_not_the_site(api_client):
    factories.ArticleFactory()

    api = api_client.get("/api/v1/articles/", HTTP_ORIGIN="https://museum.example")
    preflight = api_client.options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://museum.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    site = Client().get("/articles/", HTTP_ORIGIN="https://museum.example")

    assert api["Access-Control-Allow-Origin"] == "*"
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in site


def test_anonymous_clients_get_429_with_retry_after(api_client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
    }

    statuses = [api_client.get("/api/v1/topics/").status_code for _ in range(4)]
    limited = api_client.get("/api/v1/topics/")

    assert statuses == [200, 200, 200, 429]
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0
    assert limited.json()["detail"].startswith("Request was throttled.")


@pytest.mark.parametrize(
    "path",
    ["/api/v2/nothing-here/", "/api/v1/topics/line%0Abreak/", "/api/v1/topics/%0A/"],
)
def test_unknown_api_path_is_json_404(api_client, path):
    response = api_client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"].startswith(("Not found.", "No Topic matches"))


def test_missing_trailing_slash_redirects_to_the_resource(api_client):
    response = api_client.get("/api/v1/articles?page=1")

    assert response.status_code == 301
    assert response["Location"] == "/api/v1/articles/?page=1"


def test_unknown_slug_and_page_past_the_end_are_json_404(api_client):
    detail = api_client.get("/api/v1/alliances/no-such-alliance/")
    page = api_client.get("/api/v1/alliances/?page=99")

    assert detail.status_code == page.status_code == 404
    assert "detail" in detail.json() and "detail" in page.json()


def test_wrong_method_is_json_405(client_for):
    response = client_for("articles.add_article").post("/api/v1/topics/", {}, format="json")

    assert response.status_code == 405
    assert response.json() == {"detail": 'Method "POST" not allowed.'}


def test_unexpected_error_is_json_500(api_client, monkeypatch):
    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(ArticleViewSet, "get_base_queryset", broken)

    response = api_client.get("/api/v1/articles/")

    assert response.status_code == 500
    assert response.json() == {
        "detail": "Server error. It has been logged; please try again later."
    }
