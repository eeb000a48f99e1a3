"""Reads of articles that several pages share."""

from django.db.models import QuerySet

from articles.models import Article, Correction


def public_articles() -> QuerySet:
    """Public articles with what a list entry shows, in a fixed number of queries."""
    return Article.objects.public().for_list().select_related("topic")


def public_corrections() -> QuerySet:
    """Corrections of public articles, newest first, each with its article's title and address
    (a draft's corrections never show)."""
    return (
        Correction.objects.filter(article__in=Article.objects.public())
        .select_related("article")
        .defer(
            *(
                f"article__{name}"
                for name in ("body", "body_html", "body_text", "toc", "search_vector")
            )
        )
        .order_by("-corrected_on", "-pk")
    )
