from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Correction, Question, Reading, Source, Tag, Topic
from editorial.admin_base import (
    PartAdmin,
    PartInline,
    PublicationFilter,
    PublishableAdmin,
    ReferenceAdmin,
    RevisionAdmin,
    publishing_fieldset,
)
from editorial.admin_warnings import ReferenceWarningsMixin


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
        (
            _("Where to find it"),
            {"fields": ("url", ("published_on", "published_precision"), "accessed_on")},
        ),
    )


class QuestionInline(PartInline, admin.StackedInline):
    model = Question
    fields = (("kind", "position"), "text", ("document", "locator"))
    autocomplete_fields = ("document",)
    extra = 0


class ReadingInline(PartInline, admin.TabularInline):
    model = Reading
    fields = ("position", "level", "source", "document", "note")
    autocomplete_fields = ("source", "document")
    extra = 0


class CorrectionInline(PartInline, admin.StackedInline):
    """The public corrections log: readers see each entry at the foot of the article, on the
    corrections page and in the corrections feed."""

    model = Correction
    fields = (("corrected_on", "position"), "what_was_wrong", "what_it_says_now")
    extra = 0


@admin.register(Article)
class ArticleAdmin(ReferenceWarningsMixin, PublishableAdmin):
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
    search_fields = ("title", "slug", "summary", "body", "authors__name")
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = (
        "topic",
        "tags",
        "sources",
        "see_also",
        "authors",
        "reviewer",
        "documents",
        "glossary_terms",
    )
    readonly_fields = ("reading_time",)
    inlines = (QuestionInline, ReadingInline, CorrectionInline)
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
                    "lead_image_asset",
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
                    "documents",
                    "ai_generated",
                    "disclosure",
                    "fact_check_status",
                    "reviewer",
                    "last_reviewed_on",
                ),
                "description": _(
                    "Readers see the AI disclosure followed by the fact-check status in words "
                    "(“… checked it against its sources on …”), so describe only how AI was used."
                ),
            },
        ),
        (
            _("For teachers"),
            {
                "fields": (
                    "audience",
                    "level",
                    "learning_objectives",
                    "teacher_notes",
                    "glossary_terms",
                ),
                "description": _("Questions, further reading and corrections are below the form."),
            },
        ),
        publishing_fieldset(),
    )


@admin.register(Question)
class QuestionAdmin(PartAdmin):
    """Questions are usually edited under their article; this list finds them across articles."""

    list_display = ("text", "kind", "article", "document")
    list_filter = ("kind",)
    list_select_related = ("article", "document")
    search_fields = ("text", "article__title")
    autocomplete_fields = ("article", "document")
    fields = ("article", "kind", "position", "text", "document", "locator")


@admin.register(Reading)
class ReadingAdmin(PartAdmin):
    list_display = ("__str__", "level", "article")
    list_filter = ("level",)
    list_select_related = ("article", "source", "document")
    search_fields = ("article__title", "source__title", "document__title", "note")
    autocomplete_fields = ("article", "source", "document")
    fields = ("article", "position", "level", "source", "document", "note")


@admin.register(Correction)
class CorrectionAdmin(PartAdmin):
    """The corrections log across all articles, newest first."""

    list_display = ("corrected_on", "article", "what_was_wrong")
    list_select_related = ("article",)
    search_fields = ("article__title", "what_was_wrong", "what_it_says_now")
    date_hierarchy = "corrected_on"
    autocomplete_fields = ("article",)
    fields = ("article", "corrected_on", "position", "what_was_wrong", "what_it_says_now")
