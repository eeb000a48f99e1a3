"""`manage.py check --deploy` must be clean with the environment a production server gets."""

import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "armistice.example",
    "HTTPS": "true",
    "TRUST_PROXY_SSL_HEADER": "true",
    "DATABASE_URL": "postgres://armistice@db.internal:5432/armistice",
    "LOG_FORMAT": "text",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_check_deploy_warns_when_https_is_forgotten():
    plain_http = {**PRODUCTION_ENV, "HTTPS": "false"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=plain_http)
    assert result.returncode != 0
    assert "security.W008" in result.stderr  # SECURE_SSL_REDIRECT
    assert "security.W012" in result.stderr  # SESSION_COOKIE_SECURE


def test_production_refuses_to_start_without_a_secret_key():
    without_key = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}
    result = manage("check", env=without_key)
    assert result.returncode != 0
    assert "set SECRET_KEY" in result.stderr
