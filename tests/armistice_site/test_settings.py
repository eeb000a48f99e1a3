"""Start-up with a missing secret: one clear sentence and a failing exit code, never a
traceback; in development (DEBUG on) the site starts without one."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage_check(**overrides: str) -> subprocess.CompletedProcess:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_without_secret_key_and_debug_off_startup_stops_with_one_sentence():
    result = manage_check(DEBUG="false")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        "Armistice cannot start: set SECRET_KEY (a long random string), "
        "or DEBUG=true for local development." in result.stderr
    )


def test_debug_is_off_unless_asked_for():
    result = manage_check()
    assert result.returncode != 0
    assert "Armistice cannot start: set SECRET_KEY" in result.stderr


def test_with_debug_on_the_site_starts_without_a_secret_key():
    result = manage_check(DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
