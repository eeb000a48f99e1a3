"""Malformed requests get a 4xx that says what was wrong, never a 500."""

import pytest
from django.conf import settings

from tests import factories

API_LIST = "/api/v1/articles/"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/search/?q=%FF%FE", "/articles/?topic=%C3%28", "/?x=%ED%A0%80"])
def test_query_strings_that_are_not_utf8_get_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "not valid UTF-8" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/search/?q=a%00b", "/admin/articles/article/?q=%00"])
def test_nul_characters_get_400(staff_client, url):
    response = staff_client.get(url)
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


@pytest.mark.django_db
def test_paths_that_are_not_utf8_get_404(client):
    assert client.get("/articles/%FF%FE/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["-1", "0", str(10**20), "1e9", "last-but-one", ""])
def test_odd_page_numbers_never_fail(client, page):
    factories.ArticleFactory.create_batch(2)
    response = client.get("/articles/", {"page": page})
    assert response.status_code in {200, 404}


@pytest.mark.django_db
def test_huge_bodies_get_413_before_anything_reads_them(client):
    too_big = b"x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/admin/login/", too_big, content_type="application/octet-stream")
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    response = client.post(API_LIST, too_big, content_type="application/json")
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


@pytest.mark.django_db
def test_a_nonsense_content_length_gets_400(client):
    response = client.post("/admin/login/", b"", content_type="text/plain", CONTENT_LENGTH="lots")
    assert response.status_code == 400


@pytest.mark.django_db
def test_invalid_utf8_in_a_form_body_is_not_a_server_error(client):
    response = client.post(
        "/admin/login/",
        b"username=%FF%FE&password=\xff\xfe",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in {200, 400, 403}


@pytest.mark.django_db
def test_search_queries_are_bounded(client):
    factories.ArticleFactory(title="Panmunjom talks")
    response = client.get("/search/", {"q": "panmunjom " * 1000})
    assert response.status_code == 200
    field = 'name="q"'
    assert field in response.content.decode()
    assert "panmunjom " * 100 not in response.content.decode()


# The API answers malformed writes itself (DRF): these check that it still does, in JSON.


@pytest.mark.django_db
def test_api_malformed_json_gets_400(staff_client):
    response = staff_client.post(API_LIST, "{not json", content_type="application/json")
    assert response.status_code in {400, 403}
    assert response.json()["detail"]


@pytest.mark.django_db
def test_api_wrong_content_type_gets_4xx(staff_client):
    response = staff_client.post(API_LIST, "<xml/>", content_type="application/xml")
    assert response.status_code in {403, 415}
    assert response.json()["detail"]


@pytest.mark.django_db
def test_api_invalid_utf8_json_gets_4xx(staff_client):
    response = staff_client.post(API_LIST, b'{"title": "\xff"}', content_type="application/json")
    assert response.status_code in {400, 403}
    assert response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["-1", "0", str(10**20), "abc"])
def test_api_odd_page_numbers_get_404_in_json(client, page):
    factories.ArticleFactory()
    response = client.get(API_LIST, {"page": page})
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.django_db
def test_api_giant_page_size_is_capped(client):
    factories.ArticleFactory.create_batch(3)
    response = client.get(API_LIST, {"page_size": str(10**20)})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3
