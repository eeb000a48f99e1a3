"""RSS 2.0 and Atom feeds of public articles, newest first."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from articles.models import Article

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    title = f"{settings.SITE_NAME}: latest articles"
    description = "New articles on armistices, demilitarised zones, treaties and alliances."

    def link(self):
        return reverse("articles:index")

    def items(self):
        return Article.objects.public().order_by("-publish_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        """HTML, as readers take RSS ``<description>`` and Atom ``<summary type="html">``: the
        plain-text summary escaped once here (and once more as XML by the feed), so markup
        typed into a summary is shown as characters, never run."""
        return escape(item.summary)

    def item_pubdate(self, item: Article):
        return item.publish_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return item.authors

    def item_guid_is_permalink(self, item: Article) -> bool:
        return True


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
