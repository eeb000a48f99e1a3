"""RSS 2.0 and Atom feeds of public articles and of corrections, newest first."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from articles.models import Article, Correction
from articles.selectors import public_corrections

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    title = f"{settings.SITE_NAME}: latest articles"
    description = "New articles on armistices, demilitarised zones, treaties and alliances."

    def link(self):
        return reverse("articles:index")

    def items(self):
        return (
            Article.objects.public()
            .prefetch_related("authors")
            .order_by("-publish_at", "-pk")[:FEED_LENGTH]
        )

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
        return ", ".join(person.name for person in item.authors.all())

    def item_guid_is_permalink(self, item: Article) -> bool:
        return True


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description


class CorrectionsFeed(Feed):
    """Every public correction, newest first: what was wrong and what the article says now."""

    title = f"{settings.SITE_NAME}: corrections"
    description = "Corrections to articles: what was wrong, and what they say now."

    def link(self):
        return reverse("articles:corrections")

    def items(self):
        return public_corrections()[:FEED_LENGTH]

    def item_title(self, item: Correction) -> str:
        return f"Correction to “{item.article.title}”"

    def item_description(self, item: Correction) -> str:
        return f"What was wrong: {item.what_was_wrong}\nWhat it says now: {item.what_it_says_now}"

    def item_link(self, item: Correction) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Correction) -> str:
        return f"correction:{item.article.slug}:{item.position}"

    def item_guid_is_permalink(self, item: Correction) -> bool:
        return False

    def item_pubdate(self, item: Correction):
        return datetime.datetime.combine(item.corrected_on, datetime.time(12), tzinfo=datetime.UTC)


class CorrectionsAtomFeed(CorrectionsFeed):
    feed_type = Atom1Feed
    subtitle = CorrectionsFeed.description
