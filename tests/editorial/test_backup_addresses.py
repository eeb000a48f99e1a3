"""Issue 14: a backup made without ``--with-history`` still carries every old address. An
item's earlier slugs (and a deleted item's) travel as the revisions that had them, so after a
restore into an empty database old links still answer 301 and retired slugs stay retired.
Lead images are not inside the file: export names them and says to copy MEDIA_ROOT, and
import names the ones missing from MEDIA_ROOT."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from articles.models import Article
from editorial.backup import specs
from tests import factories

pytestmark = pytest.mark.django_db


def wipe_content():
    for spec in reversed(specs()):
        spec.model._default_manager.all().delete()
    for spec in specs():
        if spec.history:
            spec.history.objects.all().delete()


def export(path, *options) -> tuple[dict, str]:
    messages = io.StringIO()
    call_command("export_content", str(path), *options, stderr=messages)
    return json.loads(path.read_text()), messages.getvalue()


def restore(path) -> str:
    messages = io.StringIO()
    call_command("import_content", str(path), stdout=messages, stderr=messages)
    return messages.getvalue()


@pytest.fixture
def renamed(db):
    article = factories.ArticleFactory(slug="korean-armistice", title="The armistice")
    article.slug = "armistice-agreement"
    article.save()
    article.slug = "the-armistice-agreement"
    article.save()
    factories.ArticleFactory(slug="removed").delete()
    factories.ArticleFactory(slug="never-renamed")
    return article


def test_old_addresses_survive_a_restore_without_history(renamed, client, tmp_path):
    export(tmp_path / "backup.json")
    wipe_content()
    restore(tmp_path / "backup.json")

    for old in ("korean-armistice", "armistice-agreement"):
        response = client.get(f"/articles/{old}/")
        assert response.status_code == 301, old
        assert response["Location"] == "/articles/the-armistice-agreement/"
        api = client.get(f"/api/v1/articles/{old}/")
        assert api.status_code == 301
        assert api["Location"] == "/api/v1/articles/the-armistice-agreement/"
    with pytest.raises(Exception, match="This address was used by"):
        factories.ArticleFactory.build(slug="removed").full_clean()
    with pytest.raises(Exception, match="This address was used by"):
        factories.ArticleFactory.build(slug="korean-armistice").full_clean()


def test_only_the_revisions_that_hold_old_addresses_travel(renamed, tmp_path):
    document, _ = export(tmp_path / "backup.json")
    records = {
        tuple(record.get("key", ["(deleted)"])): record
        for record in document["records"]
        if record["model"] == "articles.article"
    }

    moved = records[("the-armistice-agreement",)]["history"]
    assert [revision["fields"]["slug"] for revision in moved] == [
        "korean-armistice",
        "armistice-agreement",
        "the-armistice-agreement",
    ]
    assert renamed.history.count() > len(moved)  # the earlier revisions under a slug stay
    assert "history" not in records[("never-renamed",)]
    assert [revision["type"] for revision in records[("(deleted)",)]["history"]] == ["-"]


def test_a_restored_backup_exports_the_same_bytes_again(renamed, tmp_path):
    export(tmp_path / "first.json")
    wipe_content()
    restore(tmp_path / "first.json")
    export(tmp_path / "second.json")
    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "first.json").read_bytes()
    restored = Article.objects.get(slug="never-renamed")
    assert restored.history.get().history_change_reason == "Imported from backup"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


def test_export_and_import_say_how_lead_images_are_backed_up(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    article = factories.ArticleFactory(lead_image_alt="A map")
    article.lead_image = SimpleUploadedFile("line.png", png_bytes())
    article.save()

    _, said = export(tmp_path / "backup.json")
    assert "1 media file" in said
    assert "copy MEDIA_ROOT" in said
    assert str(settings.MEDIA_ROOT) in said

    wipe_content()
    settings.MEDIA_ROOT = tmp_path / "empty-media"
    said = restore(tmp_path / "backup.json")
    assert "1 media file named in the backup is missing from MEDIA_ROOT" in said
    assert article.lead_image.name in said
