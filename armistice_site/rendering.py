"""A model mixin for content authored in Markdown: the body is rendered once, on save, and its
references to other content (``[[kind:slug]]``) are expanded then."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from armistice_site import references
from armistice_site.markdown import render_markdown


class RenderedBody(models.Model):
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "Markdown: ## headings, **bold**, [links](https://…), lists, tables and "
            "footnotes[^1]. Raw HTML is shown as text."
        ),
    )
    body_html = models.TextField(editable=False, blank=True)
    toc = models.JSONField(_("table of contents"), default=list, editable=False, blank=True)
    reading_time = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=1, editable=False
    )

    class Meta:
        abstract = True

    def render_body(self) -> None:
        rendered = render_markdown(self.body)
        expanded = references.expand(rendered.html)
        #: References that point at nothing, for the editor (not stored).
        self.reference_problems = expanded.problems
        self.body_html = expanded.html
        self.toc = rendered.toc
        self.reading_time = rendered.reading_minutes

    def save(self, *args, **kwargs):
        self.render_body()
        super().save(*args, **kwargs)
