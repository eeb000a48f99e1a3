"""API tokens for partners: named, scoped, optionally expiring, shown once and stored hashed,
revocable in the admin; DRF's old plain-text tokens were moved and keep working."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from tests import factories
from tokens.models import ApiToken, digest
from tokens.services import token_create

pytestmark = pytest.mark.django_db


def api(key: str, keyword: str = "Token") -> Client:
    return Client(headers={"authorization": f"{keyword} {key}"})


@pytest.fixture
def partner(django_user_model):
    return django_user_model.objects.create_superuser("museum", "m@example.org", "x" * 16)


@pytest.fixture
def chief(django_user_model):
    chief = django_user_model.objects.create_superuser("chief", "c@example.org", "x" * 16)
    client = Client()
    client.force_login(chief)
    return client


def test_a_token_made_in_the_admin_is_shown_once_and_stored_hashed(chief, partner):
    page = chief.get("/admin/tokens/apitoken/add/")
    assert "A read-only token can never change anything" in page.content.decode()

    created = chief.post(
        "/admin/tokens/apitoken/add/",
        {
            "name": "Museum kiosk",
            "user": partner.pk,
            "scope": "read",
            "expires_at_0": "",
            "expires_at_1": "",
        },
    )

    assert created.status_code == 200
    assert "no-store" in created["Cache-Control"]
    key = created.context["key"]
    assert key.startswith("arm_") and len(key) > 40
    assert "This is the only time the key is shown" in created.content.decode()
    token = ApiToken.objects.get()
    assert (token.name, token.user, token.scope) == ("Museum kiosk", partner, "read")
    assert token.key_digest == digest(key) and key not in token.key_digest
    listing = chief.get("/admin/tokens/apitoken/").content.decode()
    assert "Museum kiosk" in listing and key not in listing and f"{token.lookup}…" in listing
    detail = chief.get(f"/admin/tokens/apitoken/{token.pk}/change/").content.decode()
    assert key not in detail

    assert api(key).get("/api/v1/articles/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_read_only_token_cannot_write(partner):
    article = factories.ArticleFactory(draft=True)
    _, key = token_create(user=partner, name="Reader", scope="read")
    url = f"/api/v1/articles/{article.slug}/"
    assert api(key).get(url).status_code == 200  # the account may read drafts
    refused = api(key).patch(url, {"title": "X"}, content_type="application/json")
    assert refused.status_code == 403
    assert "This token is read-only" in refused.json()["detail"]
    _, writer_key = token_create(user=partner, name="Writer", scope="write")
    allowed = api(writer_key, "Bearer").patch(url, {"title": "X"}, content_type="application/json")
    assert allowed.status_code == 200


def test_expired_revoked_and_unknown_tokens_get_401(chief, partner):
    past = timezone.now() - datetime.timedelta(minutes=1)
    _, expired = token_create(user=partner, name="Old", expires_at=past)
    token, revoked = token_create(user=partner, name="Leaver")
    assert api(revoked).get("/api/v1/articles/").status_code == 200

    chief.post(
        "/admin/tokens/apitoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
    )

    for key in (expired, revoked, "arm_not-a-real-key", revoked[:-1] + "x"):
        refused = api(key).get("/api/v1/articles/")
        assert refused.status_code == 401, key
        assert refused.json()["detail"] == "Invalid token."
        assert refused["WWW-Authenticate"] == "Token"
    token.refresh_from_db()
    assert token.state() == "Revoked"


def test_drf_tokens_are_moved_and_keep_working(partner):
    old = Token.objects.create(user=partner)
    migration = importlib.import_module("tokens.migrations.0002_move_drf_tokens")

    migration.move(apps, None)

    assert not Token.objects.exists()
    moved = ApiToken.objects.get()
    assert moved.scope == "write" and moved.name.startswith("Token created before")
    assert api(old.key).get("/api/v1/articles/").status_code == 200


def test_drf_s_plain_text_token_list_is_gone_from_the_admin(chief):
    assert chief.get("/admin/authtoken/tokenproxy/").status_code == 404
