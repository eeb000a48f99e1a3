"""sitemap.xml: every public page and nothing else. Each registered content type with a
``sitemap_priority`` is listed through its ``.public()`` rule (drafts never; topics and tags
only while they label public articles; countries always), after the fixed section pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from armistice_site import registry


class SectionSitemap(Sitemap):
    """The fixed pages: home and the three indexes."""

    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["site:home", "articles:index", "alliances:index", "timeline:index"]

    def location(self, item):
        return reverse(item)


class ContentSitemap(Sitemap):
    """The public items of one registered content type."""

    def __init__(self, entry: registry.ContentType):
        self.model = entry.model
        self.priority = entry.sitemap_priority

    def items(self):
        return self.model._default_manager.public().order_by("pk")

    def lastmod(self, item):
        return getattr(item, "updated_at", None)


def sitemaps() -> dict[str, Sitemap]:
    sections = {"sections": SectionSitemap}
    for entry in registry.entries():
        if entry.sitemap_priority is not None:
            sections[entry.label] = ContentSitemap(entry)
    return sections
