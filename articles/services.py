"""Writes to articles and sources: the one implementation the API calls.

Each function is keyword-only, atomic and runs the model's ``full_clean()`` (field rules,
``clean()``, unique and check constraints) before saving, so every writer gets the admin's
messages as a ``ValidationError`` and the database never answers with an IntegrityError.

Content is edited here; status moves only through ``armistice_site.workflow.transition()``
(role rules, publishing requirements, audit entry), and deleting goes through
``workflow.delete()``, which refuses what the user's role may not remove and records it."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from armistice_site import workflow
from articles.models import Article, Source, Tag


@transaction.atomic
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
        article=Article(),
        user=user,
        fields=fields,
        tags=tags,
        sources=sources,
        see_also=see_also,
    )


@transaction.atomic
def article_update(
    *,
    article: Article,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] | None = None,
    sources: Iterable[Source] | None = None,
    see_also: Iterable[Article] | None = None,
) -> Article:
    """Set ``fields`` and, for each relation given (None leaves it alone), replace it. The
    revisions written name ``user``, also outside a request (shell, commands)."""
    for name, value in fields.items():
        setattr(article, name, value)
    article._history_user = user
    article.full_clean()
    article.save()
    if tags is not None:
        article.tags.set(tags)
    if sources is not None:
        article.sources.set(sources)
    if see_also is not None:
        article.see_also.set(see_also)
    return article


def article_delete(*, article: Article, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow: writers cannot delete published work; audited."""
    article._history_user = user
    workflow.delete(obj=article, user=user, comment=comment)


@transaction.atomic
def source_create(*, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Source:
    return source_update(source=Source(), user=user, fields=fields)


@transaction.atomic
def source_update(*, source: Source, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Source:
    for name, value in fields.items():
        setattr(source, name, value)
    source._history_user = user
    source.full_clean()
    source.save()
    return source


def source_delete(*, source: Source, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow (delete permission, audit entry)."""
    source._history_user = user
    workflow.delete(obj=source, user=user, comment=comment)
