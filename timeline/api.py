"""API v1 for events and curated timelines, including their TimelineJS 3 output."""

import django_filters
from django import forms
from django.db.models import F, Prefetch, QuerySet
from django.db.models.functions import Coalesce, ExtractYear
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from alliances.api import (
    AllianceSummarySerializer,
    CountryKeyFilter,
    CountryKeyRelatedField,
    CountrySummarySerializer,
    public_alliances,
)
from alliances.models import Alliance, Country
from armistice_site.api.filters import IsoDateFilter
from armistice_site.api.serializers import (
    NestedSerializer,
    PublishableWriteSerializer,
    ReadSerializer,
    WebUrlField,
    api_url,
)
from articles.api import ArticleSummarySerializer, SourceSummarySerializer, TocEntrySerializer
from articles.models import Article, Source
from documents.api import DocumentSummarySerializer
from documents.models import Document
from editorial.api import PublishableViewSet
from editorial.services import Move, Route
from timeline import geojson, services, timelinejs
from timeline.models import Event, Timeline, TimelineEntry


def public_articles(request=None) -> QuerySet:
    """Articles a filter may name: public ones only, so a draft's slug is an unknown slug."""
    return Article.objects.public()


def public_entries() -> Prefetch:
    """A timeline's entries whose event is public, in the curator's order."""
    return Prefetch(
        "entries",
        queryset=TimelineEntry.objects.of_public_events()
        .select_related("event")
        .order_by("position", "event__start_date"),
        to_attr="public_entries",
    )


# TimelineJS ---------------------------------------------------------------------------------


class TimelineJSSlideSerializer(serializers.BaseSerializer):
    """One event as a TimelineJS slide."""

    def to_representation(self, event: Event) -> dict:
        slide = {
            "unique_id": event.slug,
            "start_date": timelinejs.date_parts(event.start_date, event.start_precision),
            "display_date": event.display_date,
            "text": timelinejs.text(event.title, event.summary),
            "group": event.get_category_display(),
        }
        if event.end_date:
            slide["end_date"] = timelinejs.date_parts(event.end_date, event.end_precision)
        return slide


class TimelineJSTimelineSerializer(serializers.BaseSerializer):
    """A curated timeline as a TimelineJS document: its title slide, then its public events."""

    def to_representation(self, timeline: Timeline) -> dict:
        slides = TimelineJSSlideSerializer(
            [entry.event for entry in timeline.public_entries], many=True
        ).data
        return timelinejs.document(timeline.title, timeline.introduction, list(slides))


# Events -------------------------------------------------------------------------------------


class EventSummarySerializer(NestedSerializer):
    api_url = api_url("event-detail")

    class Meta:
        model = Event
        fields = ["slug", "title", "display_date", "api_url"]


EVENT_LIST_FIELDS = [
    "slug",
    "title",
    "start_date",
    "start_precision",
    "end_date",
    "end_precision",
    "display_date",
    "category",
    "importance",
    "summary",
    "location_name",
    "latitude",
    "longitude",
    "location_precision",
    "countries",
    "alliances",
    "publish_at",
    "updated_at",
    "url",
    "api_url",
]
COORDINATE = {"coerce_to_string": False}


class EventListSerializer(ReadSerializer):
    display_date = serializers.CharField(
        read_only=True, help_text="The date as readers see it, e.g. “June 1950”."
    )
    countries = CountrySummarySerializer(many=True, read_only=True)
    alliances = AllianceSummarySerializer(
        source="public_alliances", many=True, read_only=True, help_text="Public alliances only."
    )
    url = WebUrlField()
    api_url = api_url("event-detail")

    class Meta:
        model = Event
        fields = EVENT_LIST_FIELDS
        extra_kwargs = {"latitude": COORDINATE, "longitude": COORDINATE}


class TimelineSummarySerializer(NestedSerializer):
    api_url = api_url("timeline-detail")

    class Meta:
        model = Timeline
        fields = ["slug", "title", "api_url"]


class EventSerializer(EventListSerializer):
    body_markdown = serializers.CharField(source="body", read_only=True)
    toc = TocEntrySerializer(many=True, read_only=True)
    articles = ArticleSummarySerializer(
        source="public_articles", many=True, read_only=True, help_text="Public articles only."
    )
    sources = SourceSummarySerializer(many=True, read_only=True)
    documents = DocumentSummarySerializer(
        source="public_documents", many=True, read_only=True, help_text="Public documents only."
    )
    timelines = TimelineSummarySerializer(
        source="public_timelines", many=True, read_only=True, help_text="Public timelines only."
    )

    class Meta:
        model = Event
        fields = [
            *EVENT_LIST_FIELDS,
            "status",
            "first_published_at",
            "created_at",
            "body_markdown",
            "body_html",
            "toc",
            "articles",
            "sources",
            "documents",
            "timelines",
        ]
        read_only_fields = fields
        extra_kwargs = {"latitude": COORDINATE, "longitude": COORDINATE}


