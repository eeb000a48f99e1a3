"""Writes to alliances, their memberships and countries, through the one editorial write path
(``editorial.services``: one transaction, one revision, one audit entry per change)."""

from collections.abc import Iterable, Mapping
from typing import Any

from alliances.models import Alliance, Membership, Obligation
from articles.models import Article, Source
from documents.models import Document
from editorial.models import PendingRevision
from editorial.services import Move, Route, content_delete, content_save
from editorial.workflow import User


def alliance_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    obligations: Iterable[str] = (),
    sources: Iterable[Source] = (),
    articles: Iterable[Article] = (),
    documents: Iterable[Document] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Alliance:
    """A new alliance, as a draft unless ``move`` takes it further."""
    return alliance_update(
        alliance=Alliance(),
        user=user,
        fields=fields,
        obligations=obligations,
        sources=sources,
        articles=articles,
        documents=documents,
        move=move,
        route=route,
    )


def alliance_update(
    *,
    alliance: Alliance,
    user: User,
    fields: Mapping[str, Any],
    obligations: Iterable[str] | None = None,
    sources: Iterable[Source] | None = None,
    articles: Iterable[Article] | None = None,
    documents: Iterable[Document] | None = None,
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Alliance:
    """Set ``fields``; ``obligations`` (names from ``Obligation``) replaces the obligation
    flags, and each relation given replaces it (None leaves it alone)."""
    fields = dict(fields)
    if obligations is not None:
        chosen = set(obligations)
        fields |= {name: name in chosen for name in Obligation.values}
    return content_save(
        obj=alliance,
        user=user,
        fields=fields,
        relations={"sources": sources, "articles": articles, "documents": documents},
        move=move,
        route=route,
    )


def alliance_delete(
    *, alliance: Alliance, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=alliance, user=user, comment=comment, route=route)


def membership_create(
    *, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL
) -> Membership:
    return membership_update(membership=Membership(), user=user, fields=fields, route=route)


def membership_update(
    *, membership: Membership, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL
) -> Membership:
    """Validation also refuses a membership overlapping another of the same country in the
    same alliance (``Membership.clean``). The alliance records the change in its history."""
    return content_save(obj=membership, user=user, fields=fields, route=route)


def membership_delete(
    *, membership: Membership, user: User, comment: str = "", route: Route = Route.SHELL
) -> PendingRevision | None:
    """Removing a member of a live alliance by someone who may not publish it is proposed:
    the alliance's pending revision is returned."""
    return content_delete(obj=membership, user=user, comment=comment, route=route)
