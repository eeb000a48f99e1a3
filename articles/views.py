"""Reader pages for articles, topics and tags."""

from django import forms
from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from armistice_site import citations
from armistice_site.citing import citing
from armistice_site.named_choice import NamedChoiceField
from armistice_site.paging import LenientPaginationMixin
from armistice_site.prefetch_statement import PrefetchStatement
from articles.models import Article, Question, Source, Tag, Topic
from articles.selectors import (
    public_articles,
    public_corrections,
    questions_with_documents,
    readings_with_items,
)
from documents.models import Document
from editorial.preview import PreviewMixin
from glossary.models import GlossaryTerm


def page_related(now=None) -> list:
    """What an article's page shows besides the article, linked items limited to what
    readers may see at ``now``."""
    return [
        "tags",
        "sources",
        "authors",
        Prefetch("see_also", queryset=public_articles(now)),
        Prefetch("documents", queryset=Document.objects.public(now).for_list()),
        Prefetch("glossary_terms", queryset=GlossaryTerm.objects.public(now).for_list()),
        Prefetch("questions", queryset=questions_with_documents()),
        Prefetch("readings", queryset=readings_with_items()),
        "corrections",
    ]


PAGE_RELATED = PrefetchStatement(Article, page_related)


class ArticleViewMixin(PreviewMixin):
    """Owns which articles a detail page may show and the related-object plan: the article
    with its topic, reviewer and lead image, then its related rows in one statement."""

    def get_base_queryset(self) -> QuerySet:
        return Article.objects.select_related("topic", "reviewer", "lead_image_asset")

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        PAGE_RELATED.attach([article])
        return article