class EventWriteSerializer(PublishableWriteSerializer):
    body_markdown = serializers.CharField(source="body", required=False, allow_blank=True)
    countries = CountryKeyRelatedField(
        many=True, required=False, help_text="Country slugs or ISO3 codes."
    )
    alliances = serializers.SlugRelatedField(
        slug_field="slug", queryset=Alliance.objects.all(), many=True, required=False
    )
    articles = serializers.SlugRelatedField(
        slug_field="slug", queryset=Article.objects.all(), many=True, required=False
    )
    sources = serializers.SlugRelatedField(
        slug_field="slug", queryset=Source.objects.all(), many=True, required=False
    )
    documents = serializers.SlugRelatedField(
        slug_field="slug", queryset=Document.objects.all(), many=True, required=False
    )

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "summary",
            "body_markdown",
            "category",
            "importance",
            "countries",
            "alliances",
            "articles",
            "sources",
            "documents",
            "location_name",
            "latitude",
            "longitude",
            "location_precision",
            "status",
            "publish_at",
            "comment",
        ]


@extend_schema_field(OpenApiTypes.INT)
class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class EventFilter(django_filters.FilterSet):
    start = IsoDateFilter(
        method="filter_start",
        help_text="YYYY-MM-DD: events still going on or after this day (with end: overlapping "
        "the range). A partly known date counts from its first day.",
    )
    end = IsoDateFilter(
        field_name="start_date",
        lookup_expr="lte",
        help_text="YYYY-MM-DD: events that began on or before this day.",
    )
    year = IntegerFilter(
        method="filter_year",
        min_value=1,
        max_value=9999,
        help_text="Events that began, went on or ended in this year.",
    )
    country = CountryKeyFilter(field_name="countries")
    alliance = django_filters.ModelChoiceFilter(
        field_name="alliances",
        queryset=public_alliances,
        to_field_name="slug",
        help_text="Alliance slug; an unknown slug is a 400.",
    )
    article = django_filters.ModelChoiceFilter(
        field_name="articles",
        queryset=public_articles,
        to_field_name="slug",
        help_text="Article slug; an unknown slug is a 400.",
    )
    category = django_filters.ChoiceFilter(choices=Event.Category.choices)
    min_importance = IntegerFilter(
        field_name="importance",
        lookup_expr="gte",
        min_value=1,
        max_value=5,
        help_text="1 (minor) to 5 (turning point): events at least this important.",
    )

    class Meta:
        model = Event
        fields = [
            "start",
            "end",
            "year",
            "country",
            "alliance",
            "article",
            "category",
            "min_importance",
        ]

    def filter_start(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.alias(last_day=Coalesce(F("end_date"), F("start_date"))).filter(
            last_day__gte=value
        )

    def filter_year(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.alias(
            last_year=ExtractYear(Coalesce(F("end_date"), F("start_date")))
        ).filter(start_date__year__lte=value, last_year__gte=value)


class EventViewSet(geojson.GeoJSONMixin, timelinejs.TimelineJSMixin, PublishableViewSet):
    """Events with partly known dates (``start_precision``: year, month or day). The list,
    with all its filters, is also available as TimelineJS 3 JSON (``?format=timelinejs``) and,
    for the events that have coordinates, as GeoJSON (``?format=geojson``)."""

    list_serializer_class = EventListSerializer
    serializer_class = EventSerializer
    write_serializer_class = EventWriteSerializer
    filterset_class = EventFilter
    search_fields = ["title", "summary", "location_name"]
    ordering_fields = ["start_date", "end_date", "importance", "title", "publish_at", "slug"]
    ordering = ["start_date", "title"]
    timelinejs_actions = ("list",)
    geojson_actions = ("list",)

    def get_serializer_class(self):
        if self.wants_timelinejs():
            return TimelineJSSlideSerializer
        if self.wants_geojson():
            return geojson.EventFeatureSerializer
        return super().get_serializer_class()

    def get_base_queryset(self) -> QuerySet:
        if self.wants_timelinejs():
            return Event.objects.for_list()  # a slide shows no related objects
        if self.wants_geojson():  # a feature shows no related objects, and needs a place
            return Event.objects.for_list().filter(latitude__isnull=False, longitude__isnull=False)
        queryset = Event.objects.prefetch_related(
            Prefetch("countries", queryset=Country.objects.order_by("name")),
            Prefetch(
                "alliances",
                queryset=Alliance.objects.public().for_list().order_by("signed_on", "name"),
                to_attr="public_alliances",
            ),
        )
        if self.action == "list":
            return queryset.for_list()
        return queryset.prefetch_related(
            Prefetch(
                "articles",
                queryset=Article.objects.public().for_list().order_by("title"),
                to_attr="public_articles",
            ),
            "sources",
            Prefetch(
                "documents",
                queryset=Document.objects.public().for_list().order_by("date"),
                to_attr="public_documents",
            ),
            Prefetch(
                "timelines",
                queryset=Timeline.objects.public().order_by("title"),
                to_attr="public_timelines",
            ),
        )

    def save_object(self, instance: Event | None, data: dict, move: Move | None) -> Event:
        names = ("countries", "alliances", "articles", "sources", "documents")
        relations = {name: data.pop(name) for name in names if name in data}
        user = self.request.user
        if instance is None:
            return services.event_create(
                user=user, fields=data, move=move, route=Route.API, **relations
            )
        return services.event_update(
            event=instance, user=user, fields=data, move=move, route=Route.API, **relations
        )

    def delete_object(self, instance: Event) -> None:
        services.event_delete(event=instance, user=self.request.user, route=Route.API)


# Timelines ----------------------------------------------------------------------------------


class TimelineEventSerializer(NestedSerializer):
    """An event as a step of a curated timeline."""

    display_date = serializers.CharField(read_only=True)
    url = WebUrlField()
    api_url = api_url("event-detail")

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "display_date",
            "category",
            "importance",
            "summary",
            "url",
            "api_url",
        ]


TIMELINE_LIST_FIELDS = [
    "slug",
    "title",
    "introduction",
    "publish_at",
    "updated_at",
    "url",
    "api_url",
]


class TimelineListSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("timeline-detail")

    class Meta:
        model = Timeline
        fields = TIMELINE_LIST_FIELDS


class TimelineSerializer(TimelineListSerializer):
    events = serializers.SerializerMethodField(help_text="Its public events, in order.")

    class Meta:
        model = Timeline
        fields = [*TIMELINE_LIST_FIELDS, "status", "first_published_at", "created_at", "events"]
        read_only_fields = fields

    @extend_schema_field(TimelineEventSerializer(many=True))
    def get_events(self, timeline: Timeline) -> list[dict]:
        events = [entry.event for entry in timeline.public_entries]
        return TimelineEventSerializer(events, many=True, context=self.context).data


class TimelineWriteSerializer(PublishableWriteSerializer):
    events = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Event.objects.all(),
        many=True,
        required=False,
        help_text="Event slugs in the order the timeline shows them.",
    )

    class Meta:
        model = Timeline
        fields = ["slug", "title", "introduction", "events", "status", "publish_at", "comment"]


