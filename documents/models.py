"""Primary sources: treaty texts, memoranda, telegrams, speeches, minutes, photographs and maps,
each described as an archive describes it (where it is kept, under what identifier, in what
language) and given as a transcription or translation that names the edition it was taken from.
Articles, alliances and events link to documents, and footnotes cite them
(``[[document:slug]], Article II``)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from armistice_site import citations, links, precision, references
from armistice_site.citable import Citable
from armistice_site.markdown import render_markdown
from armistice_site.precision import Precision
from armistice_site.publishing import Publishable
from armistice_site.registry import Api, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable
from armistice_site.validators import validate_image_upload

#: CSL types for each kind of document (CSL 1.0.1 has no plain "document").
CSL_TYPES = {
    "treaty": "treaty",
    "speech": "speech",
    "photograph": "graphic",
    "map": "map",
}


@content_type(
    Role.PUBLISHABLE,
    url_name="documents:detail",
    api=Api("documents", "document", "documents.api.DocumentViewSet"),
    search=Search(
        title="title",
        text=("summary", "body_text"),
        weights=(("title", "A"), ("summary", "B"), ("repository", "B"), ("body_text", "C")),
    ),
    sitemap_priority=0.6,
)
class Document(Publishable, Citable, RenderedBody, Searchable):
    class Kind(models.TextChoices):
        TREATY = "treaty", _("Treaty text")
        MEMORANDUM = "memorandum", _("Memorandum")
        TELEGRAM = "telegram", _("Telegram")
        SPEECH = "speech", _("Speech")
        MINUTES = "minutes", _("Minutes")
        PHOTOGRAPH = "photograph", _("Photograph")
        MAP = "map", _("Map")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    date = models.DateField(
        _("date"),
        help_text=_(
            "When it was signed, sent or made. With month or year precision, "
            "any day of that month or year will do."
        ),
    )
    date_precision = models.CharField(
        _("date known to the"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    creator = models.CharField(
        _("issued by"),
        max_length=300,
        blank=True,
        help_text=_("Who wrote, signed or issued it, e.g. “United States; Republic of Korea”."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        validators=[MaxLengthValidator(500)],
        blank=True,
        help_text=_("What the document is and why it matters, in one or two plain sentences."),
    )
    repository = models.CharField(
        _("repository or archive"),
        max_length=300,
        blank=True,
        help_text=_("Where the original is kept, e.g. “U.S. National Archives”."),
    )
    identifier = models.CharField(
        _("archival identifier"),
        max_length=300,
        blank=True,
        help_text=_("The archive's reference: record group, file, catalogue or treaty number."),
    )
    repository_url = models.URLField(_("catalogue entry"), max_length=500, blank=True)
    original_language = models.CharField(
        _("original language"),
        max_length=200,
        help_text=_("The language(s) of the original, e.g. “English, Korean and Chinese”."),
    )
    edition = models.CharField(
        _("edition transcribed"),
        max_length=500,
        blank=True,
        help_text=_(
            "The published text the transcription or translation was taken from, e.g. “United "
            "States Treaties and Other International Agreements, vol. 5, part 3, p. 2368”."
        ),
    )
    edition_url = models.URLField(_("edition online"), max_length=500, blank=True)
    body = models.TextField(
        _("transcription"),
        blank=True,
        help_text=_(
            "The text in its original language, as printed in the edition named above "
            "(Markdown). Never paraphrase: transcribe, or leave out and say so below."
        ),
    )
    translation = models.TextField(
        _("translation"),
        blank=True,
        help_text=_("An English translation, when the original is in another language (Markdown)."),
    )
    translation_html = models.TextField(editable=False, blank=True)
    text_note = models.TextField(
        _("note on the text"),
        blank=True,
        help_text=_(
            "What the text here covers and how it was checked, e.g. “Preamble and Articles I–II "
            "only; checked against the edition named above.” Shown above the text."
        ),
    )
    facsimile = models.ImageField(
        _("facsimile image"),
        upload_to="documents/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("A scan or photograph of the original: JPEG, PNG, WebP or GIF."),
    )
    facsimile_alt = models.CharField(
        _("facsimile description"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it. Required with an image."),
    )
    rights = models.TextField(
        _("rights statement"),
        help_text=_("Who holds rights in the text and images, and what readers may do with them."),
    )
    rights_url = models.URLField(
        _("rights statement URL"),
        max_length=500,
        blank=True,
        help_text=_("e.g. a rightsstatements.org or Creative Commons address."),
    )

    history = Revisions()

    class Meta:
        permissions = [
            ("publish_document", "Can publish, schedule, unpublish and archive documents")
        ]
        ordering = ["date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(facsimile="") | ~Q(facsimile_alt=""),
                name="document_facsimile_needs_alt",
                violation_error_message=_("Describe the facsimile for readers who cannot see it."),
            ),
            models.CheckConstraint(
                condition=precision.matches_precision("date", "date_precision"),
                name="document_date_matches_precision",
                violation_error_message=_("The date must match its precision."),
            ),
        ]
        indexes = [models.Index(fields=["status", "publish_at"], name="document_public_idx")]

    def __str__(self):
        return f"{self.title} ({self.display_date})"

    def get_absolute_url(self):
        return links.path_to("documents:detail", self.slug)

    @property
    def display_date(self) -> str:
        return precision.display(self.date, self.date_precision)

    def clean(self):
        if self.date:
            self.date = precision.truncate(self.date, self.date_precision)
        text_kinds = (self.Kind.PHOTOGRAPH, self.Kind.MAP)
        if self.kind not in text_kinds and not (self.body.strip() or self.translation.strip()):
            raise ValidationError({"body": _("Give the transcription, a translation, or both.")})
        if self.kind in text_kinds and not self.facsimile and not self.body.strip():
            raise ValidationError(
                {"facsimile": _("A photograph or map needs its image (or a description of it).")}
            )

    def render_body(self) -> None:
        super().render_body()
        translated = references.expand(render_markdown(self.translation).html)
        self.translation_html = translated.html
        self.reference_problems = [*self.reference_problems, *translated.problems]

    def save(self, *args, **kwargs):
        if self.date:
            self.date = precision.truncate(self.date, self.date_precision)
        super().save(*args, **kwargs)

    def csl(self, url: str = "") -> dict:
        """This document as a CSL-JSON item, its archive and identifier included, so that the
        styles give an archival citation."""
        role, people = citations.names(self.creator)
        return citations.clean(
            {
                "id": f"document:{self.slug}",
                "type": CSL_TYPES.get(self.kind, "manuscript"),
                "title": self.title,
                role: people,
                "genre": self.get_kind_display(),
                "issued": citations.csl_date(self.date, self.date_precision),
                "event-place": self.place,
                "archive": self.repository,
                "archive_location": self.identifier,
                "language": self.original_language,
                "note": f"Text from {self.edition}" if self.edition else "",
                "URL": url,
            }
        )

    def citation_item(self, url: str) -> dict:
        return self.csl(url)
