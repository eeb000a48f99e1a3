"""API v1 for topics, tags, sources and articles: filters, serializers and viewsets."""

import django_filters
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django_filters.fields import ModelChoiceField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

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
from armistice_site.prefetch_statement import PrefetchStatement
from armistice_site.prepared_lookup import PreparedLookup
from articles import services
from articles.models import Article, Correction, Question, Reading, Source, Tag, Topic
from articles.selectors import questions_with_documents, readings_with_items
from documents.api import CslField, DocumentSummarySerializer
from documents.models import Document
from editorial.api import PublishableViewSet, WritableViewSet
from editorial.services import Move, Route
from glossary.api import GlossaryTermSummarySerializer
from glossary.models import GlossaryTerm
from people.api import PersonSummarySerializer
from people.models import Person


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(django_filters.TypedChoiceFilter):
    """``true`` or ``false``; anything else is a 400 (django-filter's BooleanFilter would
    quietly ignore a typo and return everything)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", (("true", "true"), ("false", "false")))
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(*args, **kwargs)


# Summaries: how other resources embed these ------------------------------------------------


class TopicSummarySerializer(NestedSerializer):
    api_url = api_url("topic-detail")

    class Meta:
        model = Topic
        fields = ["slug", "name", "api_url"]


class TagSummarySerializer(NestedSerializer):
    api_url = api_url("tag-detail")

    class Meta:
        model = Tag
        fields = ["slug", "name", "api_url"]


class SourceSummarySerializer(NestedSerializer):
    api_url = api_url("source-detail")
    citation = serializers.CharField(read_only=True)
    page = WebUrlField(help_text="The source's page here, with “Cite this”.")

    class Meta:
        model = Source
        fields = ["slug", "title", "citation", "url", "page", "api_url"]


class ArticleSummarySerializer(NestedSerializer):
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


def reads_unpublished_articles(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and can_read_unpublished(user, Article)


def visible_labels(model: type[Topic | Tag], request) -> QuerySet:
    """The topics or tags a client may see: those of public articles, or all of them for a
    client that reads unpublished articles (it sees the drafts that use the others)."""
    if reads_unpublished_articles(request):
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


class SourceCslField(CslField):
    def to_representation(self, value) -> dict:
        return value.csl()


class SourceSerializer(ReadSerializer):
    api_url = api_url("source-detail")
    citation = serializers.CharField(read_only=True)
    page = WebUrlField(help_text="The source's page here, with “Cite this”.")
    csl = SourceCslField()

    class Meta:
        model = Source
        fields = [
            "slug",
            "title",
            "author",
            "publisher",
            "url",
            "published_on",
            "published_precision",
            "accessed_on",
            "kind",
            "citation",
            "page",
            "api_url",
            "csl",
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
            "published_precision",
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
    authors = PersonSummarySerializer(many=True, read_only=True)
    url = WebUrlField()
    api_url = api_url("article-detail")

    class Meta:
        model = Article
        fields = ARTICLE_LIST_FIELDS


class QuestionSerializer(NestedSerializer):
    document = serializers.SerializerMethodField(help_text="Public documents only.")

    class Meta:
        model = Question
        fields = ["kind", "text", "document", "locator", "position"]

    @extend_schema_field(DocumentSummarySerializer(allow_null=True))
    def get_document(self, question: Question) -> dict | None:
        if question.document is None or not question.document.is_public():
            return None
        return DocumentSummarySerializer(question.document, context=self.context).data


class ReadingSerializer(NestedSerializer):
    source = SourceSummarySerializer(read_only=True, allow_null=True)
    document = serializers.SerializerMethodField(help_text="Public documents only.")

    class Meta:
        model = Reading
        fields = ["level", "source", "document", "note", "position"]

    @extend_schema_field(DocumentSummarySerializer(allow_null=True))
    def get_document(self, reading: Reading) -> dict | None:
        if reading.document is None or not reading.document.is_public():
            return None
        return DocumentSummarySerializer(reading.document, context=self.context).data


class CorrectionSerializer(NestedSerializer):
    class Meta:
        model = Correction
        fields = ["position", "corrected_on", "what_was_wrong", "what_it_says_now"]


class ArticleCslField(CslField):
    def to_representation(self, value) -> dict:
        request = self.context.get("request")
        path = value.get_absolute_url()
        url = request.build_absolute_uri(path) if request else path
        return value.csl(url, settings.SITE_NAME)


class ArticleSerializer(ArticleListSerializer):
    body_markdown = serializers.CharField(source="body", read_only=True)
    sources = SourceSummarySerializer(many=True, read_only=True)
    see_also = ArticleSummarySerializer(
        source="public_see_also", many=True, read_only=True, help_text="Public articles only."
    )
    toc = TocEntrySerializer(many=True, read_only=True)
    reviewer = PersonSummarySerializer(read_only=True, allow_null=True)
    documents = DocumentSummarySerializer(
        source="public_documents", many=True, read_only=True, help_text="Public documents only."
    )
    glossary_terms = GlossaryTermSummarySerializer(
        source="public_terms", many=True, read_only=True, help_text="Public terms only."
    )
    disclosure_statement = serializers.CharField(
        read_only=True,
        help_text="What readers see: how AI was used, then the fact-check status in words.",
    )
    learning_objectives = serializers.ListField(
        source="objectives", child=serializers.CharField(), read_only=True
    )
    questions = QuestionSerializer(many=True, read_only=True)
    readings = ReadingSerializer(many=True, read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True)
    csl = ArticleCslField()

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
            "documents",
            "disclosure",
            "disclosure_statement",
            "reviewer",
            "last_reviewed_on",
            "audience",
            "level",
            "learning_objectives",
            "teacher_notes",
            "glossary_terms",
            "questions",
            "readings",
            "corrections",
            "csl",
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
    authors = serializers.SlugRelatedField(
        slug_field="slug", queryset=Person.objects.all(), many=True, required=False
    )
    reviewer = serializers.SlugRelatedField(
        slug_field="slug", queryset=Person.objects.all(), required=False, allow_null=True
    )
    documents = serializers.SlugRelatedField(
        slug_field="slug", queryset=Document.objects.all(), many=True, required=False
    )
    glossary_terms = serializers.SlugRelatedField(
        slug_field="slug", queryset=GlossaryTerm.objects.all(), many=True, required=False
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
            "documents",
            "featured",
            "lead_image_alt",
            "ai_generated",
            "disclosure",
            "fact_check_status",
            "reviewer",
            "last_reviewed_on",
            "audience",
            "level",
            "learning_objectives",
            "teacher_notes",
            "glossary_terms",
            "status",
            "publish_at",
            "comment",
        ]


class LabelChoiceField(ModelChoiceField):
    """A topic or tag by slug; with ``public`` (a client that reads public articles only),
    looked up with a prepared statement instead of the field's queryset, which holds the
    same rows (``visible_labels``) and still lists the choices of the browsable API's form."""

    def __init__(self, *args, public: PreparedLookup | None = None, **kwargs):
        self.public = public
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if self.public is None or value in self.empty_values or not isinstance(value, str):
            return super().to_python(value)
        self.validate_no_null_characters(value)
        found = self.public.get(value)
        if found is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found


