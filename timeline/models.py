from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from alliances.models import Alliance, Country
from armistice_site import links, precision
from armistice_site.precision import Precision
from armistice_site.publishing import Publishable, list_columns
from armistice_site.registry import Api, Part, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable
from articles.models import Article, Source
from documents.models import Document


class LocationPrecision(models.TextChoices):
    """How closely an event's coordinates place it; maps and the API say so."""

    EXACT = "exact", _("exact spot")
    CITY = "city", _("city")
    REGION = "region", _("region")
    COUNTRY = "country", _("country")


@content_type(
    Role.PUBLISHABLE,
    url_name="timeline:event",
    api=Api("events", "event", "timeline.api.EventViewSet"),
    search=Search(
        title="title",
        text=("summary", "location_name", "body_text"),
        weights=(("title", "A"), ("summary", "B"), ("location_name", "B"), ("body_text", "C")),
    ),
    sitemap_priority=0.6,
)
class Event(Publishable, RenderedBody, Searchable):
    class Category(models.TextChoices):
        MILITARY = "military", _("Military")
        DIPLOMATIC = "diplomatic", _("Diplomatic")
        POLITICAL = "political", _("Political")
        TREATY = "treaty", _("Treaty")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    start_date = models.DateField(
        _("start date"), help_text=_("With year precision, any day of the year will do.")
    )
    start_precision = models.CharField(
        _("start known to the"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_precision = models.CharField(
        _("end known to the"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, validators=[MaxLengthValidator(500)]
    )
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    importance = models.PositiveSmallIntegerField(
        _("importance"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 (minor) to 5 (turning point)."),
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), blank=True, related_name="events"
    )
    alliances = models.ManyToManyField(
        Alliance, verbose_name=_("alliances"), blank=True, related_name="events"
    )
    articles = models.ManyToManyField(
        Article, verbose_name=_("articles"), blank=True, related_name="events"
    )
    sources = models.ManyToManyField(
        Source, verbose_name=_("sources"), blank=True, related_name="events"
    )
    documents = models.ManyToManyField(
        Document,
        verbose_name=_("primary documents"),
        blank=True,
        related_name="events",
        help_text=_("Primary sources of the event; their pages list it."),
    )
    location_name = models.CharField(_("place"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, −90 (south) to 90 (north)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, −180 (west) to 180 (east)."),
    )
    location_precision = models.CharField(
        _("position known to"),
        max_length=8,
        choices=LocationPrecision.choices,
        blank=True,
        help_text=_(
            "How closely the coordinates place the event: the exact spot, the city, the region "
            "or only the country."
        ),
    )

    history = Revisions(m2m_fields=[countries, alliances, articles, sources, documents])

    class Meta:
        permissions = [("publish_event", "Can publish, schedule, unpublish and archive events")]
        ordering = ["start_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(importance__gte=1, importance__lte=5),
                name="event_importance_1_to_5",
                violation_error_message=_("Importance runs from 1 (minor) to 5 (turning point)."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=precision.matches_precision("start_date", "start_precision"),
                name="event_start_matches_precision",
                violation_error_message=_("The start date must match its precision."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | precision.matches_precision("end_date", "end_precision"),
                name="event_end_matches_precision",
                violation_error_message=_("The end date must match its precision."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="event_latitude_range",
                violation_error_message=_("Latitude runs from -90 to 90."),
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="event_longitude_range",
                violation_error_message=_("Longitude runs from -180 to 180."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"], name="event_public_idx"),
            models.Index(fields=["start_date"], name="event_start_idx"),
        ]

    def __str__(self):
        return f"{self.display_date}: {self.title}"

    def get_absolute_url(self):
        return links.path_to("timeline:event", self.slug)

    @property
    def has_place(self) -> bool:
        """Whether the event can be put on a map."""
        return self.latitude is not None and self.longitude is not None

    @property
    def display_start(self) -> str:
        return precision.display(self.start_date, self.start_precision)

    @property
    def display_end(self) -> str:
        return precision.display(self.end_date, self.end_precision)

    @property
    def display_date(self) -> str:
        if self.end_date and self.display_end != self.display_start:
            return f"{self.display_start} – {self.display_end}"
        return self.display_start

    def normalise_dates(self) -> None:
        if self.start_date:
            self.start_date = precision.truncate(self.start_date, self.start_precision)
        if self.end_date:
            self.end_date = precision.truncate(self.end_date, self.end_precision)

    def clean(self):
        self.normalise_dates()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("An event cannot end before it starts.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both latitude and longitude, or neither."
            )
        elif self.latitude is None and self.location_precision:
            errors["location_precision"] = _("Give coordinates, or leave this empty.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.normalise_dates()
        super().save(*args, **kwargs)


@content_type(
    Role.PUBLISHABLE,
    url_name="timeline:curated",
    api=Api("timelines", "timeline", "timeline.api.TimelineViewSet"),
    sitemap_priority=0.6,
)
class Timeline(Publishable):
    """A curated, ordered collection of events, e.g. "The Korean War, 1950–1953"."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Plain text, a paragraph or two.")
    )
    events = models.ManyToManyField(Event, through="TimelineEntry", related_name="timelines")

    history = Revisions()

    class Meta:
        permissions = [
            ("publish_timeline", "Can publish, schedule, unpublish and archive timelines")
        ]
        ordering = ["title"]
        indexes = [models.Index(fields=["status", "publish_at"], name="timeline_public_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return links.path_to("timeline:curated", self.slug)


class TimelineEntryQuerySet(models.QuerySet):
    def public(self) -> "TimelineEntryQuerySet":
        """Entries whose timeline and event readers may both see."""
        return self.of_public_events().filter(timeline__in=Timeline.objects.public())

    def of_public_events(self) -> "TimelineEntryQuerySet":
        """Entries whose event readers may see, whatever their timeline: for a timeline page,
        whose view has already decided that the timeline itself may be shown (or previewed)."""
        return self.filter(event__in=Event.objects.public())

    def with_events(self) -> "TimelineEntryQuerySet":
        """Each entry with its event as a list shows it (no body or search vector)."""
        return list_columns(self.select_related("event"), prefix="event__")


class TimelineEntryManager(models.Manager.from_queryset(TimelineEntryQuerySet)):
    def get_by_natural_key(self, timeline: str, event: str) -> "TimelineEntry":
        """An event appears in a timeline at most once, so the two slugs name the entry."""
        return self.get(timeline__slug=timeline, event__slug=event)


def describe_entry(entry: "TimelineEntry") -> str:
    """One line per event in a timeline's revisions: its place and the event."""
    return f"{entry.position}. {entry.event}"


@content_type(Role.PART, part=Part("timeline", _("Events"), describe_entry))
class TimelineEntry(models.Model):
    timeline = models.ForeignKey(Timeline, on_delete=models.CASCADE, related_name="entries")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="timeline_entries")
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = TimelineEntryManager()
    history = Revisions()

    class Meta:
        ordering = ["position", "event__start_date"]
        verbose_name = _("event in timeline")
        verbose_name_plural = _("events in timeline")
        constraints = [
            models.UniqueConstraint(
                fields=["timeline", "event"],
                name="timeline_event_once",
                violation_error_message=_("This event is already in the timeline."),
            )
        ]

    def __str__(self):
        return f"{self.position}. {self.event.title}"

    def natural_key(self) -> tuple[str, str]:
        return (self.timeline.slug, self.event.slug)

    natural_key.dependencies = ["timeline.timeline", "timeline.event"]
