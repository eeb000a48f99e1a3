"""API v1 for primary documents: filters, serializers and the viewset. Each document also gives
its reference as CSL-JSON (``csl``), ready for Zotero, pandoc or citeproc."""

import django_filters
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from armistice_site.api.serializers import (
    NestedSerializer,
    PublishableWriteSerializer,
    ReadSerializer,
    WebUrlField,
    api_url,
)
from documents import services
from documents.models import Document
from editorial.api import PublishableViewSet
from editorial.services import Move, Route


class DocumentSummarySerializer(NestedSerializer):
    api_url = api_url("document-detail")
    url = WebUrlField()

    class Meta:
        model = Document
        fields = ["slug", "title", "kind", "date", "date_precision", "url", "api_url"]


@extend_schema_field(OpenApiTypes.OBJECT)
class CslField(serializers.Field):
    """The item's reference as one CSL-JSON item (https://citationstyles.org)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value) -> dict:
        request = self.context.get("request")
        path = value.get_absolute_url()
        return value.csl(request.build_absolute_uri(path) if request else path)


DOCUMENT_LIST_FIELDS = [
    "slug",
    "title",
    "kind",
    "date",
    "date_precision",
    "display_date",
    "place",
    "creator",
    "summary",
    "repository",
    "identifier",
    "original_language",
    "publish_at",
    "updated_at",
    "url",
    "api_url",
]


class DocumentListSerializer(ReadSerializer):
    display_date = serializers.CharField(read_only=True)
    url = WebUrlField()
    api_url = api_url("document-detail")

    class Meta:
        model = Document
        fields = DOCUMENT_LIST_FIELDS


class DocumentSerializer(DocumentListSerializer):
    transcription_markdown = serializers.CharField(source="body", read_only=True)
    transcription_html = serializers.CharField(source="body_html", read_only=True)
    translation_markdown = serializers.CharField(source="translation", read_only=True)
    csl = CslField()

    class Meta:
        model = Document
        fields = [
            *DOCUMENT_LIST_FIELDS,
            "status",
            "first_published_at",
            "repository_url",
            "edition",
            "edition_url",
            "text_note",
            "transcription_markdown",
            "transcription_html",
            "translation_markdown",
            "translation_html",
            "facsimile",
            "facsimile_alt",
            "rights",
            "rights_url",
            "csl",
        ]
        read_only_fields = fields


class DocumentWriteSerializer(PublishableWriteSerializer):
    transcription_markdown = serializers.CharField(source="body", required=False, allow_blank=True)
    translation_markdown = serializers.CharField(
        source="translation", required=False, allow_blank=True
    )

    class Meta:
        model = Document
        fields = [
            "slug",
            "title",
            "kind",
            "date",
            "date_precision",
            "place",
            "creator",
            "summary",
            "repository",
            "identifier",
            "repository_url",
            "original_language",
            "edition",
            "edition_url",
            "text_note",
            "transcription_markdown",
            "translation_markdown",
            "facsimile_alt",
            "rights",
            "rights_url",
            "status",
            "publish_at",
            "comment",
        ]


class DocumentFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Document.Kind.choices)
    after = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="Dated on or after (YYYY-MM-DD)."
    )
    before = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="Dated on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Document
        fields = ["kind", "after", "before"]


class DocumentViewSet(PublishableViewSet):
    """Primary documents. Lists give the archival description; the detail adds the text
    (transcription and translation, Markdown and HTML), the rights and ``csl``."""

    list_serializer_class = DocumentListSerializer
    serializer_class = DocumentSerializer
    write_serializer_class = DocumentWriteSerializer
    filterset_class = DocumentFilter
    search_fields = ["title", "summary", "repository", "identifier"]
    ordering_fields = ["date", "title", "publish_at", "slug"]
    ordering = ["date", "title"]

    def get_base_queryset(self) -> QuerySet:
        queryset = Document.objects.all()
        return queryset.for_list() if self.action == "list" else queryset

    def save_object(self, instance: Document | None, data: dict, move: Move | None) -> Document:
        user = self.request.user
        if instance is None:
            return services.document_create(user=user, fields=data, move=move, route=Route.API)
        return services.document_update(
            document=instance, user=user, fields=data, move=move, route=Route.API
        )

    def delete_object(self, instance: Document) -> None:
        services.document_delete(document=instance, user=self.request.user, route=Route.API)
