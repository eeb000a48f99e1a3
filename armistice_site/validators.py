"""Validators for what editors and API clients upload. Images are opened and verified with
Pillow rather than trusted by name or declared type: a renamed text file or an SVG (which can
carry script) never reaches the media folder."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image

ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image_upload(file) -> None:
    """Refuse an upload larger than ``MAX_IMAGE_UPLOAD_MB`` or that Pillow does not verify as
    a JPEG, PNG, WebP or GIF image. A file already stored was checked when it arrived, so
    saving an article again does not reopen it."""
    if getattr(file, "_committed", False):
        return
    limit = settings.MAX_IMAGE_UPLOAD_MB * 1024 * 1024
    if file.size > limit:
        raise ValidationError(
            _("The image is too large: at most %(mb)d MB, please.")
            % {"mb": settings.MAX_IMAGE_UPLOAD_MB},
            code="image_too_large",
        )
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except Exception as error:  # Pillow raises many types for damaged or foreign files
        raise ValidationError(
            _("This file is not an image we accept. Upload a JPEG, PNG, WebP or GIF."),
            code="invalid_image",
        ) from error
    finally:
        file.seek(0)
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted. Upload a JPEG, PNG, WebP or GIF.")
            % {"format": image_format},
            code="image_format",
        )
