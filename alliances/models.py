from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from armistice_site import links
from armistice_site.natural_keys import SlugManager
from armistice_site.publishing import Publishable
from armistice_site.registry import Api, Part, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable
from articles.models import Article, Source
from documents.models import Document


class CountryQuerySet(models.QuerySet):
    def public(self) -> "CountryQuerySet":
        """Countries are reference data: every one has a public page."""
        return self.all()

    def by_key(self, key: str) -> "CountryQuerySet":
        """A country by its slug or its ISO 3166 alpha-3 code (``KOR``, ``SUN``)."""
        key = (key or "").strip()
        if len(key) == 3 and key.isalpha():
            return self.filter(Q(iso3=key.upper()) | Q(slug=key.lower()))
        return self.filter(slug=key)

    def active_on(self, day) -> "CountryQuerySet":
        return self.filter(
            Q(memberships__joined_on__lte=day)
            & (Q(memberships__left_on__isnull=True) | Q(memberships__left_on__gt=day))
        ).distinct()


class CountryManager(SlugManager.from_queryset(CountryQuerySet)):
    """``CountryQuerySet`` as a manager, plus ``get_by_natural_key`` (the slug) for backups."""


@content_type(
    Role.REFERENCE,
    url_name="alliances:country",
    api=Api("countries", "country", "alliances.api.CountryViewSet"),
    sitemap_priority=0.4,
)
class Country(models.Model):
    """A state, present or historical (the Soviet Union and East Germany are countries too)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    iso3 = models.CharField(
        _("ISO alpha-3 code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Use three capital letters, e.g. KOR."))],
        help_text=_("ISO 3166-1 alpha-3, or ISO 3166-3 for former states (SUN, DDR)."),
    )
    cow_code = models.PositiveSmallIntegerField(
        _("COW state number"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Correlates of War state number, e.g. 732 for South Korea. COW gives one number to "
            "a state across a change of regime (365: Russia and the Soviet Union)."
        ),
    )
    founded_year = models.SmallIntegerField(_("exists from (year)"), null=True, blank=True)
    dissolved_year = models.SmallIntegerField(
        _("exists until (year)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a state that still exists."),
    )
    summary = models.TextField(
        _("summary"), blank=True, max_length=500, validators=[MaxLengthValidator(500)]
    )

    objects = CountryManager()
    history = Revisions()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")
        permissions = [("publish_country", "Can change countries readers see without review")]
        constraints = [
            models.CheckConstraint(
                condition=Q(iso3__regex=r"^[A-Z]{3}$"),
                name="country_iso3_format",
                violation_error_message=_("Use three capital letters for the ISO code, e.g. KOR."),
            ),
            models.CheckConstraint(
                condition=Q(dissolved_year__isnull=True)
                | Q(founded_year__isnull=True)
                | Q(dissolved_year__gte=models.F("founded_year")),
                name="country_dissolved_after_founded",
                violation_error_message=_("A country cannot end before it began."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return links.path_to("alliances:country", self.slug)

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def clean(self):
        if self.iso3:
            self.iso3 = self.iso3.upper()
        if self.founded_year and self.dissolved_year and self.dissolved_year < self.founded_year:
            raise ValidationError({"dissolved_year": _("A country cannot end before it began.")})


class Obligation(models.TextChoices):
    """ATOP's obligation types: what members promise each other."""

    DEFENSE = "defense", _("Defence")
    OFFENSE = "offense", _("Offence")
    NEUTRALITY = "neutrality", _("Neutrality")
    NON_AGGRESSION = "non_aggression", _("Non-aggression")
    CONSULTATION = "consultation", _("Consultation")


