from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Source, Tag, Topic
from editorial.admin_base import (
    PublicationFilter,
    PublishableAdmin,
    ReferenceAdmin,
    RevisionAdmin,
    publishing_fieldset,
)


class ArticleCountAdmin(ReferenceAdmin):
    """Topics and tags: a name, an address, and how many articles use them. Deletes are
    recorded in the audit log."""

    list_display = ("name", "slug", "article_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description=_("articles"), ordering="article_total")
    def article_count(self, obj) -> int:
        return obj.article_total


@admin.register(Topic)
class TopicAdmin(ArticleCountAdmin):
    fields = ("name", "slug", "description")


@admin.register(Tag)
class TagAdmin(ArticleCountAdmin):
    fields = ("name", "slug")


@admin.register(Source)
class SourceAdmin(RevisionAdmin):
    list_display = ("title", "author", "publisher", "kind", "published_on", "accessed_on")
    list_filter = ("kind",)
    search_fields = ("title", "author", "publisher", "url")
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title",)}
    # An address typed without a scheme ("nara.gov/…") is taken to be https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "author", "publisher")}),
        (_("Where to find it"), {"fields": ("url", "published_on", "accessed_on")}),
    )


@admin.register(Article)
class ArticleAdmin(PublishableAdmin):
    list_display = (
        "title",
        "status_column",
        "publish_at",
        "topic",
        "ai_generated",
        "fact_check_status",
        "featured",
        "updated_at",
    )
    list_filter = (
        "status",
        PublicationFilter,
        "topic",
        "ai_generated",
        "fact_check_status",
        "featured",
        "tags",
    )
    list_select_related = ("topic",)
    search_fields = ("title", "slug", "summary", "body", "authors")
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("topic", "tags", "sources", "see_also")
    readonly_fields = ("reading_time",)
    fieldsets = (
        (
            _("Content"),
            {
                "fields": (
                    "title",
                    "slug",
                    "summary",
                    "body",
                    "reading_time",
                    "lead_image",
                    "lead_image_alt",
                )
            },
        ),
        (_("Relations"), {"fields": ("topic", "tags", "authors", "see_also", "featured")}),
        (
            _("Provenance"),
            {
                "fields": (
                    "sources",
                    "ai_generated",
                    "disclosure",
                    "fact_check_status",
                    "fact_checked_by",
                    "fact_checked_at",
                )
            },
        ),
        publishing_fieldset(),
    )
