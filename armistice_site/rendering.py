"""A model mixin for content authored in Markdown: the body is rendered once, on save, and its
references to other content (``[[kind:slug]]``) are expanded then.

Because the expanded HTML is stored, the body also records what it shows
(``body_references``), so that the editorial services can render it again when a cited source,
document or glossary term changes, and when the next scheduled item it names goes live
(``body_refresh_at``): a reader never sees a stale citation, nor a draft's."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from armistice_site import references
from armistice_site.markdown import render_markdown

#: The columns ``render_body()`` derives from the body.
DERIVED_FIELDS = (
    "body_html",
    "body_text",
    "toc",
    "reading_time",
    "body_references",
    "body_refresh_at",
)


class RenderedBody(models.Model):
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "Markdown: ## headings, **bold**, [links](https://…), lists, tables and "
            "footnotes[^1]. Cite evidence in a footnote: [^1]: [[source:slug]], p. 412 or "
            "[[document:slug]], Article II. Raw HTML is shown as text."
        ),
    )
    body_html = models.TextField(editable=False, blank=True)
    body_text = models.TextField(
        editable=False,
        blank=True,
        default="",
        help_text="The body as plain text (no Markdown), for search and its snippets.",
    )
    toc = models.JSONField(_("table of contents"), default=list, editable=False, blank=True)
    reading_time = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=1, editable=False
    )
    body_references = models.TextField(
        editable=False,
        blank=True,
        default="",
        help_text="What the rendered body shows (see armistice_site.references.token).",
    )
    body_refresh_at = models.DateTimeField(
        editable=False,
        null=True,
        blank=True,
        help_text="When a scheduled item the body names goes live: render it again then.",
    )

    class Meta:
        abstract = True

    def render_body(self) -> None:
        rendered = render_markdown(self.body)
        expanded = references.expand(rendered.html)
        html, marked = self.annotate(expanded.html)
        shown = [*expanded.references, *marked]
        #: References that point at nothing and footnotes that cite nothing, for the editor.
        self.reference_problems = expanded.problems
        self.body_html = html
        self.body_text = rendered.text
        self.toc = rendered.toc
        self.reading_time = rendered.reading_minutes
        self.body_references = references.recorded(shown)
        self.body_refresh_at = next_change(shown)

    def annotate(self, html: str) -> tuple[str, list[references.Reference]]:
        """A subclass may add to the expanded HTML (glossary terms in articles); it returns the
        HTML and the references it added, which are recorded like the author's own."""
        return html, []

    def save(self, *args, **kwargs):
        self.render_body()
        super().save(*args, **kwargs)


def next_change(shown: list[references.Reference]) -> datetime.datetime | None:
    """The earliest go-live time of a scheduled item among those shown: until then the body
    shows it as plain text, from then on as a citation or a term."""
    soonest = None
    slugs_by_kind: dict[str, set[str]] = {}
    for ref in shown:
        slugs_by_kind.setdefault(ref.kind, set()).add(ref.slug)
    for kind, slugs in slugs_by_kind.items():
        model = references.model_for(kind)
        manager = getattr(model, "_default_manager", None)
        if manager is None or not hasattr(manager, "scheduled"):
            continue
        when = (
            manager.scheduled()
            .filter(slug__in=slugs)
            .aggregate(first=models.Min("publish_at"))["first"]
        )
        if when is not None and (soonest is None or when < soonest):
            soonest = when
    return soonest
