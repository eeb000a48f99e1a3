"""The audit log moved from ``armistice_site`` to ``editorial`` with state-only migrations. A
database written before the move migrates forward with every entry, its links and the Admin
role's right to read the log intact."""

import json
import subprocess
import sys

import psycopg
from django.conf import settings

from tests.throwaway_db import migrate

ENTRIES = [
    ("publish", "ada", "Armistice article", "Looks right.", '{"publish_at": "2026-07-27"}'),
    ("delete", "", "Old draft", "", "{}"),
]


def read_back(database_url: str) -> dict:
    """The entries and the Admin role's permissions, read through the models after migrating."""
    script = """
import json
from django.contrib.auth.models import Group
from editorial.models import AuditEntry
entries = [
    [e.action, e.username, e.object_repr, e.comment, e.extra, e.user.username if e.user else None,
     e.content_type.model if e.content_type else None]
    for e in AuditEntry.objects.order_by("pk")
]
perms = sorted(Group.objects.get(name="Admin").permissions.filter(
    codename="view_auditentry").values_list("content_type__app_label", flat=True))
print(json.dumps({"entries": entries, "admin_reads": perms}))
"""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "true", "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_entries_written_before_the_move_are_all_there_after_it(throwaway_database):
    migrate(throwaway_database, "editorial", "0001_roles")
    with psycopg.connect(throwaway_database) as db:
        user_id = db.execute(
            "INSERT INTO auth_user (username, password, is_superuser, first_name, last_name, "
            "email, is_staff, is_active, date_joined) "
            "VALUES ('ada', '', false, '', '', '', true, true, now()) RETURNING id"
        ).fetchone()[0]
        article_type = db.execute(
            "SELECT id FROM django_content_type WHERE app_label = 'articles' AND model = 'article'"
        ).fetchone()[0]
        for action, username, item, comment, extra in ENTRIES:
            db.execute(
                "INSERT INTO armistice_site_auditentry (user_id, username, action, content_type_id,"
                " object_id, object_repr, comment, created_at, extra) "
                "VALUES (%s, %s, %s, %s, '7', %s, %s, now(), %s)",
                [user_id if username else None, username, action, article_type, item, comment,
                 extra],
            )  # fmt: skip

    migrate(throwaway_database)

    after = read_back(throwaway_database)
    assert after["entries"] == [
        ["publish", "ada", "Armistice article", "Looks right.", {"publish_at": "2026-07-27"},
         "ada", "article"],
        ["delete", "", "Old draft", "", {}, None, "article"],
    ]  # fmt: skip
    assert after["admin_reads"] == ["editorial"]
