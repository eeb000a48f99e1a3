"""The media library: images uploaded once, with what readers and reusers need to know about
each (what it shows, who made it, under which licence, where it comes from), and shown many
times — inside Markdown bodies as ``[[image:slug]]`` (see ``resolvers.py``).

An image is reference data (``Role.REFERENCE``): it has no workflow of its own and is written
through the editorial services like a source or a topic. Its responsive renditions are made
when it is saved (``renditions.py``); the ``<figure>`` it renders to is stored inside the
bodies that show it, so showing an image costs a reader page no query."""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from armistice_site.natural_keys import SlugManager
from armistice_site.registry import Role, content_type
from armistice_site.validators import validate_image_upload
from media_library import renditions
from media_library.renditions import Rendition

FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".gif": "GIF"}
#: How wide a figure is drawn: the article column on wide screens, the screen on narrow ones.
SIZES = "(min-width: 48rem) 45rem, 100vw"


@content_type(Role.REFERENCE)
class Image(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("What bodies write to show it: [[image:this-slug]]."),
    )
    file = models.ImageField(
        _("file"),
        upload_to="images/",
        width_field="width",
        height_field="height",
        validators=[validate_image_upload],
        help_text=_("A JPEG, PNG, WebP or GIF image."),
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = models.TextField(_("caption"), blank=True)
    credit = models.CharField(_("credit"), max_length=200, help_text=_("Who made it."))
    licence = models.CharField(
        _("licence"), max_length=120, help_text=_("For example: CC BY 4.0, public domain.")
    )
    source_url = models.URLField(
        _("source URL"), blank=True, help_text=_("Where the image comes from.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = SlugManager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(alt_text=""), name="media_library_image_has_alt_text"
            )
        ]

    def __str__(self):
        return self.title

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def save(self, *args, **kwargs):
        """Store the file and make its renditions; storage that cannot be written to is a
        refusal naming the file field, not a server error."""
        uploaded = bool(self.file) and not self.file._committed
        try:
            super().save(*args, **kwargs)
            # A restored row whose file is not back yet (see the README's backups) saves as is.
            if uploaded or default_storage.exists(self.file.name):
                renditions.generate(self.file, self.renditions())
        except OSError as error:
            raise ValidationError(
                {
                    "file": _(
                        "The image could not be stored (%(reason)s). Nothing was saved; "
                        "try again, or tell the site's administrator."
                    )
                    % {"reason": error.strerror or type(error).__name__}
                }
            ) from error

    @property
    def image_format(self) -> str:
        suffix = "." + self.file.name.rsplit(".", 1)[-1].lower() if self.file.name else ""
        return FORMATS.get(suffix, "PNG")

    def renditions(self) -> list[Rendition]:
        if not self.file.name or not self.width:
            return []
        return renditions.plan(self.file.name, self.width, self.image_format)

    def lead_figure(self) -> str:
        """The figure at the top of a page: loaded at once, since readers see it first."""
        return self.figure(first=True)

    def figure(self, *, first: bool = False) -> str:
        """The ``<figure>`` bodies show: a WebP source and a fallback ``<img>`` with widths to
        choose from, the caption, and the credit and licence linked to the source."""
        made = self.renditions()
        webp = [r for r in made if r.image_format == "WEBP"]
        fallback = [r for r in made if r.image_format != "WEBP"]
        largest = fallback[-1]
        height = round(self.height * largest.width / self.width)

        def srcset(items):
            return format_html_join(", ", "{} {}w", ((r.url, r.width) for r in items))

        credit = (
            format_html('<a href="{}">{}</a>', self.source_url, self.credit)
            if self.source_url
            else self.credit
        )
        caption = format_html('<span class="figure-caption">{} </span>', self.caption)
        return format_html(
            '<figure class="figure" id="image-{slug}"><picture>'
            '<source type="image/webp" srcset="{webp}" sizes="{sizes}">'
            '<img src="{src}" srcset="{fallback}" sizes="{sizes}" width="{width}" '
            'height="{height}" alt="{alt}" loading="{loading}" fetchpriority="{priority}" '
            'decoding="async"></picture>'
            '<figcaption>{caption}<span class="figure-credit">Credit: {credit} · '
            "Licence: {licence}</span></figcaption></figure>",
            slug=self.slug,
            webp=srcset(webp),
            sizes=SIZES,
            src=largest.url,
            fallback=srcset(fallback),
            width=largest.width,
            height=height,
            alt=self.alt_text,
            loading="eager" if first else "lazy",
            priority="high" if first else "auto",
            caption=caption if self.caption else "",
            credit=credit,
            licence=self.licence,
        )
