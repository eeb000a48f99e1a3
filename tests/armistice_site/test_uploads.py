"""Lead images: only real JPEG, PNG, WebP or GIF files within the size limit get in."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from armistice_site.validators import validate_image_upload
from tests import factories

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def image_bytes(image_format: str = "PNG", size: tuple[int, int] = (8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_small_images_of_the_accepted_formats_pass(image_format):
    upload = SimpleUploadedFile(f"map.{image_format.lower()}", image_bytes(image_format))
    validate_image_upload(upload)
    assert upload.tell() == 0  # left ready for storage to read


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("map.svg", SVG),
        ("map.png", b"These are minutes of the armistice talks, not a picture."),
        ("map.png", image_bytes()[:40]),  # a truncated PNG
    ],
)
def test_svg_renamed_text_and_broken_images_are_refused(name, content):
    with pytest.raises(ValidationError) as refused:
        validate_image_upload(SimpleUploadedFile(name, content))
    assert "JPEG, PNG, WebP or GIF" in refused.value.messages[0]


def test_other_image_formats_are_refused():
    with pytest.raises(ValidationError) as refused:
        validate_image_upload(SimpleUploadedFile("map.bmp", image_bytes("BMP")))
    assert refused.value.messages[0].startswith("BMP images are not accepted")


@override_settings(MAX_IMAGE_UPLOAD_MB=1)
def test_oversized_images_are_refused():
    big = image_bytes("BMP", (700, 700))  # about 1.4 MB
    with pytest.raises(ValidationError) as refused:
        validate_image_upload(SimpleUploadedFile("big.png", big))
    assert "at most 1 MB" in refused.value.messages[0]


@pytest.mark.django_db
def test_article_model_validation_uses_it_and_keeps_stored_images(settings):
    article = factories.ArticleFactory(lead_image_alt="A map of the demarcation line")
    article.lead_image = SimpleUploadedFile("line.png", b"not an image at all")
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert "lead_image" in refused.value.message_dict

    article.lead_image = SimpleUploadedFile("line.png", image_bytes())
    article.full_clean()
    article.save()
    stored = type(article).objects.get(pk=article.pk)
    stored.full_clean()  # an image already stored is not reopened on every save
    assert stored.lead_image.name.startswith("articles/line")


@pytest.mark.django_db
def test_admin_refuses_an_svg_lead_image(client, django_user_model):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.org", "x" * 16)
    client.force_login(admin)
    article = factories.ArticleFactory()
    response = client.get(f"/admin/articles/article/{article.pk}/change/")
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list)
    }
    data.update(lead_image=SimpleUploadedFile("map.svg", SVG, "image/svg+xml"))
    data["lead_image_alt"] = "A map"
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200  # the form again, with the error
    assert "lead_image" in response.context["adminform"].form.errors
