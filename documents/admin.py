from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from documents.models import Document
from editorial.admin_base import PublicationFilter, PublishableAdmin, publishing_fieldset
from editorial.admin_warnings import ReferenceWarningsMixin


@admin.register(Document)
class DocumentAdmin(ReferenceWarningsMixin, PublishableAdmin):
    list_display = ("title", "kind", "date", "status_column", "publish_at", "repository")
    list_filter = ("status", PublicationFilter, "kind")
    search_fields = ("title", "slug", "summary", "repository", "identifier", "body")
    date_hierarchy = "date"
    prepopulated_fields = {"slug": ("title",)}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (
            _("Description"),
            {
                "fields": (
                    "title",
                    "slug",
                    "kind",
                    ("date", "date_precision"),
                    "place",
                    "creator",
                    "summary",
                )
            },
        ),
        (
            _("Where the original is"),
            {"fields": ("repository", "identifier", "repository_url", "original_language")},
        ),
        (
            _("Text"),
            {"fields": ("edition", "edition_url", "text_note", "body", "translation")},
        ),
        (
            _("Image and rights"),
            {"fields": ("facsimile", "facsimile_alt", "rights", "rights_url")},
        ),
        publishing_fieldset(),
    )