@content_type(
    Role.PUBLISHABLE,
    url_name="alliances:detail",
    api=Api("alliances", "alliance", "alliances.api.AllianceViewSet"),
    search=Search(
        title="name",
        text=("short_name", "summary", "body_text"),
        weights=(("name", "A"), ("short_name", "A"), ("summary", "B"), ("body_text", "C")),
    ),
    sitemap_priority=0.7,
)
class Alliance(Publishable, RenderedBody, Searchable):
    class Kind(models.TextChoices):
        ALLIANCE = "alliance", _("Alliance")
        MUTUAL_DEFENCE = "mutual_defence", _("Mutual defence treaty")
        ARMISTICE = "armistice", _("Armistice or ceasefire")
        SECURITY_ASSURANCE = "security_assurance", _("Security assurance")
        NON_AGGRESSION = "non_aggression", _("Non-aggression pact")
        STRATEGIC_PARTNERSHIP = "strategic_partnership", _("Strategic partnership")
        COMMAND = "command", _("Command structure")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    short_name = models.CharField(
        _("short name"), max_length=40, blank=True, help_text=_("e.g. NATO, CENTO, CSTO")
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.ALLIANCE)
    defense = models.BooleanField(
        _("defence"),
        default=False,
        help_text=_("Members promise to defend each other if attacked."),
    )
    offense = models.BooleanField(
        _("offence"), default=False, help_text=_("Members promise to join each other's wars.")
    )
    neutrality = models.BooleanField(
        _("neutrality"),
        default=False,
        help_text=_("Members promise to stay out of wars against each other."),
    )
    non_aggression = models.BooleanField(
        _("non-aggression"), default=False, help_text=_("Members promise not to attack each other.")
    )
    consultation = models.BooleanField(
        _("consultation"), default=False, help_text=_("Members promise to consult in a crisis.")
    )
    signed_on = models.DateField(_("signed"))
    in_force_on = models.DateField(_("in force from"), null=True, blank=True)
    ended_on = models.DateField(
        _("ended"), null=True, blank=True, help_text=_("Leave empty while it is in force.")
    )
    end_reason = models.CharField(_("end reason"), max_length=300, blank=True)
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, validators=[MaxLengthValidator(500)]
    )
    sources = models.ManyToManyField(
        Source, verbose_name=_("sources"), blank=True, related_name="alliances"
    )
    articles = models.ManyToManyField(
        Article, verbose_name=_("related articles"), blank=True, related_name="alliances"
    )
    documents = models.ManyToManyField(
        Document,
        verbose_name=_("primary documents"),
        blank=True,
        related_name="alliances",
        help_text=_("The treaty text and other primary sources; their pages list the alliance."),
    )
    atop_id = models.PositiveIntegerField(
        _("ATOP id"),
        null=True,
        blank=True,
        help_text=_("Alliance Treaty Obligations and Provisions dataset id."),
    )
    cow_id = models.PositiveIntegerField(
        _("COW id"), null=True, blank=True, help_text=_("Correlates of War formal alliance id.")
    )
    countries = models.ManyToManyField(Country, through="Membership", related_name="alliances")

    history = Revisions(m2m_fields=[sources, articles, documents])

    class Meta:
        permissions = [
            ("publish_alliance", "Can publish, schedule, unpublish and archive alliances")
        ]
        ordering = ["signed_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("signed_on")),
                name="alliance_ends_after_signing",
                violation_error_message=_("An alliance cannot end before it was signed."),
            ),
            models.CheckConstraint(
                condition=Q(in_force_on__isnull=True) | Q(in_force_on__gte=models.F("signed_on")),
                name="alliance_in_force_after_signing",
                violation_error_message=_(
                    "An alliance cannot come into force before it was signed."
                ),
            ),
        ]
        indexes = [models.Index(fields=["status", "publish_at"], name="alliance_public_idx")]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def get_absolute_url(self):
        return links.path_to("alliances:detail", self.slug)

    @property
    def obligations(self) -> list[str]:
        return [value for value in Obligation.values if getattr(self, value)]

    def obligation_labels(self) -> list[str]:
        return [label for value, label in Obligation.choices if getattr(self, value)]

    def clean(self):
        errors = {}
        if self.signed_on and self.ended_on and self.ended_on < self.signed_on:
            errors["ended_on"] = _("An alliance cannot end before it was signed.")
        if self.signed_on and self.in_force_on and self.in_force_on < self.signed_on:
            errors["in_force_on"] = _("An alliance cannot come into force before it was signed.")
        if errors:
            raise ValidationError(errors)


