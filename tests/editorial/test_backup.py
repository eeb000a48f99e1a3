"""Backups round-trip: export, import into an empty database, export again gives the same
bytes; imports are all or nothing, refuse or merge into existing content, and reject damaged
files without changing anything."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from armistice_site.invalidation import current_generation
from armistice_site.publishing import Status
from articles.models import Article, Source
from editorial.backup import specs
from editorial.models import AuditEntry
from tests import factories


@pytest.fixture
def content(db):
    """A little of everything: relations of every kind, drafts, a rename and a deletion."""
    tags = [factories.TagFactory(slug="dmz"), factories.TagFactory(slug="treaty")]
    sources = factories.SourceFactory.create_batch(2)
    lead = factories.ArticleFactory(
        slug="korean-armistice",
        body="## Signing\n\nAt **Panmunjom**, 27 July 1953.[^1]\n\n[^1]: The agreement.",
        sources=sources,
    )
    lead.tags.set(tags)
    draft = factories.ArticleFactory(slug="work-in-progress", draft=True, sources=[])
    ai = factories.ArticleFactory(
        slug="ai-summary", ai_generated=True, disclosure="Drafted by an AI model."
    )
    lead.see_also.set([draft, ai])
    ai.see_also.set([lead])
    lead.slug = "armistice-agreement"
    lead.save()
    factories.ArticleFactory(slug="removed").delete()
    alliance = factories.AllianceFactory(slug="us-rok-treaty")
    alliance.sources.set(sources[:1])
    alliance.articles.set([lead])
    for country in factories.CountryFactory.create_batch(2):
        factories.MembershipFactory(alliance=alliance, country=country)
    event = factories.EventFactory(slug="signing", latitude="37.95611", longitude="126.67722")
    event.countries.set([alliance.memberships.first().country])
    event.alliances.set([alliance])
    event.articles.set([lead])
    timeline = factories.TimelineFactory(slug="korean-war")
    factories.TimelineEntryFactory(timeline=timeline, event=event, position=1)
    factories.TimelineEntryFactory(timeline=timeline, position=2)
    return lead


def wipe_content():
    """Empty every content table and its revisions, as a fresh database would be."""
    for spec in reversed(specs()):
        spec.model._default_manager.all().delete()
    for spec in specs():
        if spec.history:
            spec.history.objects.all().delete()


def export(path, *options):
    call_command("export_content", str(path), *options, verbosity=0)
    return path.read_bytes()


def content_counts():
    return {spec.label: spec.model._default_manager.count() for spec in specs()}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_import_export_gives_identical_files(content, tmp_path, fmt):
    first = export(tmp_path / f"one.{fmt}", "--format", fmt)
    assert export(tmp_path / f"again.{fmt}", "--format", fmt) == first
    html = dict(Article.objects.values_list("slug", "body_html"))
    counts = content_counts()
    wipe_content()
    call_command("import_content", str(tmp_path / f"one.{fmt}"), verbosity=0)
    assert export(tmp_path / f"two.{fmt}", "--format", fmt) == first
    assert content_counts() == counts
    assert dict(Article.objects.values_list("slug", "body_html")) == html
    restored = Article.objects.get(slug="armistice-agreement")
    assert "<strong>Panmunjom</strong>" in restored.body_html
    assert restored.toc
    assert set(restored.see_also.values_list("slug", flat=True)) == {
        "work-in-progress",
        "ai-summary",
    }
    assert restored.alliances.get().memberships.count() == 2
    assert Article.objects.get(slug="work-in-progress").status == Status.DRAFT
    assert not Article.objects.filter(search_vector__isnull=True).exists()
    # Without --with-history only the revisions that hold an old address travel: the renamed
    # article keeps its old slug's; the others get one revision saying where they came from.
    assert [revision.slug for revision in restored.history.order_by("history_date")] == [
        "korean-armistice",
        "armistice-agreement",
    ]
    ai_summary = Article.objects.get(slug="ai-summary")
    assert ai_summary.history.get().history_change_reason == "Imported from backup"


def test_import_records_an_audit_entry(content, tmp_path):
    export(tmp_path / "backup.json")
    wipe_content()
    call_command("import_content", str(tmp_path / "backup.json"), verbosity=0)
    entry = AuditEntry.objects.get(action="import")
    assert entry.comment.endswith("backup.json (refuse)")
    assert entry.extra["counts"]["articles.article"] == 3


def test_history_round_trips_and_keeps_old_addresses(content, client, tmp_path):
    first = export(tmp_path / "full.jsonl", "--format", "jsonl", "--with-history")
    revisions = content.history.count()
    wipe_content()
    call_command("import_content", str(tmp_path / "full.jsonl"), verbosity=0)
    assert export(tmp_path / "again.jsonl", "--format", "jsonl", "--with-history") == first
    restored = Article.objects.get(slug="armistice-agreement")
    assert restored.history.count() == revisions
    response = client.get("/articles/korean-armistice/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/armistice-agreement/"
    with pytest.raises(Exception, match="This address was used by"):
        factories.ArticleFactory.build(slug="removed").full_clean()


def test_import_into_existing_content_is_refused_by_default(content, tmp_path):
    export(tmp_path / "backup.json")
    before = content_counts()
    with pytest.raises(CommandError, match=r"already holds content.*--mode merge"):
        call_command("import_content", str(tmp_path / "backup.json"), verbosity=0)
    assert content_counts() == before


def test_merge_updates_by_slug_adds_new_items_and_keeps_local_ones(content, tmp_path):
    export(tmp_path / "backup.json")
    Article.objects.filter(slug="ai-summary").update(title="Edited locally")
    Article.objects.get(slug="work-in-progress").delete()
    local = factories.ArticleFactory(slug="local-only")
    call_command("import_content", str(tmp_path / "backup.json"), "--mode", "merge", verbosity=0)
    assert Article.objects.get(slug="ai-summary").title != "Edited locally"
    assert Article.objects.filter(slug="work-in-progress", status=Status.DRAFT).exists()
    assert Article.objects.filter(pk=local.pk).exists()
    assert Article.objects.count() == 4
    merged = Article.objects.get(slug="ai-summary").history.first()
    assert merged.history_change_reason == "Merged from backup"


def damaged(tmp_path, text):
    path = tmp_path / "damaged.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_truncated_file_changes_nothing(content, tmp_path, fmt):
    whole = export(tmp_path / f"backup.{fmt}", "--format", fmt).decode()
    wipe_content()
    cut = whole[: len(whole) // 2]
    with pytest.raises(CommandError, match=r"Nothing was imported: .*(cut short|incomplete)"):
        call_command("import_content", damaged(tmp_path, cut), verbosity=0)
    if fmt == "jsonl":
        lines = whole.splitlines(keepends=True)
        with pytest.raises(CommandError, match="incomplete or altered"):
            call_command("import_content", damaged(tmp_path, "".join(lines[:-3])), verbosity=0)
    assert not any(content_counts().values())


def test_broken_file_changes_nothing(db, tmp_path):
    with pytest.raises(CommandError, match="not an Armistice content backup"):
        call_command("import_content", damaged(tmp_path, '{"hello": "world"}'), verbosity=0)
    with pytest.raises(CommandError, match="damaged or cut short"):
        call_command("import_content", damaged(tmp_path, "{\n not json"), verbosity=0)
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_content", str(tmp_path / "missing.json"), verbosity=0)
    assert not any(content_counts().values())


def test_invalid_record_late_in_the_file_rolls_everything_back(content, tmp_path):
    document = json.loads(export(tmp_path / "backup.json"))
    events = [r for r in document["records"] if r["model"] == "timeline.event"]
    events[-1]["fields"]["importance"] = 9
    wipe_content()
    with pytest.raises(CommandError, match=r"timeline.event \['signing'\] is not valid"):
        call_command("import_content", damaged(tmp_path, json.dumps(document)), verbosity=0)
    assert not any(content_counts().values())
    assert not Source.objects.exists()
    assert not AuditEntry.objects.filter(action="import").exists()


def test_dates_and_times_keep_full_precision(content, tmp_path):
    moment = datetime.datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=datetime.UTC)
    Article.objects.filter(pk=content.pk).update(publish_at=moment, created_at=moment)
    export(tmp_path / "backup.json")
    wipe_content()
    call_command("import_content", str(tmp_path / "backup.json"), verbosity=0)
    restored = Article.objects.get(slug="armistice-agreement")
    assert (restored.publish_at, restored.created_at) == (moment, moment)


def test_an_import_moves_the_content_generation_so_no_stale_page_is_served(
    content, tmp_path, django_capture_on_commit_callbacks
):
    export(tmp_path / "backup.json")
    wipe_content()
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_content", str(tmp_path / "backup.json"), verbosity=0)
    assert current_generation() != before
