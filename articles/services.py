"""Writes to articles and the reference data they cite, through the one editorial write path
(``editorial.services``: one transaction, one revision, one audit entry per change)."""

from collections.abc import Iterable, Mapping
from typing import Any

from articles.models import Article, Correction, Source, Tag
from documents.models import Document
from editorial.services import Move, PartRows, Route, content_delete, content_save
from editorial.workflow import User
from glossary.models import GlossaryTerm
from people.models import Person


def article_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] = (),
    sources: Iterable[Source] = (),
    see_also: Iterable[Article] = (),
    authors: Iterable[Person] = (),
    documents: Iterable[Document] = (),
    glossary_terms: Iterable[GlossaryTerm] = (),
    parts: Iterable[PartRows] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
    reason: str = "",
) -> Article:
    """A new article, as a draft unless ``move`` takes it further (submit, publish, …)."""
    return article_update(
        article=Article(),
        user=user,
        fields=fields,
        tags=tags,
        sources=sources,
        see_also=see_also,
        authors=authors,
        documents=documents,
        glossary_terms=glossary_terms,
        parts=parts,
        move=move,
        route=route,
        reason=reason,
    )


def article_update(
    *,
    article: Article,
    user: User,
    fields: Mapping[str, Any],
    tags: Iterable[Tag] | None = None,
    sources: Iterable[Source] | None = None,
    see_also: Iterable[Article] | None = None,
    authors: Iterable[Person] | None = None,
    documents: Iterable[Document] | None = None,
    glossary_terms: Iterable[GlossaryTerm] | None = None,
    parts: Iterable[PartRows] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
    reason: str = "",
) -> Article:
    """Set ``fields`` and replace each relation given (None leaves it alone); ``parts`` are
    questions, readings and corrections to save or delete with it. A change of the ticked
    glossary terms renders the body again, with their first uses marked."""
    return content_save(
        obj=article,
        user=user,
        fields=fields,
        relations={
            "tags": tags,
            "sources": sources,
            "see_also": see_also,
            "authors": authors,
            "documents": documents,
            "glossary_terms": glossary_terms,
        },
        parts=parts,
        move=move,
        route=route,
        reason=reason,
    )


def article_delete(
    *, article: Article, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=article, user=user, comment=comment, route=route)


def correction_add(
    *, article: Article, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL
) -> Correction:
    """Record a public correction of ``article``: it goes to the foot of the article, the
    corrections page and the corrections feed, and the article's history records it."""
    return content_save(obj=Correction(article=article), user=user, fields=fields, route=route)


def source_create(*, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL) -> Source:
    return source_update(source=Source(), user=user, fields=fields, route=route)


def source_update(
    *, source: Source, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL
) -> Source:
    """Every body that cites the source is rendered again with it (no stale citation)."""
    return content_save(obj=source, user=user, fields=fields, route=route)


def source_delete(
    *, source: Source, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    content_delete(obj=source, user=user, comment=comment, route=route)
