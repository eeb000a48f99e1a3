"""Issue 12, item 2: the media library. An image is uploaded once through the one write path,
verified like every upload, given WebP and fallback renditions at several widths when saved,
and shown in bodies by ``[[image:slug]]`` as a credited ``<figure>``. Bad input is a field
error in the admin, never a 500 — storage that cannot be written to included."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as Picture

from articles.models import Article
from editorial import services
from media_library.models import Image
from tests import factories
from tests.editorial.admin_forms import open_change_form

pytestmark = pytest.mark.django_db
ADD = "/admin/media_library/image/add/"


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def upload(size=(1200, 800), name="band.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, factories.png_bytes(size), "image/png")


def form_data(**changes) -> dict:
    data = {
        "title": "A band",
        "slug": "a-band",
        "file": upload(),
        "alt_text": "A white band across a navy field",
        "caption": "The band.",
        "credit": "Diagram: Armistice editors",
        "licence": "CC BY 4.0",
        "source_url": "https://example.org/band",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def test_saving_through_the_write_path_makes_webp_and_fallback_renditions(media_root):
    image = services.content_save(
        obj=Image(**form_data(file=None)),
        user=None,
        fields={"file": ContentFile(factories.png_bytes((1200, 800)), name="band.png")},
    )
    image.refresh_from_db()
    assert (image.width, image.height) == (1200, 800)
    made = image.renditions()
    assert {(r.image_format, r.width) for r in made} == {
        (image_format, width) for image_format in ("WEBP", "PNG") for width in (480, 960, 1200)
    }
    for rendition in made:
        with Picture.open(media_root / rendition.name) as picture:
            assert picture.format == rendition.image_format
            assert picture.width == rendition.width


def test_a_small_image_is_never_enlarged(media_root):
    image = factories.ImageFactory(file=ContentFile(factories.png_bytes((300, 200)), "s.png"))
    assert {r.width for r in image.renditions()} == {300}


def test_the_admin_uploads_an_image_and_shows_its_thumbnail(admin_client, media_root):
    response = admin_client.post(ADD, form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    image = Image.objects.get(slug="a-band")
    assert all((media_root / r.name).is_file() for r in image.renditions())
    listing = admin_client.get("/admin/media_library/image/")
    assert image.renditions()[0].url in listing.text
    change = admin_client.get(f"/admin/media_library/image/{image.pk}/change/")
    assert 'class="admin-thumbnail"' in change.text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"alt_text": ""}, "alt_text"),
        ({"file": SimpleUploadedFile("map.png", b"minutes of the talks, not a picture")}, "file"),
        (
            {"file": SimpleUploadedFile("map.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")},
            "file",
        ),
    ],
    ids=["missing alt text", "text named .png", "svg"],
)
def test_bad_input_is_a_field_error_in_the_admin(admin_client, media_root, changes, field):
    response = admin_client.post(ADD, form_data(**changes))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not Image.objects.exists()


def test_an_oversized_file_is_a_field_error(admin_client, media_root, settings):
    settings.MAX_IMAGE_UPLOAD_MB = 0
    response = admin_client.post(ADD, form_data())
    assert response.status_code == 200
    assert "too large" in str(response.context["adminform"].form.errors["file"])


def test_storage_that_cannot_be_written_is_a_clear_error_not_a_500(
    admin_client, settings, tmp_path
):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocker / "media"  # every write fails, as on a broken disk
    response = admin_client.post(ADD, form_data())
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "could not be stored" in str(errors.get("file") or errors)
    assert not Image.objects.exists()


def test_a_body_shows_the_image_as_a_credited_figure(client, media_root):
    image = factories.ImageFactory(slug="dmz-band")
    article = factories.ArticleFactory(body="Intro.\n\n[[image:dmz-band]]\n\nAfter.")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.text
    assert '<figure class="figure" id="image-dmz-band">' in html
    assert '<source type="image/webp" srcset="' in html
    assert 'loading="lazy"' in html and 'alt="A white band across a navy field"' in html
    assert 'width="1200" height="800"' in html
    assert (
        'Credit: <a href="https://example.org/diagrams/band">Diagram: Armistice editors</a>' in html
    )
    assert "Licence: CC BY 4.0" in html
    for rendition in image.renditions():
        assert rendition.url in html
        served = client.get(rendition.url)
        assert served.status_code == 200
        served.close()


def test_changing_the_image_renders_the_bodies_that_show_it_again(media_root):
    image = factories.ImageFactory(slug="dmz-band")
    article = factories.ArticleFactory(body="[[image:dmz-band]]")
    services.content_save(obj=image, user=None, fields={"credit": "Drawn by the editors"})
    assert "Credit: <a" in Article.objects.get(pk=article.pk).body_html
    assert "Drawn by the editors" in Article.objects.get(pk=article.pk).body_html


def test_an_unknown_image_is_shown_as_text_and_reported(media_root):
    article = factories.ArticleFactory(body="[[image:nowhere]]")
    assert "<figure" not in article.body_html
    assert "[[image:nowhere]]" in article.body_html


def test_image_rows_travel_in_backups_and_their_files_are_named(media_root, tmp_path):
    from django.core.management import call_command

    from editorial.backup import export_records, media_files
    from tests.editorial.test_backup import wipe_content

    image = factories.ImageFactory(slug="dmz-band")
    factories.ArticleFactory(slug="led", body="[[image:dmz-band]]", lead_image_asset=image)
    assert image.file.name in media_files(export_records())
    call_command("export_content", str(tmp_path / "one.json"), verbosity=0)
    first = (tmp_path / "one.json").read_bytes()
    wipe_content()
    call_command("import_content", str(tmp_path / "one.json"), verbosity=0)
    restored = Image.objects.get(slug="dmz-band")
    assert (restored.file.name, restored.alt_text, restored.licence) == (
        image.file.name,
        image.alt_text,
        image.licence,
    )
    assert Article.objects.get(slug="led").lead_image_asset == restored
    call_command("export_content", str(tmp_path / "two.json"), verbosity=0)
    assert (tmp_path / "two.json").read_bytes() == first


def test_the_editors_image_button_finds_library_images(admin_client, media_root):
    factories.ImageFactory(title="DMZ cross-section", slug="dmz-schematic")
    found = admin_client.get("/admin/editorial/content-search/", {"q": "dmz", "kind": "image"})
    assert [r["reference"] for r in found.json()["results"]] == ["[[image:dmz-schematic]]"]
    editor = admin_client.get("/admin/articles/article/add/")
    assert 'data-reference-kinds="image"' in editor.text


def test_a_figure_costs_the_article_page_no_query(client, media_root):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    factories.ImageFactory(slug="dmz-band")
    plain = factories.ArticleFactory(body="## One\n\nText.\n\nMore text.")
    with_figure = factories.ArticleFactory(body="## One\n\nText.\n\n[[image:dmz-band]]")

    def queries(article) -> int:
        client.get(article.get_absolute_url())  # warm what is cached per process
        with CaptureQueriesContext(connection) as captured:
            assert client.get(article.get_absolute_url()).status_code == 200
        return len(captured)

    assert queries(with_figure) == queries(plain)


def test_an_article_lead_image_from_the_library(client, media_root):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    image = factories.ImageFactory(slug="dmz-band")
    plain = factories.ArticleFactory(body="## One\n\nText.")
    article = factories.ArticleFactory(body="## One\n\nText.")
    services.content_save(obj=article, user=None, fields={"lead_image_asset": image})

    def get(item):
        client.get(item.get_absolute_url())
        with CaptureQueriesContext(connection) as captured:
            response = client.get(item.get_absolute_url())
        return response, len(captured)

    response, queries = get(article)
    assert response.status_code == 200
    html = response.text
    assert '<figure class="figure" id="image-dmz-band">' in html
    assert 'fetchpriority="high"' in html and "Licence: CC BY 4.0" in html
    assert f'<meta property="og:image" content="http://testserver{image.file.url}">' in html
    assert f'"image": "http://testserver{image.file.url}"' in html  # JSON-LD
    assert queries == get(plain)[1]  # joined to the article's own query


def test_a_library_lead_image_is_picked_in_the_admin(admin_client, media_root):
    image = factories.ImageFactory(slug="dmz-band")
    article = factories.ArticleFactory()
    data = open_change_form(admin_client, article)
    data["lead_image_asset"] = image.pk
    response = admin_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get(pk=article.pk).lead_image_asset == image


def test_an_image_that_leads_an_article_is_not_deleted(admin_client, media_root):
    image = factories.ImageFactory(slug="dmz-band")
    factories.ArticleFactory(lead_image_asset=image)
    url = f"/admin/media_library/image/{image.pk}/delete/"
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "would require deleting the following protected" in page.text
    assert admin_client.post(url, {"post": "yes"}).status_code in (200, 403)
    assert Image.objects.filter(pk=image.pk).exists()


def test_readers_keep_the_page_while_the_media_store_is_gone_and_get_images_back_after(
    client, media_root, tmp_path, settings
):
    """The figure is stored in the body, so a page that shows an image needs the database, not
    the media store: with the store unreachable the page still answers 200 with its figure and
    credit, each image address is a plain 404 (never a 500), and once the store is back the same
    addresses serve the images again, with no restart."""
    image = factories.ImageFactory(slug="dmz-band")
    article = factories.ArticleFactory(body="Intro.\n\n[[image:dmz-band]]\n\nAfter.")
    rendition = image.renditions()[0]

    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocker / "media"  # the store is gone: nothing under it can be read
    page = client.get(article.get_absolute_url())
    missing = client.get(rendition.url)

    assert page.status_code == 200
    assert 'id="image-dmz-band"' in page.text and "Licence: CC BY 4.0" in page.text
    assert missing.status_code == 404

    settings.MEDIA_ROOT = media_root  # the store is back
    served = client.get(rendition.url)
    assert served.status_code == 200
    served.close()