class LabelFilter(django_filters.ModelChoiceFilter):
    """A topic or tag the client may see, by slug. One it may not see is as unknown as one
    that does not exist: a 400."""

    field_class = LabelChoiceField

    def __init__(self, model: type[Topic | Tag], **kwargs):
        self.public_lookup = PreparedLookup(lambda now: model.objects.public(now), "slug")
        queryset = lambda request: visible_labels(model, request)  # noqa: E731
        super().__init__(to_field_name="slug", queryset=queryset, **kwargs)

    @property
    def field(self):
        if not reads_unpublished_articles(self.get_request()):
            self.extra["public"] = self.public_lookup
        return super().field


class ArticleFilter(django_filters.FilterSet):
    topic = LabelFilter(Topic, help_text="Topic slug; an unknown slug is a 400.")
    tag = LabelFilter(Tag, field_name="tags", help_text="Tag slug; an unknown slug is a 400.")
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
    author = django_filters.ModelChoiceFilter(
        field_name="authors",
        to_field_name="slug",
        queryset=Person.objects.all(),
        help_text="Author's slug (a person); an unknown slug is a 400.",
    )
    level = django_filters.ChoiceFilter(choices=Article._meta.get_field("level").choices)

    class Meta:
        model = Article
        fields = [
            "topic",
            "tag",
            "author",
            "level",
            "published_after",
            "published_before",
            "ai_generated",
            "fact_check_status",
        ]


def detail_related(now=None) -> list:
    """What an article's detail shows besides the article: tags, authors, sources and the
    rest, linked items limited to what readers may see at ``now``."""
    return [
        "tags",
        "authors",
        "sources",
        Prefetch(
            "see_also",
            queryset=Article.objects.public(now).for_list().order_by("title"),
            to_attr="public_see_also",
        ),
        Prefetch(
            "documents",
            queryset=Document.objects.public(now).for_list(),
            to_attr="public_documents",
        ),
        Prefetch(
            "glossary_terms",
            queryset=GlossaryTerm.objects.public(now).for_list(),
            to_attr="public_terms",
        ),
        Prefetch("questions", queryset=questions_with_documents()),
        Prefetch("readings", queryset=readings_with_items()),
        "corrections",
    ]


DETAIL_RELATED = PrefetchStatement(Article, detail_related)
LIST_RELATED = PrefetchStatement(Article, ["tags", "authors"])


class ArticleViewSet(PublishableViewSet):
    """Articles. Lists give the short shape; the detail adds the body (Markdown and HTML),
    table of contents, sources, see-also articles and provenance."""

    list_serializer_class = ArticleListSerializer
    serializer_class = ArticleSerializer
    write_serializer_class = ArticleWriteSerializer
    filterset_class = ArticleFilter
    search_fields = ["title", "summary", "authors__name"]
    ordering_fields = ["publish_at", "updated_at", "title", "slug"]
    ordering = ["-publish_at", "-pk"]
    keyed_pages = True  # articles' list filters have covering indexes (migration 0012)
    cached_items = True  # the list shape shows the article, its topic, tags and authors

    def get_base_queryset(self) -> QuerySet:
        queryset = Article.objects.select_related("topic")
        if self.action == "list":
            return queryset.for_list()  # load_page attaches tags and authors
        queryset = queryset.select_related("reviewer")
        if self._reads_one():
            return queryset  # get_object attaches the related rows
        return queryset.prefetch_related(*DETAIL_RELATED.prefetch())

    def get_object(self) -> Article:
        article = super().get_object()
        if self._reads_one():
            DETAIL_RELATED.attach([article])
        return article

    def load_page(self, items: list[Article]) -> None:
        LIST_RELATED.attach(items)

    def _reads_one(self) -> bool:
        """A plain read of one article (not its pending revision): its related rows come in
        one statement."""
        request = self.request
        return (
            self.action == "retrieve"
            and request is not None
            and "revision" not in request.query_params
        )

    def save_object(self, instance: Article | None, data: dict, move: Move | None) -> Article:
        names = ("tags", "sources", "see_also", "authors", "documents", "glossary_terms")
        relations = {name: data.pop(name) for name in names if name in data}
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
