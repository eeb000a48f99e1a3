"""Reads of articles that several pages share."""

from django.db.models import QuerySet

from articles.models import Article


def public_articles() -> QuerySet:
    """Public articles with what a list entry shows, in a fixed number of queries."""
    return Article.objects.public().for_list().select_related("topic")
