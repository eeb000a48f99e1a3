from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from editorial.admin_base import (
    PartAdmin,
    PartInline,
    PublicationFilter,
    PublishableAdmin,
    publishing_fieldset,
)
from editorial.admin_forms import PublishableForm
from editorial.admin_warnings import ReferenceWarningsMixin
from editorial.admin_widgets import PrecisionDatesMixin
from timeline.models import Event, Timeline, TimelineEntry


class EventForm(PrecisionDatesMixin, PublishableForm):
    """Start and end dates entered as what is known: a year, a month or a day."""

    precision_dates = {"start_date": "start_precision", "end_date": "end_precision"}


@admin.register(Event)
class EventAdmin(ReferenceWarningsMixin, PublishableAdmin):
    form = EventForm
    list_display = (
        "title",
        "when",
        "category",
        "importance",
        "location_name",
        "status_column",
        "publish_at",
    )
    list_filter = (
        "status",
        PublicationFilter,
        "category",
        "importance",
        "start_precision",
        "alliances",
    )
    search_fields = ("title", "slug", "summary", "location_name", "body")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("countries", "alliances", "articles", "sources", "documents")
    fieldsets = (
        (_("Content"), {"fields": ("title", "slug", "category", "importance", "summary", "body")}),
        (
            _("When"),
            {
                "fields": (("start_precision", "start_date"), ("end_precision", "end_date")),
                "description": _(
                    "Say how precisely each date is known (year, month or day) and fill in "
                    "just that much; readers see “1950”, “June 1950” or “25 June 1950”."
                ),
            },
        ),
        (
            _("Where"),
            {
                "fields": ("location_name", ("latitude", "longitude"), "location_precision"),
                "description": _(
                    "Decimal degrees: latitude −90 (south) to 90 (north), longitude −180 "
                    "(west) to 180 (east), e.g. Panmunjom 37.9558, 126.6769. Event pages and "
                    "curated timelines show the place on a map."
                ),
            },
        ),
        (_("Relations"), {"fields": ("countries", "alliances", "articles")}),
        (_("Provenance"), {"fields": ("sources", "documents")}),
        publishing_fieldset(),
    )

    @admin.display(description=_("date"), ordering="start_date")
    def when(self, obj: Event) -> str:
        return obj.display_date


class TimelineEntryInline(PartInline, admin.TabularInline):
    model = TimelineEntry
    fields = ("position", "event")
    autocomplete_fields = ("event",)
    ordering = ("position", "event__start_date")
    extra = 1


@admin.register(Timeline)
class TimelineAdmin(PublishableAdmin):
    list_display = ("title", "event_count", "status_column", "publish_at", "updated_at")
    list_filter = ("status", PublicationFilter)
    search_fields = ("title", "slug", "introduction")
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    inlines = (TimelineEntryInline,)
    fieldsets = (
        (_("Content"), {"fields": ("title", "slug", "introduction")}),
        publishing_fieldset(),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_total=Count("entries"))

    @admin.display(description=_("events"), ordering="event_total")
    def event_count(self, obj: Timeline) -> int:
        return obj.event_total


@admin.register(TimelineEntry)
class TimelineEntryAdmin(PartAdmin):
    """Entries are edited inside their timeline; this list helps find where an event is used."""

    list_display = ("timeline", "position", "event")
    list_filter = ("timeline",)
    list_select_related = ("timeline", "event")
    search_fields = ("timeline__title", "event__title")
    autocomplete_fields = ("timeline", "event")
    fields = ("timeline", "position", "event")
