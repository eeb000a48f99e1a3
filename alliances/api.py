"""API v1 for countries, alliances and memberships: filters, serializers and viewsets."""

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django_filters.fields import ModelChoiceField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from alliances import services
from alliances.models import Alliance, Country, Membership, Obligation
from armistice_site.api.filters import IsoDateFilter
from armistice_site.api.permissions import can_read_unpublished
from armistice_site.api.serializers import (
    NestedSerializer,
    PublishableWriteSerializer,
    ReadSerializer,
    WebUrlField,
    WriteSerializer,
    api_url,
)
from armistice_site.api.viewsets import ReadViewSet
from articles.api import ArticleSummarySerializer, SourceSummarySerializer, TocEntrySerializer
from articles.models import Article, Source
from documents.api import DocumentSummarySerializer
from documents.models import Document
from editorial.api import PublishableViewSet, WritableViewSet
from editorial.models import PendingRevision
from editorial.services import Move, Route


def public_alliances(request=None) -> QuerySet:
    """Alliances a filter may name: public ones only, so a draft's slug is an unknown slug."""
    return Alliance.objects.public()


# Country keys: a slug or an ISO 3166 alpha-3 code --------------------------------------------


class CountryKeyField(ModelChoiceField):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        country = self.queryset.by_key(str(value)).first()
        if country is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return country


class CountryKeyFilter(django_filters.ModelChoiceFilter):
    """A country named by slug or ISO3 code (``south-korea`` or ``KOR``); unknown is a 400."""

    field_class = CountryKeyField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Country.objects.all())
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("help_text", "Country slug or ISO 3166 alpha-3 code; unknown is a 400.")
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.STR)
class PublicSlugFilter(django_filters.ModelChoiceFilter):
    """A slug among the rows a callable ``queryset`` allows (which the schema cannot see)."""


