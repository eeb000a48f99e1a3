"""Writes to articles and sources: the one implementation the API calls (keyword-only,
atomic, validated: see ``armistice_site.content_writes``)."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from armistice_site.content_writes import content_delete, content_save
from articles.models import Article, Source, Tag


def article_create(
    *,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] = (),
    sources: Iterable[Source] = (),
    see_also: Iterable[Article] = (),
) -> Article:
    """A new article, as a draft: publishing it is a workflow transition."""
    return article_update(
        article=Article(), user=user, fields=fields, tags=tags, sources=sources, see_also=see_also
    )


def article_update(
    *,
    article: Article,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] | None = None,
    sources: Iterable[Source] | None = None,
    see_also: Iterable[Article] | None = None,
) -> Article:
    """Set ``fields`` and replace each relation given (None leaves it alone)."""
    relations = {"tags": tags, "sources": sources, "see_also": see_also}
    return content_save(obj=article, user=user, fields=fields, relations=relations)


def article_delete(*, article: Article, user: AbstractBaseUser, comment: str = "") -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=article, user=user, comment=comment)


def source_create(*, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Source:
    return source_update(source=Source(), user=user, fields=fields)


def source_update(*, source: Source, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Source:
    return content_save(obj=source, user=user, fields=fields)


def source_delete(*, source: Source, user: AbstractBaseUser, comment: str = "") -> None:
    content_delete(obj=source, user=user, comment=comment)
