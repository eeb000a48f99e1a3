"""Password guessing on the admin login is stopped by django-axes: after AXES_FAILURE_LIMIT
failures for one username from one address the login is locked, even for the right password,
until the cool-off ends or an administrator unlocks it."""

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password=PASSWORD, is_staff=True)


def attempt(client, password: str, username: str = "editor"):
    return client.post(LOGIN, {"username": username, "password": password})


def assert_locked(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in locked for now" in page
    assert "ask an administrator to unlock" in page


@pytest.mark.django_db
def test_repeated_failures_lock_the_login_even_for_the_right_password(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "guess")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    assert_locked(attempt(client, "guess"))
    assert_locked(attempt(client, PASSWORD))
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_lock_is_per_username(client, editor, django_user_model):
    django_user_model.objects.create_user("publisher", password=PASSWORD, is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "guess")
    response = attempt(client, PASSWORD, username="publisher")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_an_administrator_can_unlock_with_axes_reset_username(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "guess")
    assert_locked(attempt(client, PASSWORD))

    call_command("axes_reset_username", "editor")

    response = attempt(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_an_administrator_can_unlock_in_the_admin(client, editor, django_user_model):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "guess")
    [lock] = AccessAttempt.objects.filter(username="editor")
    chief = django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    admin_client = type(client)()
    admin_client.force_login(chief)
    listing = admin_client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    response = admin_client.post(f"/admin/axes/accessattempt/{lock.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302

    assert attempt(client, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_success_before_the_limit_clears_the_failures(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "guess")
    assert attempt(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "guess").status_code == 200


@pytest.mark.django_db
def test_sessions_end_with_the_browser_and_after_eight_hours(client, editor):
    with time_machine.travel("2026-03-01 09:00 +0000", tick=False):
        response = attempt(client, PASSWORD)
        cookie = response.cookies[settings.SESSION_COOKIE_NAME]
        assert cookie["expires"] == ""  # a browser-session cookie
        assert cookie["httponly"] is True
        assert client.get("/admin/").status_code == 200
    with time_machine.travel("2026-03-01 16:59 +0000", tick=False):
        assert client.get("/admin/").status_code == 200
    with time_machine.travel("2026-03-01 17:01 +0000", tick=False):
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_an_absurdly_long_username_counts_as_a_failure_not_an_error(client):
    response = attempt(client, "guess", username="a" * 5000)
    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.content.decode()
    assert AccessAttempt.objects.get().username == "a" * 255


@pytest.mark.django_db
def test_behind_a_proxy_the_lock_counts_the_client_address(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def from_address(forwarded_for: str, password: str):
        return client.post(
            LOGIN,
            {"username": "editor", "password": password},
            headers={"x-forwarded-for": forwarded_for},
        )

    for _ in range(settings.AXES_FAILURE_LIMIT):
        from_address("203.0.113.7", "guess")
    assert_locked(from_address("203.0.113.7", PASSWORD))
    # A forged left-most entry does not get the attacker out of the lock ...
    assert_locked(from_address("198.51.100.1, 203.0.113.7", PASSWORD))
    # ... and the editor, from their own address, still signs in.
    assert from_address("192.0.2.44", PASSWORD).status_code == 302
