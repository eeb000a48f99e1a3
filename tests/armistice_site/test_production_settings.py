"""Issue 14, item 5: with DEBUG off, the site refuses to start on settings that only suit a
developer's machine — no DATABASE_URL (it would quietly run on a local SQLite file),
ALLOWED_HOSTS left at its loopback default, a short or Django-generated SECRET_KEY — with one
sentence naming the variable, never a traceback. With DEBUG on, none of them is needed."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": "postgres://armistice@db.internal:5432/armistice",
    "ALLOWED_HOSTS": "armistice.example",
}
SETTINGS = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}


def manage_check(environment: dict[str, str]) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if name not in SETTINGS}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def without(name: str) -> dict[str, str]:
    return {key: value for key, value in PRODUCTION.items() if key != name}


def test_production_settings_start():
    result = manage_check(PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("environment", "sentence"),
    [
        (
            without("DATABASE_URL"),
            "Armistice cannot start: set DATABASE_URL (e.g. postgres://user@host:5432/armistice); "
            "without it the site would run on a local SQLite file. Use DEBUG=true for local "
            "development.",
        ),
        (
            {**PRODUCTION, "DATABASE_URL": " "},
            "Armistice cannot start: set DATABASE_URL",
        ),
        (
            without("ALLOWED_HOSTS"),
            "Armistice cannot start: set ALLOWED_HOSTS to the host names readers use "
            "(e.g. armistice.example); the default only answers on this machine. Use DEBUG=true "
            "for local development.",
        ),
        (
            {**PRODUCTION, "SECRET_KEY": "short-but-not-empty"},
            "Armistice cannot start: SECRET_KEY is too weak: use at least 50 random characters",
        ),
        (
            {**PRODUCTION, "SECRET_KEY": "a" * 60},
            "Armistice cannot start: SECRET_KEY is too weak",
        ),
        (
            {**PRODUCTION, "SECRET_KEY": "django-insecure-" + secrets.token_urlsafe(50)},
            "Armistice cannot start: SECRET_KEY is too weak",
        ),
    ],
    ids=["no-database", "blank-database", "no-hosts", "short-key", "repetitive-key", "insecure"],
)
def test_unsafe_production_settings_stop_startup_with_one_sentence(environment, sentence):
    result = manage_check(environment)
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert sentence in result.stderr
    assert result.stderr.strip().count("\n") == 0  # one line, nothing else


def test_with_debug_on_a_first_look_needs_none_of_them():
    result = manage_check({"DEBUG": "true"})
    assert result.returncode == 0, result.stderr
