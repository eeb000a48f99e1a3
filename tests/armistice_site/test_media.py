"""Issue 14, item 6: uploaded images are served by the site itself (under gunicorn too, not
only by ``runserver``): JPEG, PNG, WebP and GIF files under MEDIA_ROOT, with their content
type, ``nosniff``, caching headers and 304s; nothing else — no directory listing, no other
file types, nothing outside MEDIA_ROOT however the path is spelt."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests import factories
from tests.faults.harness import Site

pytestmark = pytest.mark.django_db


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    (tmp_path / "secret.png").write_bytes(png_bytes())  # next to MEDIA_ROOT, never served
    (tmp_path / "settings.py").write_text("SECRET_KEY = 'do-not-serve'")
    return root


@pytest.fixture
def article_with_image(media_root):
    article = factories.ArticleFactory(lead_image_alt="A map of the demarcation line")
    article.lead_image = SimpleUploadedFile("line.png", png_bytes())
    article.save()
    return article


def test_a_lead_image_is_served_with_type_nosniff_and_caching(client, article_with_image):
    response = client.get(article_with_image.lead_image.url)

    assert response.status_code == 200
    assert response.getvalue() == png_bytes()
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert response["Last-Modified"]
    assert "X-Page-Cache" not in response  # files are not copied into the page cache


def test_an_unchanged_image_answers_304(client, article_with_image):
    url = article_with_image.lead_image.url
    first = client.get(url)
    first.close()
    modified = first["Last-Modified"]

    again = client.get(url, headers={"if-modified-since": modified})

    assert again.status_code == 304
    assert again.content == b""


def test_the_article_page_shows_the_image_it_can_load(client, article_with_image):
    page = client.get(article_with_image.get_absolute_url()).content.decode()
    assert f'src="{article_with_image.lead_image.url}"' in page
    head = client.head(article_with_image.lead_image.url)
    head.close()  # as a WSGI server does; the test client only closes what it reads
    assert head.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/media/",
        "/media/articles/",
        "/media/articles",
        "/media/missing.png",
        "/media/../secret.png",
        "/media/%2e%2e/secret.png",
        "/media/articles/..%2f..%2fsecret.png",
        "/media/%2fetc%2fpasswd",
        "/media//etc/passwd",
        "/media/../settings.py",
        "/media/notes.html",
        "/media/articles/line.png%00.html",
    ],
)
def test_nothing_but_images_inside_media_root_is_served(client, article_with_image, path):
    (Path(article_with_image.lead_image.path).parent.parent / "notes.html").write_text("<p>hi")
    response = client.get(path)
    assert response.status_code in (400, 404), path
    assert b"do-not-serve" not in response.content


def test_media_is_read_only(client, article_with_image):
    assert client.post(article_with_image.lead_image.url).status_code == 405


@pytest.mark.django_db(transaction=True)
def test_gunicorn_serves_uploaded_images(tmp_path, media_root, article_with_image):
    site = Site(
        tmp_path / "site.log",
        {
            "SECRET_KEY": "media-test-" + "0123456789abcdef" * 3,
            "DATABASE_URL": "sqlite:///" + str(tmp_path / "unused.sqlite3"),
            "MEDIA_ROOT": str(media_root),
        },
    )
    site.start()
    try:
        image = site.get(article_with_image.lead_image.url)
    finally:
        site.stop()
    assert image.status == 200
    assert image.content == png_bytes()
    assert image.headers["Content-Type"] == "image/png"
    assert image.headers["X-Content-Type-Options"] == "nosniff"
