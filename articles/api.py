"""API v1 for topics, tags, sources and articles: filters, serializers and viewsets."""

import django_filters
from django.db.models import Prefetch, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from armistice_site.api.filters import IsoDateFilter
from armistice_site.api.permissions import can_read_unpublished
from armistice_site.api.serializers import (
    PublishableWriteSerializer,
    ReadSerializer,
    WebUrlField,
    WriteSerializer,
    api_url,
)
from armistice_site.api.viewsets import ReadViewSet
from articles import services
from articles.models import Article, Source, Tag, Topic
from editorial.api import PublishableViewSet, WritableViewSet
from editorial.services import Move, Route


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(django_filters.TypedChoiceFilter):
    """``true`` or ``false``; anything else is a 400 (django-filter's BooleanFilter would
    quietly ignore a typo and return everything)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", (("true", "true"), ("false", "false")))
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(*args, **kwargs)


# Summaries: how other resources embed these ------------------------------------------------


class TopicSummarySerializer(serializers.ModelSerializer):
    api_url = api_url("topic-detail")

    class Meta:
        model = Topic
        fields = ["slug", "name", "api_url"]


class TagSummarySerializer(serializers.ModelSerializer):
    api_url = api_url("tag-detail")

    class Meta:
        model = Tag
        fields = ["slug", "name", "api_url"]


class SourceSummarySerializer(serializers.ModelSerializer):
    api_url = api_url("source-detail")
    citation = serializers.CharField(read_only=True)

    class Meta:
        model = Source
        fields = ["slug", "title", "citation", "url", "api_url"]


class ArticleSummarySerializer(serializers.ModelSerializer):
    api_url = api_url("article-detail")

    class Meta:
        model = Article
        fields = ["slug", "title", "api_url"]


# Topics and tags ----------------------------------------------------------------------------


class TopicSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("topic-detail")

    class Meta:
        model = Topic
        fields = ["slug", "name", "description", "url", "api_url"]


def visible_labels(model: type[Topic | Tag], request) -> QuerySet:
    """The topics or tags a client may see: those of public articles, or all of them for a
    client that reads unpublished articles (it sees the drafts that use the others)."""
    user = getattr(request, "user", None)
    if user is not None and can_read_unpublished(user, Article):
        return model.objects.all()
    return model.objects.public()


class TopicViewSet(ReadViewSet):
    """Topics group articles; each topic's articles: ``/api/v1/articles/?topic=<slug>``.
    Anonymous clients see the topics of public articles only."""

    serializer_class = TopicSerializer
    search_fields = ["name", "description"]
    ordering_fields = ["name", "slug"]
    ordering = ["name"]

    def get_base_queryset(self) -> QuerySet:
        return visible_labels(Topic, self.request)


class TagSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("tag-detail")

    class Meta:
        model = Tag
        fields = ["slug", "name", "url", "api_url"]


class TagViewSet(ReadViewSet):
    """Tags label articles; each tag's articles: ``/api/v1/articles/?tag=<slug>``.
    Anonymous clients see the tags of public articles only."""

    serializer_class = TagSerializer
    search_fields = ["name"]
    ordering_fields = ["name", "slug"]
    ordering = ["name"]

    def get_base_queryset(self) -> QuerySet:
        return visible_labels(Tag, self.request)


# Sources ------------------------------------------------------------------------------------


class SourceSerializer(ReadSerializer):
    api_url = api_url("source-detail")
    citation = serializers.CharField(read_only=True)

    class Meta:
        model = Source
        fields = [
            "slug",
            "title",
            "author",
            "publisher",
            "url",
            "published_on",
            "accessed_on",
            "kind",
            "citation",
            "api_url",
        ]
        extra_kwargs = {"url": {"help_text": "Where the source can be read (not a page here)."}}


class SourceWriteSerializer(WriteSerializer):
    class Meta:
        model = Source
        fields = [
            "slug",
            "title",
            "author",
            "publisher",
            "url",
            "published_on",
            "accessed_on",
            "kind",
        ]


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)

    class Meta:
        model = Source
        fields = ["kind"]


class SourceViewSet(WritableViewSet):
    """Citations. A source's ``url`` is the cited document itself, not a page of this site."""

    serializer_class = SourceSerializer
    write_serializer_class = SourceWriteSerializer
    filterset_class = SourceFilter
    search_fields = ["title", "author", "publisher"]
    ordering_fields = ["title", "published_on", "slug"]
    ordering = ["title"]

    def get_base_queryset(self) -> QuerySet:
        return Source.objects.all()

    def save_object(self, instance: Source | None, data: dict, move: Move | None) -> Source:
        user = self.request.user
        if instance is None:
            return services.source_create(user=user, fields=data, route=Route.API)
        return services.source_update(source=instance, user=user, fields=data, route=Route.API)

    def delete_object(self, instance: Source) -> None:
        services.source_delete(source=instance, user=self.request.user, route=Route.API)


# Articles -----------------------------------------------------------------------------------

ARTICLE_LIST_FIELDS = [
    "slug",
    "title",
    "summary",
    "topic",
    "tags",
    "authors",
    "publish_at",
    "updated_at",
    "reading_time",
    "featured",
    "ai_generated",
    "fact_check_status",
    "url",
    "api_url",
]


