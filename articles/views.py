"""Reader pages for articles, topics and tags."""

from django import forms
from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from armistice_site.paging import LenientPaginationMixin
from articles.models import Article, Tag, Topic
from articles.selectors import public_articles
from editorial.preview import PreviewMixin


class ArticleViewMixin(PreviewMixin):
    """Owns which articles a detail page may show and the related-object plan."""

    def get_base_queryset(self) -> QuerySet:
        return Article.objects.select_related("topic").prefetch_related(
            "tags",
            "sources",
            Prefetch("see_also", queryset=public_articles()),
        )


class ArticleFilterForm(forms.Form):
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )
    tag = forms.ModelChoiceField(
        label=_("Tag"),
        queryset=Tag.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All tags"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Per request: ``.public()`` reads the clock, and a scheduled article's topic
        # appears once the article goes live.
        self.fields["topic"].queryset = Topic.objects.public()
        self.fields["tag"].queryset = Tag.objects.public()


class ArticleListView(LenientPaginationMixin, ListView):
    """All public articles, newest first, optionally narrowed to a topic and a tag. A filter
    value that names nothing is reported on the form and ignored, never an error page."""

    template_name = "articles/article_list.html"
    paginate_by = 20

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
        return super().get_context_data(
            citing_alliances=citing_alliances,
            citing_events=citing_events,
            structured_data=article_json_ld(article, self.request),
            **kwargs,
        )


def article_json_ld(article: Article, request) -> dict:
    """schema.org Article for search engines; built as data and serialised by ``json_ld``."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "description": article.summary,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "datePublished": article.first_published_at or article.publish_at,
        "dateModified": article.updated_at,
        "author": [{"@type": "Person", "name": name} for name in article.author_list],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "isAccessibleForFree": True,
    }
    if article.topic:
        data["articleSection"] = article.topic.name
    if article.lead_image:
        data["image"] = request.build_absolute_uri(article.lead_image.url)
    return {key: value for key, value in data.items() if value not in (None, "", [])}


class TopicView(LenientPaginationMixin, ListView):
    template_name = "articles/topic_detail.html"
    paginate_by = 20

    def get_queryset(self) -> QuerySet:
        self.topic = get_object_or_404(Topic.objects.public(), slug=self.kwargs["slug"])
        return public_articles().filter(topic=self.topic)

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


class TagView(LenientPaginationMixin, ListView):
    template_name = "articles/tag_detail.html"
    paginate_by = 20

    def get_queryset(self) -> QuerySet:
        self.tag = get_object_or_404(Tag.objects.public(), slug=self.kwargs["slug"])
        return public_articles().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)
