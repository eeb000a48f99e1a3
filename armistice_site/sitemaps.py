"""sitemap.xml: every public page and nothing else. Content types read through ``.public()``;
countries are reference pages that are always public."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from alliances.models import Alliance, Country
from articles.models import Article, Tag, Topic
from timeline.models import Event, Timeline


class PublicContentSitemap(Sitemap):
    model = None

    def items(self):
        return self.model.objects.public().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ArticleSitemap(PublicContentSitemap):
    model = Article
    priority = 0.8


class AllianceSitemap(PublicContentSitemap):
    model = Alliance
    priority = 0.7


class EventSitemap(PublicContentSitemap):
    model = Event
    priority = 0.6


class TimelineSitemap(PublicContentSitemap):
    model = Timeline
    priority = 0.6


class CountrySitemap(Sitemap):
    priority = 0.4

    def items(self):
        return Country.objects.order_by("pk")


class LabelSitemap(Sitemap):
    """Topics and tags with at least one public article (``.public()``): an empty listing is
    not worth indexing, and a topic used only by drafts is not announced early."""

    model = None
    priority = 0.4

    def items(self):
        return self.model.objects.public().order_by("pk")


class TopicSitemap(LabelSitemap):
    model = Topic


class TagSitemap(LabelSitemap):
    model = Tag


class SectionSitemap(Sitemap):
    """The fixed pages: home and the three indexes."""

    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["site:home", "articles:index", "alliances:index", "timeline:index"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "sections": SectionSitemap,
    "articles": ArticleSitemap,
    "alliances": AllianceSitemap,
    "events": EventSitemap,
    "timelines": TimelineSitemap,
    "countries": CountrySitemap,
    "topics": TopicSitemap,
    "tags": TagSitemap,
}