class TocEntrySerializer(serializers.Serializer):
    """One heading of the table of contents; ``anchor`` is its id in ``body_html``."""

    level = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    anchor = serializers.CharField(read_only=True)


class ArticleListSerializer(ReadSerializer):
    topic = TopicSummarySerializer(read_only=True, allow_null=True)
    tags = TagSummarySerializer(many=True, read_only=True)
    authors = serializers.ListField(
        source="author_list", child=serializers.CharField(), read_only=True
    )
    url = WebUrlField()
    api_url = api_url("article-detail")

    class Meta:
        model = Article
        fields = ARTICLE_LIST_FIELDS


class ArticleSerializer(ArticleListSerializer):
    body_markdown = serializers.CharField(source="body", read_only=True)
    sources = SourceSummarySerializer(many=True, read_only=True)
    see_also = ArticleSummarySerializer(
        source="public_see_also", many=True, read_only=True, help_text="Public articles only."
    )
    toc = TocEntrySerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            *ARTICLE_LIST_FIELDS,
            "status",
            "first_published_at",
            "created_at",
            "body_markdown",
            "body_html",
            "toc",
            "lead_image",
            "lead_image_alt",
            "sources",
            "see_also",
            "disclosure",
            "fact_checked_by",
            "fact_checked_at",
        ]
        read_only_fields = fields


class ArticleWriteSerializer(PublishableWriteSerializer):
    body_markdown = serializers.CharField(source="body", required=False, allow_blank=True)
    topic = serializers.SlugRelatedField(
        slug_field="slug", queryset=Topic.objects.all(), required=False, allow_null=True
    )
    tags = serializers.SlugRelatedField(
        slug_field="slug", queryset=Tag.objects.all(), many=True, required=False
    )
    sources = serializers.SlugRelatedField(
        slug_field="slug", queryset=Source.objects.all(), many=True, required=False
    )
    see_also = serializers.SlugRelatedField(
        slug_field="slug", queryset=Article.objects.all(), many=True, required=False
    )

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "summary",
            "body_markdown",
            "topic",
            "tags",
            "authors",
            "sources",
            "see_also",
            "featured",
            "lead_image_alt",
            "ai_generated",
            "disclosure",
            "fact_check_status",
            "fact_checked_by",
            "fact_checked_at",
            "status",
            "publish_at",
            "comment",
        ]


class ArticleFilter(django_filters.FilterSet):
    # A topic or tag the client may not see is as unknown as one that does not exist.
    topic = django_filters.ModelChoiceFilter(
        to_field_name="slug",
        queryset=lambda request: visible_labels(Topic, request),
        help_text="Topic slug; an unknown slug is a 400.",
    )
    tag = django_filters.ModelChoiceFilter(
        field_name="tags",
        to_field_name="slug",
        queryset=lambda request: visible_labels(Tag, request),
        help_text="Tag slug; an unknown slug is a 400.",
    )
    published_after = IsoDateFilter(
        field_name="publish_at",
        lookup_expr="date__gte",
        help_text="Published on or after this date (YYYY-MM-DD).",
    )
    published_before = IsoDateFilter(
        field_name="publish_at",
        lookup_expr="date__lte",
        help_text="Published on or before this date (YYYY-MM-DD).",
    )
    ai_generated = StrictBooleanFilter(help_text="true or false.")
    fact_check_status = django_filters.ChoiceFilter(choices=Article.FactCheck.choices)

    class Meta:
        model = Article
        fields = [
            "topic",
            "tag",
            "published_after",
            "published_before",
            "ai_generated",
            "fact_check_status",
        ]


class ArticleViewSet(PublishableViewSet):
    """Articles. Lists give the short shape; the detail adds the body (Markdown and HTML),
    table of contents, sources, see-also articles and provenance."""

    list_serializer_class = ArticleListSerializer
    serializer_class = ArticleSerializer
    write_serializer_class = ArticleWriteSerializer
    filterset_class = ArticleFilter
    search_fields = ["title", "summary", "authors"]
    ordering_fields = ["publish_at", "updated_at", "title", "slug"]
    ordering = ["-publish_at", "-pk"]

    def get_base_queryset(self) -> QuerySet:
        queryset = Article.objects.select_related("topic").prefetch_related("tags")
        if self.action == "list":
            return queryset.for_list()
        return queryset.prefetch_related(
            "sources",
            Prefetch(
                "see_also",
                queryset=Article.objects.public().for_list().order_by("title"),
                to_attr="public_see_also",
            ),
        )

    def save_object(self, instance: Article | None, data: dict, move: Move | None) -> Article:
        relations = {
            name: data.pop(name) for name in ("tags", "sources", "see_also") if name in data
        }
        user = self.request.user
        if instance is None:
            return services.article_create(
                user=user, fields=data, move=move, route=Route.API, **relations
            )
        return services.article_update(
            article=instance, user=user, fields=data, move=move, route=Route.API, **relations
        )

    def delete_object(self, instance: Article) -> None:
        services.article_delete(article=instance, user=self.request.user, route=Route.API)
