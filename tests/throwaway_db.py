"""A throwaway PostgreSQL database beside the test database, and ``manage.py migrate`` run
against it in a subprocess: for tests of migrations themselves."""

import subprocess
import sys

import psycopg
import pytest
from django.conf import settings
from django.db import connection


@pytest.fixture
def throwaway_database(django_db_blocker):
    """A fresh, empty database beside the test database, dropped afterwards."""
    params = connection.settings_dict
    name = f"{params['NAME']}_migrations"
    admin = psycopg.connect(
        host=params["HOST"] or "127.0.0.1",
        port=params["PORT"] or 5432,
        user=params["USER"],
        password=params["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{name}"')
    user = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    yield f"postgres://{user}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{name}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def migrate(database_url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", *args],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DEBUG": "true",
            "DATABASE_URL": database_url,
            "LOG_FORMAT": "text",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