class TimelineViewSet(timelinejs.TimelineJSMixin, PublishableViewSet):
    """Curated, ordered collections of events. A timeline's detail is also available as
    TimelineJS 3 JSON: ``/api/v1/timelines/<slug>/?format=timelinejs``."""

    list_serializer_class = TimelineListSerializer
    serializer_class = TimelineSerializer
    write_serializer_class = TimelineWriteSerializer
    search_fields = ["title", "introduction"]
    ordering_fields = ["title", "publish_at", "updated_at", "slug"]
    ordering = ["title"]
    timelinejs_actions = ("retrieve",)

    def get_serializer_class(self):
        if self.wants_timelinejs():
            return TimelineJSTimelineSerializer
        return super().get_serializer_class()

    def get_base_queryset(self) -> QuerySet:
        queryset = Timeline.objects.all()
        if self.action == "list":
            return queryset
        return queryset.prefetch_related(public_entries())

    def save_object(self, instance: Timeline | None, data: dict, move: Move | None) -> Timeline:
        relations = {"events": data.pop("events")} if "events" in data else {}
        user = self.request.user
        if instance is None:
            return services.timeline_create(
                user=user, fields=data, move=move, route=Route.API, **relations
            )
        return services.timeline_update(
            timeline=instance, user=user, fields=data, move=move, route=Route.API, **relations
        )

    def delete_object(self, instance: Timeline) -> None:
        services.timeline_delete(timeline=instance, user=self.request.user, route=Route.API)
