"""Responsive renditions of a library image, made once when the image is saved (never per
request) with django-imagekit's processors: each width of ``WIDTHS`` no wider than the
original, in WebP and in a fallback of the original's kind (JPEG for photographs, PNG for
drawings and GIFs). They are stored next to the originals under ``renditions/``, named after
the original (a new upload gets a new name, so a rendition is never stale)."""

from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from imagekit import ImageSpec
from imagekit.processors import ResizeToFit

WIDTHS = (480, 960, 1600)
QUALITY = 82


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    image_format: str

    @property
    def url(self) -> str:
        return default_storage.url(self.name)


class _Spec(ImageSpec):
    def __init__(self, source, width: int, image_format: str):
        self.processors = [ResizeToFit(width=width, upscale=False)]
        self.format = image_format
        self.options = {"quality": QUALITY}
        super().__init__(source)


def fallback_format(original_format: str) -> str:
    return "JPEG" if original_format in ("JPEG", "WEBP") else "PNG"


def widths_for(width: int) -> list[int]:
    """The widths made for an original ``width`` pixels wide: never wider than it."""
    return sorted({min(target, width) for target in WIDTHS})


def plan(name: str, width: int, original_format: str) -> list[Rendition]:
    """The renditions of the stored original ``name`` (computed, no file is opened)."""
    stem = str(PurePosixPath(name).with_suffix(""))
    made = []
    for image_format in ("WEBP", fallback_format(original_format)):
        extension = "jpg" if image_format == "JPEG" else image_format.lower()
        for target in widths_for(width):
            made.append(Rendition(f"renditions/{stem}-{target}w.{extension}", target, image_format))
    return made


def generate(source, renditions: list[Rendition]) -> None:
    """Write each rendition that is not stored yet; the name says what it holds."""
    for rendition in renditions:
        if default_storage.exists(rendition.name):
            continue
        content = _Spec(source, rendition.width, rendition.image_format).generate()
        default_storage.save(rendition.name, content)
