"""Fault: a process is killed with SIGKILL in the middle of a write — a gunicorn worker while
it saves (and publishes) an article in the admin, and ``import_content`` while it restores a
backup. Each is caught at a known point inside its transaction: another session holds a lock
on a table the write reaches late, and the test kills the process once PostgreSQL shows it
waiting there, then lets the lock go.

The database is left consistent — all or nothing: the killed transaction is rolled back by
PostgreSQL, so none of its rows (article, revision, audit entry; imported content) remain.
Readers: served throughout by the other worker, never a 500; after the kill gunicorn starts a
new worker by itself. Log: gunicorn's own line that the worker was killed; nothing from the
dead process. Recovery: the same save, and the same import, then succeed with no restart."""

import os
import signal
import subprocess
import sys
import threading

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from articles.models import Article
from editorial.backup import specs
from tests import factories
from tests.editorial.admin_forms import admin_url, open_change_form
from tests.faults.conftest import server_database_url
from tests.faults.harness import (
    ROOT,
    SERVER_APPLICATION_NAME,
    TableLock,
    pid_with_local_port,
    sessions,
    until,
)

pytestmark = pytest.mark.django_db(transaction=True)
IMPORT_APPLICATION_NAME = "armistice-fault-import"


def audit_entries() -> int:
    """Audit entries, wherever the audit log's model lives."""
    [model] = [model for model in apps.get_models() if model.__name__ == "AuditEntry"]
    return model.objects.count()


def content_counts() -> dict[str, int]:
    return {spec.label: spec.model._default_manager.count() for spec in specs()}


def admin_session(client: Client) -> str:
    return "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())


def test_worker_killed_during_an_admin_save(start_site):
    article = factories.ArticleFactory(in_review=True, title="Awaiting review")
    chief = get_user_model().objects.create_superuser("chief", "c@example.org", "pw-chief-1234")
    editor = Client()
    editor.force_login(chief)
    form = {
        **open_change_form(editor, article),
        "title": "Published by the editor",
        "_transition": "published",
        "csrfmiddlewaretoken": editor.cookies["csrftoken"].value,
    }
    change = admin_url(Article, "change", article.pk)
    revisions, entries = article.history.count(), audit_entries()
    site = start_site(WEB_CONCURRENCY="2")

    lock = TableLock(Article.history.model._meta.db_table, mode="EXCLUSIVE")  # reads still pass
    outcome = {}
    saving = threading.Thread(
        target=lambda: outcome.update(
            answer=_attempt(site.send, "POST", change, form, Cookie=admin_session(editor))
        )
    )
    try:
        saving.start()
        [(backend, port)] = until(
            lambda: sessions(SERVER_APPLICATION_NAME, waiting_for_lock=True),
            within=20,
            what="the save did not reach the locked table",
        )
        worker = pid_with_local_port(port, site.worker_pids())
        assert site.get("/articles/").status == 200  # the other worker serves readers
        os.kill(worker, signal.SIGKILL)
        saving.join(timeout=20)
    finally:
        lock.release()
    until(
        lambda: backend not in [pid for pid, _ in sessions(SERVER_APPLICATION_NAME)],
        within=20,
        what="PostgreSQL did not end the killed worker's session",
    )

    assert isinstance(outcome["answer"], OSError)  # the editor's browser saw the connection drop
    article.refresh_from_db()
    assert (article.title, article.status) == ("Awaiting review", "in_review")
    assert article.history.count() == revisions
    assert audit_entries() == entries
    assert f"Worker (pid:{worker}) was sent SIGKILL" in site.log_text()

    until(lambda: len(site.worker_pids()) == 2, within=30, what="gunicorn did not replace it")
    for path in ("/articles/", "/api/v1/articles/", "/healthz"):
        assert site.get(path).status == 200, path
    assert f"/articles/{article.slug}/" not in site.get("/articles/").body  # still in review
    saved = site.send("POST", change, form, Cookie=admin_session(editor))
    assert saved.status == 200, saved.body[:500]  # followed to the list after the save
    article.refresh_from_db()
    assert (article.title, article.status) == ("Published by the editor", "published")
    assert article.history.count() > revisions
    assert audit_entries() == entries + 1
    assert "Traceback" not in site.log_text()
    assert 500 not in site.statuses()


def _attempt(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except OSError as error:
        return error


def test_import_content_killed_midway_leaves_nothing(start_site, redis_server, tmp_path):
    for _ in range(3):
        factories.ArticleFactory()
    event = factories.EventFactory()
    factories.TimelineEntryFactory(event=event, position=1)
    backup = tmp_path / "backup.json"
    call_command("export_content", str(backup), verbosity=0)
    expected = content_counts()
    for spec in reversed(specs()):  # an empty database, as after a disaster
        spec.model._default_manager.all().delete()
    for spec in specs():
        if spec.history:
            spec.history.objects.all().delete()
    entries = audit_entries()
    site = start_site(REDIS_URL=redis_server.url)  # the import's cache invalidation reaches it
    command = [sys.executable, "manage.py", "import_content", str(backup), "-v0"]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DEBUG": "false",
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": server_database_url(),
        "REDIS_URL": redis_server.url,
        "PGAPPNAME": IMPORT_APPLICATION_NAME,
    }

    timeline_entries = apps.get_model("timeline", "TimelineEntry")._meta.db_table
    lock = TableLock(timeline_entries)  # the last table the import fills
    try:
        importing = subprocess.Popen(command, cwd=ROOT, env=env)
        until(
            lambda: sessions(IMPORT_APPLICATION_NAME, waiting_for_lock=True),
            within=60,
            what="the import did not reach the locked table",
        )
        during = site.get("/api/v1/articles/")  # readers see nothing of a half-done import
        importing.send_signal(signal.SIGKILL)
        importing.wait(timeout=20)
    finally:
        lock.release()
    until(
        lambda: not sessions(IMPORT_APPLICATION_NAME),
        within=20,
        what="PostgreSQL did not end the killed import's session",
    )

    assert importing.returncode == -signal.SIGKILL
    assert (during.status, during.json()["count"]) == (200, 0)
    assert not any(content_counts().values())
    assert audit_entries() == entries

    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=120)
    assert content_counts() == expected
    assert audit_entries() == entries + 1
    assert site.get("/api/v1/articles/").json()["count"] == expected["articles.article"]
