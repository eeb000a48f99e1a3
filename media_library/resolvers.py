"""``[[image:slug]]`` alone on a line of a body: the library image as a ``<figure>``."""

from armistice_site.references import Reference
from media_library.models import Image


def resolve_images(refs: list[Reference]) -> dict[Reference, str]:
    """Only a block reference shows a figure; inline, an image reference is reported."""
    found = Image.objects.in_bulk({ref.slug for ref in refs}, field_name="slug")
    return {ref: found[ref.slug].figure() for ref in refs if ref.block and ref.slug in found}
