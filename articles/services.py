"""Writes to articles and sources, shared by the API and (later) the review workflow.

Each function is atomic and runs the model's ``full_clean()`` (field rules, ``clean()``,
unique and check constraints) before saving, so every writer gets the admin's messages as
a ``ValidationError`` and the database never answers with an IntegrityError."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from articles.models import Article, Source, Tag


@transaction.atomic
def article_create(
    *,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] = (),
    sources: Iterable[Source] = (),
    see_also: Iterable[Article] = (),
) -> Article:
    return article_update(
        article=Article(), fields=fields, tags=tags, sources=sources, see_also=see_also
    )


@transaction.atomic
def article_update(
    *,
    article: Article,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] | None = None,
    sources: Iterable[Source] | None = None,
    see_also: Iterable[Article] | None = None,
) -> Article:
    """Set ``fields`` and, for each relation given (None leaves it alone), replace it."""
    for name, value in fields.items():
        setattr(article, name, value)
    article.full_clean()
    article.save()
    if tags is not None:
        article.tags.set(tags)
    if sources is not None:
        article.sources.set(sources)
    if see_also is not None:
        article.see_also.set(see_also)
    return article


@transaction.atomic
def article_delete(*, article: Article) -> None:
    article.delete()


@transaction.atomic
def source_create(*, fields: Mapping[str, Any]) -> Source:
    return source_update(source=Source(), fields=fields)


@transaction.atomic
def source_update(*, source: Source, fields: Mapping[str, Any]) -> Source:
    for name, value in fields.items():
        setattr(source, name, value)
    source.full_clean()
    source.save()
    return source


@transaction.atomic
def source_delete(*, source: Source) -> None:
    source.delete()
