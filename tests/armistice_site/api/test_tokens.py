"""A partner's API token stops working the moment an administrator deletes it."""

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token


@pytest.mark.django_db
def test_a_deleted_token_gets_401(django_user_model, public_article):
    partner = django_user_model.objects.create_user("museum", password="x" * 16)
    token = Token.objects.create(user=partner)
    api = Client(headers={"authorization": f"Token {token.key}"})
    assert api.get("/api/v1/articles/").status_code == 200

    chief = django_user_model.objects.create_superuser("chief", "chief@example.org", "x" * 16)
    admin_client = Client()
    admin_client.force_login(chief)
    listing = admin_client.get("/admin/authtoken/tokenproxy/")
    assert listing.status_code == 200
    assert "museum" in listing.content.decode()
    response = admin_client.post(
        f"/admin/authtoken/tokenproxy/{partner.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Token.objects.filter(user=partner).exists()

    refused = api.get("/api/v1/articles/")
    assert refused.status_code == 401
    assert refused.json()["detail"] == "Invalid token."
    assert refused["WWW-Authenticate"] == "Token"
