"""Reader pages for the timeline: all events, one event, and curated timelines."""

import datetime

from django import forms
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from alliances.models import Alliance, Country
from armistice_site.named_choice import NamedChoiceField
from armistice_site.paging import LenientPaginationMixin
from armistice_site.precision import Precision
from articles.selectors import public_articles
from documents.models import Document
from editorial.preview import PreviewMixin
from timeline.maps import places_map
from timeline.models import Event, Timeline, TimelineEntry

FIRST_YEAR, LAST_YEAR = 1, 9999


class EventViewMixin(PreviewMixin):
    """Owns which events a detail page may show and the related-object plan; every related
    list is narrowed to public items."""

    def get_base_queryset(self) -> QuerySet:
        return Event.objects.prefetch_related(
            "countries",
            "sources",
            Prefetch("documents", queryset=Document.objects.public().for_list()),
            Prefetch("alliances", queryset=Alliance.objects.public().for_list()),
            Prefetch("articles", queryset=public_articles()),
            Prefetch("timelines", queryset=Timeline.objects.public()),
        )


class EventFilterForm(forms.Form):
    start = forms.IntegerField(
        label=_("From year"), min_value=FIRST_YEAR, max_value=LAST_YEAR, required=False
    )
    end = forms.IntegerField(
        label=_("To year"), min_value=FIRST_YEAR, max_value=LAST_YEAR, required=False
    )
    country = NamedChoiceField(
        label=_("Country"),
        queryset=Country.objects.none(),
        required=False,
        empty_label=_("Any country"),
    )
    alliance = NamedChoiceField(
        names=("name", "short_name"),
        label=_("Alliance"),
        queryset=Alliance.objects.none(),
        required=False,
        empty_label=_("Any alliance"),
    )
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", _("Any category")), *Event.Category.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per request: what is public depends on the time of asking.
        public_events = Event.objects.public()
        # Only what an <option> shows: with 10 000 alliances, whole rows (bodies and all)
        # would cost hundreds of megabytes per request.
        self.fields["country"].offer(
            Country.objects.filter(pk__in=public_events.values("countries"))
            .only("pk", "slug", "name")
            .order_by("name")
        )
        self.fields["alliance"].offer(
            Alliance.objects.public().only("pk", "slug", "name", "short_name").order_by("name")
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end year cannot come before the start year."))
        return cleaned


def overlapping_years(events: QuerySet, start: int | None, end: int | None) -> QuerySet:
    """Events that share at least one day with the years ``start``–``end`` (inclusive)."""
    if end:
        events = events.filter(start_date__lte=datetime.date(end, 12, 31))
    if start:
        first_day = datetime.date(start, 1, 1)
        events = events.filter(
            Q(end_date__gte=first_day) | Q(end_date__isnull=True, start_date__gte=first_day)
        )
    return events


class EventListView(LenientPaginationMixin, ListView):
    """All public events in date order, grouped by year in the template. The filter form uses
    GET, so a filtered timeline is a shareable address; values that name nothing or make no
    sense are reported on the form and ignored."""

    template_name = "timeline/event_list.html"
    paginate_by = 100

    def get_queryset(self) -> QuerySet:
        self.form = EventFilterForm(self.request.GET or None)
        events = (
            Event.objects.public()
            .for_list()
            .prefetch_related("countries")
            .order_by("start_date", "title")
        )
        if not self.form.is_bound:
            return events
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        events = overlapping_years(events, cleaned.get("start"), cleaned.get("end"))
        if cleaned.get("country"):
            events = events.filter(countries=cleaned["country"])
        if cleaned.get("alliance"):
            events = events.filter(alliances=cleaned["alliance"])
        if cleaned.get("category"):
            events = events.filter(category=cleaned["category"])
        return events

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, filtered=self.form.is_bound and self.form.has_changed(), **kwargs
        )


class EventDetailView(EventViewMixin, DetailView):
    template_name = "timeline/event_detail.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            structured_data=event_json_ld(self.object, self.request),
            places=places_map([self.object]),
            **kwargs,
        )


def schema_date(day: datetime.date | None, precision: str) -> str | None:
    """ISO 8601 at the precision known: "1950", "1950-06" or "1950-06-25"."""
    if day is None:
        return None
    if precision == Precision.YEAR:
        return f"{day.year:04d}"
    if precision == Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def event_json_ld(event: Event, request) -> dict:
    """schema.org Event for search engines; built as data and serialised by ``json_ld``."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": schema_date(event.start_date, event.start_precision),
        "endDate": schema_date(event.end_date, event.end_precision),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.location_name:
        place = {"@type": "Place", "name": event.location_name}
        if event.latitude is not None and event.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.latitude),
                "longitude": float(event.longitude),
            }
        data["location"] = place
    return {key: value for key, value in data.items() if value not in (None, "")}


class TimelineViewMixin(PreviewMixin):
    """Owns which curated timelines a page may show; their entries list public events only."""

    def get_base_queryset(self) -> QuerySet:
        return Timeline.objects.prefetch_related(
            Prefetch(
                "entries",
                queryset=TimelineEntry.objects.of_public_events()
                .with_events()
                .order_by("position", "event__start_date"),
            )
        )


class TimelineDetailView(TimelineViewMixin, DetailView):
    template_name = "timeline/timeline_detail.html"

    def get_context_data(self, **kwargs):
        events = [entry.event for entry in self.object.entries.all()]
        return super().get_context_data(places=places_map(events), **kwargs)
