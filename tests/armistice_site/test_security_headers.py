"""Every kind of response carries the security headers and the strict Content-Security-Policy,
and the HTTPS-only headers appear once HTTPS is on."""

import pytest
from django.test import override_settings

STRICT_CSP = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
}


def assert_hardened(response):
    assert {part.strip() for part in response["Content-Security-Policy"].split(";")} == STRICT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Request-ID"]


@pytest.mark.django_db
def test_reader_pages_are_hardened(client, public_article):
    for url in ("/", public_article.get_absolute_url(), "/search/?q=armistice"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hardened(response)


@pytest.mark.django_db
def test_admin_login_page_is_hardened_and_cannot_be_framed(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_hardened(response)


@pytest.mark.django_db
def test_admin_pages_work_under_the_policy(staff_client):
    """The admin's scripts and styles are files from 'self': no inline code for the CSP to
    block (Django's admin templates put their data in attributes and JSON script blocks)."""
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    assert_hardened(response)
    html = response.content.decode()
    assert "<script>" not in html
    assert " onclick=" not in html


@pytest.mark.django_db
def test_health_and_error_responses_are_hardened(client):
    assert_hardened(client.get("/healthz"))
    assert_hardened(client.get("/no-such-page/"))


@pytest.mark.django_db
def test_api_responses_are_hardened(client, public_article):
    for url in ("/api/v1/", "/api/v1/articles/", f"/api/v1/articles/{public_article.slug}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hardened(response)


@pytest.mark.django_db
def test_api_docs_work_under_the_policy(client):
    """The interactive docs load their scripts and styles from this site, not a CDN, and
    carry no inline script, so the strict policy does not stop them."""
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    assert_hardened(response)
    html = response.content.decode()
    assert "cdn." not in html
    assert "<script>" not in html


@pytest.mark.django_db
@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SECURE_HSTS_SECONDS=31536000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
)
def test_behind_a_tls_proxy_http_is_redirected_and_https_gets_hsts(client):
    assert client.get("/").status_code == 301
    assert client.get("/").headers["Location"].startswith("https://")
    assert client.get("/healthz").status_code == 200  # load balancers probe over plain http
    response = client.get("/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
