from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.admin_base import PublicationFilter, PublishableAdmin, publishing_fieldset
from editorial.admin_warnings import ReferenceWarningsMixin
from glossary.models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(ReferenceWarningsMixin, PublishableAdmin):
    list_display = ("term", "short_definition", "status_column", "publish_at")
    list_filter = ("status", PublicationFilter)
    search_fields = ("term", "slug", "short_definition", "also_matches", "body")
    prepopulated_fields = {"slug": ("term",)}
    autocomplete_fields = ("related",)
    fieldsets = (
        (
            _("Term"),
            {"fields": ("term", "slug", "short_definition", "also_matches", "body", "related")},
        ),
        publishing_fieldset(),
    )