class CountryKeyRelatedField(serializers.SlugRelatedField):
    """Write side of a country reference: slug or ISO3 code."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="slug", queryset=Country.objects.all(), **kwargs)

    def to_internal_value(self, data):
        country = self.get_queryset().by_key(str(data)).first()
        if country is None:
            self.fail("does_not_exist", slug_name="slug or ISO3 code", value=str(data))
        return country


# Summaries ----------------------------------------------------------------------------------


class CountrySummarySerializer(NestedSerializer):
    api_url = api_url("country-detail")

    class Meta:
        model = Country
        fields = ["slug", "name", "iso3", "api_url"]


class AllianceSummarySerializer(NestedSerializer):
    api_url = api_url("alliance-detail")

    class Meta:
        model = Alliance
        fields = ["slug", "name", "short_name", "api_url"]


# Countries ----------------------------------------------------------------------------------


class CountryMembershipSerializer(NestedSerializer):
    alliance = AllianceSummarySerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["alliance", "role", "joined_on", "left_on"]


COUNTRY_LIST_FIELDS = [
    "slug",
    "name",
    "iso3",
    "cow_code",
    "founded_year",
    "dissolved_year",
    "summary",
    "url",
    "api_url",
]


class CountryListSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("country-detail")

    class Meta:
        model = Country
        fields = COUNTRY_LIST_FIELDS


class CountrySerializer(CountryListSerializer):
    memberships = CountryMembershipSerializer(
        source="public_memberships",
        many=True,
        read_only=True,
        help_text="Memberships in public alliances, oldest first.",
    )

    class Meta:
        model = Country
        fields = [*COUNTRY_LIST_FIELDS, "memberships"]


class CountryFilter(django_filters.FilterSet):
    member_of = PublicSlugFilter(
        queryset=public_alliances,
        to_field_name="slug",
        method="filter_membership",
        help_text="Alliance slug: countries that were ever members (with active_on: on that "
        "day). An unknown slug is a 400.",
    )
    active_on = IsoDateFilter(
        method="filter_membership",
        help_text="YYYY-MM-DD: countries with a membership in a public alliance on that day "
        "(joined on or before it, not yet left).",
    )

    class Meta:
        model = Country
        fields = ["member_of", "active_on"]

    def filter_membership(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """``member_of`` and ``active_on`` describe one membership, so they are applied
        together, once: "in NATO on 1 January 1960", not "in NATO, and in something then"."""
        alliance = self.form.cleaned_data.get("member_of")
        day = self.form.cleaned_data.get("active_on")
        if name == "active_on" and alliance is not None:
            return queryset
        memberships = Membership.objects.filter(alliance__in=public_alliances())
        if alliance is not None:
            memberships = memberships.filter(alliance=alliance)
        if day is not None:
            memberships = memberships.active_on(day)
        return queryset.filter(pk__in=memberships.values("country_id"))


class CountryViewSet(ReadViewSet):
    """States, present and historical. Look one up by slug or ISO3 code: ``/countries/KOR/``."""

    list_serializer_class = CountryListSerializer
    serializer_class = CountrySerializer
    filterset_class = CountryFilter
    search_fields = ["name", "iso3"]
    ordering_fields = ["name", "iso3", "founded_year", "slug"]
    ordering = ["name"]

    def get_base_queryset(self) -> QuerySet:
        queryset = Country.objects.all()
        if self.action == "list":
            return queryset
        return queryset.prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(alliance__in=public_alliances())
                .select_related("alliance")
                .order_by("joined_on", "alliance__name"),
                to_attr="public_memberships",
            )
        )

    def get_object(self) -> Country:
        country = self.get_queryset().by_key(self.kwargs[self.lookup_field]).first()
        if country is None:
            raise Http404
        self.check_object_permissions(self.request, country)
        self.shown_objects = [country]
        return country


# Alliances ----------------------------------------------------------------------------------


class AllianceMemberSerializer(NestedSerializer):
    country = CountrySummarySerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["country", "role", "joined_on", "left_on"]


ALLIANCE_LIST_FIELDS = [
    "slug",
    "name",
    "short_name",
    "kind",
    "obligations",
    "signed_on",
    "in_force_on",
    "ended_on",
    "summary",
    "publish_at",
    "updated_at",
    "url",
    "api_url",
]


class AllianceListSerializer(ReadSerializer):
    obligations = serializers.ListField(
        child=serializers.ChoiceField(choices=Obligation.choices),
        read_only=True,
        help_text="What members promise each other (ATOP obligation types).",
    )
    url = WebUrlField()
    api_url = api_url("alliance-detail")

    class Meta:
        model = Alliance
        fields = ALLIANCE_LIST_FIELDS


class AllianceSerializer(AllianceListSerializer):
    body_markdown = serializers.CharField(source="body", read_only=True)
    toc = TocEntrySerializer(many=True, read_only=True)
    members = AllianceMemberSerializer(source="memberships", many=True, read_only=True)
    sources = SourceSummarySerializer(many=True, read_only=True)
    articles = ArticleSummarySerializer(
        source="public_articles", many=True, read_only=True, help_text="Public articles only."
    )
    documents = DocumentSummarySerializer(
        source="public_documents", many=True, read_only=True, help_text="Public documents only."
    )

    class Meta:
        model = Alliance
        fields = [
            *ALLIANCE_LIST_FIELDS,
            "status",
            "first_published_at",
            "created_at",
            "end_reason",
            "body_markdown",
            "body_html",
            "toc",
            "members",
            "sources",
            "articles",
            "documents",
            "atop_id",
            "cow_id",
        ]
        read_only_fields = fields


class AllianceWriteSerializer(PublishableWriteSerializer):
    body_markdown = serializers.CharField(source="body", required=False, allow_blank=True)
    obligations = serializers.ListField(
        child=serializers.ChoiceField(choices=Obligation.choices), required=False
    )
    sources = serializers.SlugRelatedField(
        slug_field="slug", queryset=Source.objects.all(), many=True, required=False
    )
    articles = serializers.SlugRelatedField(
        slug_field="slug", queryset=Article.objects.all(), many=True, required=False
    )
    documents = serializers.SlugRelatedField(
        slug_field="slug", queryset=Document.objects.all(), many=True, required=False
    )

    class Meta:
        model = Alliance
        fields = [
            "slug",
            "name",
            "short_name",
            "kind",
            "obligations",
            "signed_on",
            "in_force_on",
            "ended_on",
            "end_reason",
            "summary",
            "body_markdown",
            "sources",
            "articles",
            "documents",
            "atop_id",
            "cow_id",
            "status",
            "publish_at",
            "comment",
        ]


class AllianceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Alliance.Kind.choices)
    obligation = django_filters.ChoiceFilter(
        choices=Obligation.choices,
        method="filter_obligation",
        help_text="Alliances whose members make this promise.",
    )
    member = CountryKeyFilter(
        method="filter_member",
        help_text="Country slug or ISO3 code: alliances it ever belonged to; unknown is a 400.",
    )
    active_on = IsoDateFilter(
        method="filter_active_on",
        help_text="YYYY-MM-DD: signed on or before that day and not ended by it (an alliance "
        "that ended that day is not active on it).",
    )
    signed_after = IsoDateFilter(
        field_name="signed_on", lookup_expr="gte", help_text="Signed on or after (YYYY-MM-DD)."
    )
    signed_before = IsoDateFilter(
        field_name="signed_on", lookup_expr="lte", help_text="Signed on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Alliance
        fields = ["kind", "obligation", "member", "active_on", "signed_after", "signed_before"]

    def filter_obligation(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(**{value: True})

    def filter_member(self, queryset: QuerySet, name: str, value: Country) -> QuerySet:
        return queryset.filter(pk__in=Membership.objects.filter(country=value).values("alliance"))

    def filter_active_on(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(signed_on__lte=value).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gt=value)
        )


class AllianceViewSet(PublishableViewSet):
    """Alliances, treaties, armistices and other security arrangements. The detail lists
    the members with their roles and dates, and the obligations by ATOP name."""

    list_serializer_class = AllianceListSerializer
    serializer_class = AllianceSerializer
    write_serializer_class = AllianceWriteSerializer
    filterset_class = AllianceFilter
    search_fields = ["name", "short_name", "summary"]
    ordering_fields = ["signed_on", "ended_on", "name", "publish_at", "updated_at", "slug"]
    ordering = ["signed_on", "name"]

    def get_base_queryset(self) -> QuerySet:
        queryset = Alliance.objects.all()
        if self.action == "list":
            return queryset.for_list()
        return queryset.prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("country").order_by(
                    "joined_on", "country__name"
                ),
            ),
            "sources",
            Prefetch(
                "articles",
                queryset=Article.objects.public().for_list().order_by("title"),
                to_attr="public_articles",
            ),
            Prefetch(
                "documents",
                queryset=Document.objects.public().for_list().order_by("date"),
                to_attr="public_documents",
            ),
        )

    def save_object(self, instance: Alliance | None, data: dict, move: Move | None) -> Alliance:
        relations = {
            name: data.pop(name)
            for name in ("obligations", "sources", "articles", "documents")
            if name in data
        }
        user = self.request.user
        if instance is None:
            return services.alliance_create(
                user=user, fields=data, move=move, route=Route.API, **relations
            )
        return services.alliance_update(
            alliance=instance, user=user, fields=data, move=move, route=Route.API, **relations
        )

    def delete_object(self, instance: Alliance) -> None:
        services.alliance_delete(alliance=instance, user=self.request.user, route=Route.API)


# Memberships --------------------------------------------------------------------------------


class MembershipSerializer(ReadSerializer):
    alliance = AllianceSummarySerializer(read_only=True)
    country = CountrySummarySerializer(read_only=True)
    url = WebUrlField(source="alliance", help_text="The alliance's page.")
    api_url = api_url("membership-detail", lookup_field="pk")

    class Meta:
        model = Membership
        fields = [
            "id",
            "alliance",
            "country",
            "role",
            "joined_on",
            "left_on",
            "note",
            "url",
            "api_url",
        ]


class MembershipWriteSerializer(WriteSerializer):
    alliance = serializers.SlugRelatedField(slug_field="slug", queryset=Alliance.objects.all())
    country = CountryKeyRelatedField(help_text="Country slug or ISO3 code.")

    class Meta:
        model = Membership
        fields = ["alliance", "country", "role", "joined_on", "left_on", "note"]


class MembershipFilter(django_filters.FilterSet):
    alliance = django_filters.ModelChoiceFilter(
        queryset=public_alliances, to_field_name="slug", help_text="Alliance slug."
    )
    country = CountryKeyFilter()
    active_on = IsoDateFilter(
        method="filter_active_on", help_text="YYYY-MM-DD: joined on or before, not yet left."
    )

    class Meta:
        model = Membership
        fields = ["alliance", "country", "active_on"]

    def filter_active_on(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.active_on(value)


class MembershipViewSet(WritableViewSet):
    """Who belonged to which alliance, when, and in what role; looked up by ``id``.

    Reading shows memberships of public alliances. Writing needs the membership model
    permissions, and a membership is part of its alliance: whoever may not change the alliance
    (before or after the change; ``workflow.can_change``) may not change its members, because
    that changes what readers see. The admin applies the same rule."""

    lookup_field = "pk"
    serializer_class = MembershipSerializer
    write_serializer_class = MembershipWriteSerializer
    filterset_class = MembershipFilter
    search_fields = ["country__name", "alliance__name", "alliance__short_name"]
    ordering_fields = ["joined_on", "left_on", "id"]
    ordering = ["joined_on", "id"]

    def get_base_queryset(self) -> QuerySet:
        return Membership.objects.select_related("alliance", "country")

    def get_queryset(self) -> QuerySet:
        queryset = self.get_base_queryset()
        if can_read_unpublished(self.request.user, Alliance):
            return queryset
        return queryset.public()

    def save_object(self, instance: Membership | None, data: dict, move: Move | None) -> Membership:
        user = self.request.user
        if instance is None:
            return services.membership_create(user=user, fields=data, route=Route.API)
        return services.membership_update(
            membership=instance, user=user, fields=data, route=Route.API
        )

    def delete_object(self, instance: Membership) -> PendingRevision | None:
        return services.membership_delete(
            membership=instance, user=self.request.user, route=Route.API
        )
