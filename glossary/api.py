"""API v1 for the glossary."""

from django.db.models import Prefetch, QuerySet
from rest_framework import serializers

from armistice_site.api.serializers import (
    NestedSerializer,
    PublishableWriteSerializer,
    ReadSerializer,
    WebUrlField,
    api_url,
)
from editorial.api import PublishableViewSet
from editorial.services import Move, Route
from glossary import services
from glossary.models import GlossaryTerm


class GlossaryTermSummarySerializer(NestedSerializer):
    url = WebUrlField()
    api_url = api_url("glossary-term-detail")

    class Meta:
        model = GlossaryTerm
        fields = ["slug", "term", "short_definition", "url", "api_url"]


class GlossaryTermListSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("glossary-term-detail")

    class Meta:
        model = GlossaryTerm
        fields = ["slug", "term", "short_definition", "publish_at", "updated_at", "url", "api_url"]


class GlossaryTermSerializer(GlossaryTermListSerializer):
    explanation_markdown = serializers.CharField(source="body", read_only=True)
    explanation_html = serializers.CharField(source="body_html", read_only=True)
    other_forms = serializers.ListField(
        source="forms", child=serializers.CharField(), read_only=True
    )
    related = GlossaryTermSummarySerializer(
        source="public_related", many=True, read_only=True, help_text="Public terms only."
    )

    class Meta:
        model = GlossaryTerm
        fields = [
            *GlossaryTermListSerializer.Meta.fields,
            "status",
            "first_published_at",
            "other_forms",
            "explanation_markdown",
            "explanation_html",
            "related",
        ]
        read_only_fields = fields


class GlossaryTermWriteSerializer(PublishableWriteSerializer):
    explanation_markdown = serializers.CharField(source="body", required=False, allow_blank=True)
    related = serializers.SlugRelatedField(
        slug_field="slug", queryset=GlossaryTerm.objects.all(), many=True, required=False
    )

    class Meta:
        model = GlossaryTerm
        fields = [
            "slug",
            "term",
            "short_definition",
            "also_matches",
            "explanation_markdown",
            "related",
            "status",
            "publish_at",
            "comment",
        ]


class GlossaryTermViewSet(PublishableViewSet):
    """Glossary terms: a short definition (what articles show on hover and focus) and, in the
    detail, the explanation with its sources and the related terms."""

    list_serializer_class = GlossaryTermListSerializer
    serializer_class = GlossaryTermSerializer
    write_serializer_class = GlossaryTermWriteSerializer
    search_fields = ["term", "short_definition", "also_matches"]
    ordering_fields = ["term", "publish_at", "slug"]
    ordering = ["term"]

    def get_base_queryset(self) -> QuerySet:
        queryset = GlossaryTerm.objects.all()
        if self.action == "list":
            return queryset.for_list()
        return queryset.prefetch_related(
            Prefetch(
                "related",
                queryset=GlossaryTerm.objects.public().for_list(),
                to_attr="public_related",
            )
        )

    def save_object(self, instance, data: dict, move: Move | None) -> GlossaryTerm:
        related = data.pop("related", None)
        user = self.request.user
        if instance is None:
            return services.term_create(
                user=user, fields=data, related=related or (), move=move, route=Route.API
            )
        return services.term_update(
            term=instance, user=user, fields=data, related=related, move=move, route=Route.API
        )

    def delete_object(self, instance: GlossaryTerm) -> None:
        services.term_delete(term=instance, user=self.request.user, route=Route.API)
