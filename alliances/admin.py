from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from alliances.models import Alliance, Country, Membership
from editorial.admin_base import (
    PartAdmin,
    PartInline,
    PublicationFilter,
    PublishableAdmin,
    RevisionAdmin,
    publishing_fieldset,
)
from editorial.admin_warnings import ReferenceWarningsMixin


class ExistsTodayFilter(admin.SimpleListFilter):
    title = _("exists today")
    parameter_name = "exists"

    def lookups(self, request, model_admin):
        return (("yes", _("Existing states")), ("no", _("Former states")))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(dissolved_year__isnull=True)
        if self.value() == "no":
            return queryset.filter(dissolved_year__isnull=False)
        return queryset


@admin.register(Country)
class CountryAdmin(RevisionAdmin):
    list_display = ("name", "iso3", "cow_code", "founded_year", "dissolved_year")
    list_filter = (ExistsTodayFilter,)
    search_fields = ("name", "slug", "iso3")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "summary")}),
        (_("Codes"), {"fields": ("iso3", "cow_code")}),
        (_("Existence"), {"fields": ("founded_year", "dissolved_year")}),
    )


def overlaps(first: tuple, second: tuple) -> bool:
    """Two (joined, left) periods share a day; ``left`` is exclusive and None means open."""
    (first_start, first_end), (second_start, second_end) = first, second
    return (first_end is None or second_start < first_end) and (
        second_end is None or first_start < second_end
    )


class MembershipFormSet(BaseInlineFormSet):
    """Checks the memberships as they will be after saving: the rows on the form (edited,
    added, minus those ticked for deletion) together with saved rows not on the form.

    The database refuses overlapping memberships of one country; without this check a
    clash between two new rows would reach it as an error page instead of a message.
    """

    def clean(self):
        super().clean()
        if self.instance.pk is None:
            saved = []
        else:
            on_form = {form.instance.pk for form in self.initial_forms if form.instance.pk}
            saved = [
                (membership, membership.country_id, (membership.joined_on, membership.left_on))
                for membership in Membership.objects.filter(alliance=self.instance)
                .exclude(pk__in=on_form)
                .select_related("country")
            ]
        checked: list[tuple] = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or form.errors:
                continue
            country, joined = data.get("country"), data.get("joined_on")
            if country is None or joined is None:
                continue
            period = (joined, data.get("left_on"))
            clash = next(
                (
                    other
                    for other, other_country, other_period in [*saved, *checked]
                    if other_country == country.pk and overlaps(period, other_period)
                ),
                None,
            )
            if clash is not None:
                form.add_error(
                    "joined_on",
                    ValidationError(
                        _(
                            "%(country)s already has a membership in this alliance from "
                            "%(joined)s that shares some of these dates; make the periods "
                            "follow one another."
                        ),
                        code="overlap",
                        params={"country": country, "joined": clash.joined_on},
                    ),
                )
                continue
            checked.append((form.instance, country.pk, period))


class MembershipInline(PartInline, admin.TabularInline):
    model = Membership
    formset = MembershipFormSet
    fields = ("country", "role", "joined_on", "left_on", "note")
    autocomplete_fields = ("country",)
    extra = 1
    ordering = ("joined_on", "country__name")


@admin.register(Alliance)
class AllianceAdmin(ReferenceWarningsMixin, PublishableAdmin):
    list_display = (
        "name",
        "short_name",
        "kind",
        "signed_on",
        "ended_on",
        "member_count",
        "status_column",
        "publish_at",
    )
    list_filter = (
        "status",
        PublicationFilter,
        "kind",
        "defense",
        "offense",
        "neutrality",
        "non_aggression",
        "consultation",
    )
    search_fields = ("name", "short_name", "slug", "summary")
    date_hierarchy = "signed_on"
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("sources", "articles", "documents")
    inlines = (MembershipInline,)
    fieldsets = (
        (_("Content"), {"fields": ("name", "slug", "short_name", "kind", "summary", "body")}),
        (
            _("Obligations"),
            {
                "fields": ("defense", "offense", "neutrality", "non_aggression", "consultation"),
                "description": _("What the members promise each other (as coded by ATOP)."),
            },
        ),
        (_("Dates"), {"fields": ("signed_on", "in_force_on", "ended_on", "end_reason")}),
        (_("Provenance"), {"fields": ("sources", "documents", "atop_id", "cow_id")}),
        (_("Relations"), {"fields": ("articles",)}),
        publishing_fieldset(),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(member_total=Count("memberships"))

    @admin.display(description=_("members"), ordering="member_total")
    def member_count(self, obj: Alliance) -> int:
        return obj.member_total


@admin.register(Membership)
class MembershipAdmin(PartAdmin):
    list_display = ("country", "alliance", "role", "joined_on", "left_on")
    list_filter = ("role", "alliance")
    list_select_related = ("country", "alliance")
    search_fields = ("country__name", "country__iso3", "alliance__name", "alliance__short_name")
    date_hierarchy = "joined_on"
    autocomplete_fields = ("alliance", "country")
    fields = ("alliance", "country", "role", "joined_on", "left_on", "note")
