"""Reads of articles that several pages share."""

from django.db.models import QuerySet

from armistice_site.publishing import list_columns
from articles.models import Article, Correction, Question, Reading


def public_articles(now=None) -> QuerySet:
    """Public articles (at ``now``) with what a list entry shows, in a fixed number of
    queries."""
    return Article.objects.public(now).for_list().select_related("topic")


def questions_with_documents() -> QuerySet:
    """An article's questions, each document as a summary: without transcription and HTML."""
    return list_columns(Question.objects.select_related("document"), prefix="document__")


def readings_with_items() -> QuerySet:
    """An article's further reading, the source whole (its citation shows) and each document
    as a summary."""
    return list_columns(Reading.objects.select_related("source", "document"), prefix="document__")


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
