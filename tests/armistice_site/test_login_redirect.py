"""Issue 14, item 7: after signing in, an editor whose ``next`` points off the site (which
Django refuses to follow) lands on the admin's front page, not on /accounts/profile/, a page
this site does not have. A ``next`` on the site is still followed."""

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "pw-editor-12345"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        username="editor", password=PASSWORD, is_staff=True
    )


def sign_in(client, next_url: str):
    return client.post(
        f"/admin/login/?next={next_url}",
        {"username": "editor", "password": PASSWORD, "next": next_url},
    )


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/admin/", "http://testserver.evil.example/", ""],
)
def test_an_off_site_next_falls_back_to_the_admin(client, editor, next_url):
    response = sign_in(client, next_url)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_a_next_on_the_site_is_followed(client, editor):
    response = sign_in(client, "/admin/articles/article/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/articles/article/"