class MembershipQuerySet(models.QuerySet):
    def public(self) -> "MembershipQuerySet":
        """Memberships of public alliances only, so no draft alliance shows up as a chart
        bar, a table row or a count on a country page."""
        return self.filter(alliance__in=Alliance.objects.public())

    def active_on(self, day) -> "MembershipQuerySet":
        """Active on day D: joined on or before D and not yet left (left is after D)."""
        return self.filter(Q(joined_on__lte=day) & (Q(left_on__isnull=True) | Q(left_on__gt=day)))


class MembershipManager(models.Manager.from_queryset(MembershipQuerySet)):
    def get_by_natural_key(self, alliance: str, country: str, joined_on: str) -> "Membership":
        """A membership is known by its alliance, its country and the day it began."""
        return self.get(alliance__slug=alliance, country__slug=country, joined_on=joined_on)


def describe_membership(membership: "Membership") -> str:
    """One line per membership in an alliance's revisions: who, as what, from when to when."""
    period = f"{membership.joined_on.isoformat()}–{membership.left_on or ''}"
    return f"{membership.country} ({membership.get_role_display()}, {period})"


@content_type(
    Role.PART,
    api=Api("memberships", "membership", "alliances.api.MembershipViewSet"),
    part=Part("alliance", _("Members"), describe_membership),
)
class Membership(models.Model):
    class Role(models.TextChoices):
        FOUNDING = "founding", _("Founding member")
        MEMBER = "member", _("Member")
        SIGNATORY = "signatory", _("Signatory")
        GUARANTOR = "guarantor", _("Guarantor")
        OBSERVER = "observer", _("Observer")

    alliance = models.ForeignKey(Alliance, on_delete=models.CASCADE, related_name="memberships")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    joined_on = models.DateField(_("joined"))
    left_on = models.DateField(
        _("left"), null=True, blank=True, help_text=_("Leave empty while still a member.")
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = MembershipManager()
    history = Revisions()

    class Meta:
        ordering = ["joined_on", "country__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gt=models.F("joined_on")),
                name="membership_left_after_joined",
                violation_error_message=_("A membership cannot end before it began."),
            ),
        ]
        indexes = [models.Index(fields=["country", "joined_on"], name="membership_country_idx")]

    def __str__(self):
        return f"{self.country} in {self.alliance}"

    def natural_key(self) -> tuple[str, str, str]:
        return (self.alliance.slug, self.country.slug, self.joined_on.isoformat())

    natural_key.dependencies = ["alliances.alliance", "alliances.country"]

    def is_active_on(self, day) -> bool:
        """Per-object twin of ``MembershipQuerySet.active_on``; keep the two identical."""
        return self.joined_on <= day and (self.left_on is None or self.left_on > day)

    def overlapping(self) -> MembershipQuerySet:
        """Other memberships of the same country in the same alliance that share a day."""
        others = Membership.objects.filter(alliance_id=self.alliance_id, country_id=self.country_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        others = others.filter(Q(left_on__isnull=True) | Q(left_on__gt=self.joined_on))
        if self.left_on:
            others = others.filter(joined_on__lt=self.left_on)
        return others

    def clean(self):
        if self.joined_on and self.left_on and self.left_on <= self.joined_on:
            raise ValidationError({"left_on": _("A membership cannot end before it began.")})
        if self.joined_on and self.alliance_id and self.country_id and self.overlapping().exists():
            raise ValidationError(
                {
                    "joined_on": _(
                        "%(country)s already has a membership in this alliance for part of "
                        "these dates; change that one instead of adding an overlapping one."
                    )
                    % {"country": self.country}
                }
            )
