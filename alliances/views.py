"""Reader pages for alliances and countries, with their membership-over-time charts."""

import datetime

from django import forms
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from alliances import charts
from alliances.maps import MapDateForm, alliance_map, country_map, default_day
from alliances.models import Alliance, Country, Membership, Obligation
from alliances.selectors import membership_spans
from armistice_site.named_choice import NamedChoiceField
from armistice_site.paging import LenientPaginationMixin
from articles.selectors import public_articles
from documents.models import Document
from editorial.preview import PreviewMixin
from maps.historical import METHOD as MAP_METHOD


class AllianceViewMixin(PreviewMixin):
    """Owns which alliances a detail page may show and the related-object plan."""

    def get_base_queryset(self) -> QuerySet:
        return Alliance.objects.prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("country", "alliance").order_by(
                    "joined_on", "country__name"
                ),
            ),
            "sources",
            Prefetch("articles", queryset=public_articles()),
            Prefetch("documents", queryset=Document.objects.public().for_list()),
        )


class AllianceFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Alliance.Kind.choices], required=False
    )
    obligation = forms.ChoiceField(
        label=_("Obligation"),
        choices=[("", _("Any obligation")), *Obligation.choices],
        required=False,
    )
    member = NamedChoiceField(
        label=_("Member country"),
        queryset=Country.objects.none(),
        required=False,
        empty_label=_("Any country"),
    )
    year = forms.IntegerField(
        label=_("Active in year"), min_value=1, max_value=9999, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per request: what is public depends on the time of asking.
        self.fields["member"].offer(
            Country.objects.filter(pk__in=Membership.objects.public().values("country"))
            .only("pk", "slug", "name")
            .order_by("name")
        )


class AllianceListView(LenientPaginationMixin, ListView):
    """Public alliances in order of signing, filterable by kind, obligation, member and year.
    Filter values that make no sense are reported on the form and ignored."""

    template_name = "alliances/alliance_list.html"
    paginate_by = 30

    def get_queryset(self) -> QuerySet:
        self.form = AllianceFilterForm(self.request.GET or None)
        alliances = (
            Alliance.objects.public()
            .for_list()
            .annotate(member_count=Count("memberships__country", distinct=True))
            .order_by("signed_on", "name")
        )
        if not self.form.is_bound:
            return alliances
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        if cleaned.get("kind"):
            alliances = alliances.filter(kind=cleaned["kind"])
        if cleaned.get("obligation"):
            alliances = alliances.filter(**{cleaned["obligation"]: True})
        if cleaned.get("member"):
            alliances = alliances.filter(
                pk__in=Membership.objects.filter(country=cleaned["member"]).values("alliance")
            )
        if cleaned.get("year"):
            year = cleaned["year"]
            alliances = alliances.filter(signed_on__lte=datetime.date(year, 12, 31)).filter(
                Q(ended_on__isnull=True) | Q(ended_on__gte=datetime.date(year, 1, 1))
            )
        return alliances

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class AllianceDetailView(AllianceViewMixin, DetailView):
    template_name = "alliances/alliance_detail.html"

    def get_context_data(self, **kwargs):
        alliance = self.object
        memberships = list(alliance.memberships.all())
        today = timezone.localdate()
        chart = charts.membership_chart(
            membership_spans(memberships, label_country=True), today=today
        )
        map_form = MapDateForm(self.request.GET or None)
        day = (map_form.is_valid() and map_form.cleaned_data.get("on")) or default_day(
            alliance, today
        )
        return super().get_context_data(
            memberships=memberships,
            map_form=map_form,
            members_map=alliance_map(memberships, day),
            map_method=MAP_METHOD,
            member_count=len({membership.country_id for membership in memberships}),
            chart=chart,
            events=alliance.events.public().for_list().order_by("start_date"),
            **kwargs,
        )


class CountryDetailView(DetailView):
    """A country (reference data, always visible) with its public alliances and events."""

    template_name = "alliances/country_detail.html"

    def get_queryset(self) -> QuerySet:
        return Country.objects.prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.public()
                .select_related("alliance")
                .order_by("joined_on", "alliance__name"),
            )
        )

    def get_context_data(self, **kwargs):
        country = self.object
        memberships = list(country.memberships.all())
        chart = charts.membership_chart(
            membership_spans(memberships, label_country=False), today=timezone.localdate()
        )
        return super().get_context_data(
            memberships=memberships,
            chart=chart,
            locator=country_map(country, timezone.localdate()),
            map_method=MAP_METHOD,
            events=country.events.public().for_list().order_by("start_date"),
            **kwargs,
        )