class ArticleFilterForm(forms.Form):
    topic = NamedChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("All topics"),
    )
    tag = NamedChoiceField(
        label=_("Tag"),
        queryset=Tag.objects.none(),
        required=False,
        empty_label=_("All tags"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Per request: ``.public()`` reads the clock, and a scheduled article's topic
        # appears once the article goes live.
        self.fields["topic"].offer(Topic.objects.public())
        self.fields["tag"].offer(Tag.objects.public())


class ArticleListView(LenientPaginationMixin, ListView):
    """All public articles, newest first, optionally narrowed to a topic and a tag. A filter
    value that names nothing is reported on the form and ignored, never an error page."""

    template_name = "articles/article_list.html"
    paginate_by = 20
    keyed_pages = True

    def get_queryset(self) -> QuerySet:
        self.form = ArticleFilterForm(self.request.GET or None)
        articles = public_articles()
        if self.form.is_bound:
            self.form.is_valid()
            cleaned = getattr(self.form, "cleaned_data", {})
            if cleaned.get("topic"):
                articles = articles.filter(topic=cleaned["topic"])
            if cleaned.get("tag"):
                articles = articles.filter(tags=cleaned["tag"])
        return articles

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ArticleDetailView(ArticleViewMixin, DetailView):
    template_name = "articles/article_detail.html"

    def get_context_data(self, **kwargs):
        article = self.object
        # Reverse relations: alliances and timeline sit after articles in the dependency
        # chain, so this app reaches them only through their related managers.
        citing_alliances = article.alliances.public().for_list().order_by("name")
        citing_events = article.events.public().for_list().order_by("start_date")
        url = self.request.build_absolute_uri(article.get_absolute_url())
        questions = list(article.questions.all())
        return super().get_context_data(
            citing_alliances=citing_alliances,
            citing_events=citing_events,
            questions_by_kind=[
                (label, [q for q in questions if q.kind == kind])
                for kind, label in Question.Kind.choices
                if any(q.kind == kind for q in questions)
            ],
            readings=list(article.readings.all()),
            structured_data=article_json_ld(article, self.request),
            cite_heading=_("Cite this article"),
            **citations.cite_context(article.cite_texts(url), "articles:cite", article.slug),
            **kwargs,
        )


def article_json_ld(article: Article, request) -> dict:
    """schema.org Article and LearningResource for search engines and teachers' tools; built
    as data and serialised by ``json_ld``."""
    absolute = request.build_absolute_uri
    documents = list(article.documents.all())
    sources = list(article.sources.all())
    data = {
        "@context": "https://schema.org",
        "@type": ["Article", "LearningResource"],
        "headline": article.title,
        "name": article.title,
        "description": article.summary,
        "url": absolute(article.get_absolute_url()),
        "datePublished": article.first_published_at or article.publish_at,
        "dateModified": article.updated_at,
        "lastReviewed": article.last_reviewed_on if article.reviewer_id else None,
        "author": [
            {"@type": "Person", "name": person.name, "url": absolute(person.get_absolute_url())}
            for person in article.authors.all()
        ],
        "reviewedBy": {
            "@type": "Person",
            "name": article.reviewer.name,
            "url": absolute(article.reviewer.get_absolute_url()),
        }
        if article.reviewer_id and article.fact_check_status != "unchecked"
        else None,
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "isAccessibleForFree": True,
        "learningResourceType": "Article",
        "educationalLevel": article.get_level_display(),
        "audience": {
            "@type": "EducationalAudience",
            "educationalRole": "student",
            "audienceType": article.get_audience_display(),
        }
        if article.audience
        else None,
        "teaches": article.objectives(),
        "isBasedOn": [
            {
                "@type": "CreativeWork",
                "name": item.title,
                "url": absolute(item.get_absolute_url()),
            }
            for item in [*documents, *sources]
        ],
    }
    if article.topic:
        data["articleSection"] = article.topic.name
    if article.lead_image_asset:
        data["image"] = absolute(article.lead_image_asset.file.url)
    elif article.lead_image:
        data["image"] = absolute(article.lead_image.url)
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def article_cite(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The article's reference as BibTeX, RIS or CSL-JSON (public articles only)."""
    article = get_object_or_404(Article.objects.public().prefetch_related("authors"), slug=slug)
    item = article.csl(request.build_absolute_uri(article.get_absolute_url()), settings.SITE_NAME)
    return citations.download_response([item], fmt, article.slug)


class SourceListView(LenientPaginationMixin, ListView):
    """Every source the site cites, A–Z by title."""

    template_name = "articles/source_list.html"
    paginate_by = 50

    def get_queryset(self) -> QuerySet:
        return Source.objects.order_by("title", "pk")


class SourceDetailView(DetailView):
    """A source: its full reference, "Cite this" in three styles and three downloads, and the
    public content that cites it."""

    model = Source
    template_name = "articles/source_detail.html"
    context_object_name = "source"

    def get_context_data(self, **kwargs):
        source = self.object
        url = self.request.build_absolute_uri(source.get_absolute_url())
        return super().get_context_data(
            citing=citing(source),
            **citations.cite_context(source.cite_texts(url), "articles:source-cite", source.slug),
            **kwargs,
        )


def source_cite(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    source = get_object_or_404(Source, slug=slug)
    return citations.download_response([source.csl()], fmt, source.slug)


class CorrectionListView(LenientPaginationMixin, ListView):
    """The site-wide corrections log: every correction of a public article, newest first."""

    template_name = "articles/correction_list.html"
    paginate_by = 30

    def get_queryset(self) -> QuerySet:
        return public_corrections()


class TopicView(LenientPaginationMixin, ListView):
    template_name = "articles/topic_detail.html"
    paginate_by = 20
    keyed_pages = True

    def get_queryset(self) -> QuerySet:
        self.topic = get_object_or_404(Topic.objects.public(), slug=self.kwargs["slug"])
        return public_articles().filter(topic=self.topic)

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


class TagView(LenientPaginationMixin, ListView):
    template_name = "articles/tag_detail.html"
    paginate_by = 20
    keyed_pages = True

    def get_queryset(self) -> QuerySet:
        self.tag = get_object_or_404(Tag.objects.public(), slug=self.kwargs["slug"])
        return public_articles().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)
