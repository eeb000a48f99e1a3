"""Models and migrations never drift, and every migration can be undone: all apps migrate
back to zero and forward again on a throwaway database."""

import subprocess
import sys

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

PROJECT_APPS = ["timeline", "alliances", "articles"]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    try:
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)
    except SystemExit as missing:
        pytest.fail(f"makemigrations --check found model changes without a migration ({missing})")


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


def test_every_migration_reverses_to_zero_and_applies_again(throwaway_database):
    """Our apps (timeline depends on alliances, alliances on articles). Django's
    own apps are left alone: reversing auth.0002 cannot shorten permission names that later
    migrations allow to be longer, which is Django's business, not ours."""
    migrate(throwaway_database)
    output = migrate(throwaway_database, "articles", "zero")  # takes its dependants along
    for app_label in PROJECT_APPS:
        assert f"Unapplying {app_label}.0001_initial... OK" in output

    with psycopg.connect(throwaway_database) as check:
        tables = check.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND split_part(tablename, '_', 1) = ANY(%s)",
            [PROJECT_APPS],
        ).fetchall()
        applied = check.execute(
            "SELECT count(*) FROM django_migrations WHERE app = ANY(%s)", [PROJECT_APPS]
        ).fetchone()[0]
    assert tables == []
    assert applied == 0

    output = migrate(throwaway_database)
    for app_label in PROJECT_APPS:
        latest = max(
            name for label, name in MigrationLoader(None).disk_migrations if label == app_label
        )
        assert f"Applying {app_label}.{latest}... OK" in output
