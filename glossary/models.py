"""The glossary: the words this subject turns on (armistice, Military Demarcation Line, NNSC,
collective defence, assurance and guarantee …), each with a short definition shown where an
article first uses it, a longer explanation with its sources, and related terms."""

import re

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from armistice_site import links
from armistice_site.publishing import Publishable
from armistice_site.registry import Api, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable


@content_type(
    Role.PUBLISHABLE,
    url_name="glossary:detail",
    api=Api("glossary", "glossary-term", "glossary.api.GlossaryTermViewSet"),
    search=Search(
        title="term",
        text=("short_definition", "body_text"),
        weights=(("term", "A"), ("short_definition", "B"), ("body_text", "C")),
    ),
    sitemap_priority=0.5,
)
class GlossaryTerm(Publishable, RenderedBody, Searchable):
    term = models.CharField(_("term"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    short_definition = models.TextField(
        _("short definition"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_(
            "One plain sentence, shown when a reader points at or focuses the term in an article."
        ),
    )
    body = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_(
            "The longer explanation (Markdown), with its sources in footnotes: "
            "[^1]: [[source:slug]], p. 12."
        ),
    )
    also_matches = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Other forms to mark in articles, comma-separated: plurals, abbreviations "
            "(e.g. “armistices, truce”)."
        ),
    )
    related = models.ManyToManyField(
        "self",
        verbose_name=_("related terms"),
        symmetrical=False,
        blank=True,
        related_name="related_from",
    )

    history = Revisions(m2m_fields=[related])

    class Meta:
        permissions = [
            ("publish_glossaryterm", "Can publish, schedule, unpublish and archive glossary terms")
        ]
        ordering = [Lower("term")]
        verbose_name = _("glossary term")
        indexes = [models.Index(fields=["status", "publish_at"], name="glossaryterm_public_idx")]

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return links.path_to("glossary:detail", self.slug)

    @property
    def initial(self) -> str:
        """The letter the A–Z page files the term under (digits and signs under "#")."""
        first = self.term[:1].upper()
        return first if first.isalpha() else "#"

    def forms(self) -> list[str]:
        """Every form of the term an article may use, longest first."""
        others = [form.strip() for form in re.split(r"[,;\n]", self.also_matches)]
        forms = dict.fromkeys([self.term.strip(), *(form for form in others if form)])
        return sorted(forms, key=len, reverse=True)
