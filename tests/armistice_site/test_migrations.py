"""Models and migrations never drift, and every migration can be undone: all apps migrate
back to zero and forward again on a throwaway database."""

import psycopg
import pytest
from django.core.management import call_command
from django.db.migrations.loader import MigrationLoader

from tests.throwaway_db import migrate

PROJECT_APPS = ["timeline", "alliances", "articles"]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    try:
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)
    except SystemExit as missing:
        pytest.fail(f"makemigrations --check found model changes without a migration ({missing})")


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
