"""Writes to glossary terms, through the one editorial write path. Articles that mark a term
are rendered again when it changes (``editorial.services.rerender_dependents``)."""

from collections.abc import Iterable, Mapping
from typing import Any

from editorial.services import Move, Route, content_delete, content_save
from editorial.workflow import User
from glossary.models import GlossaryTerm


def term_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    related: Iterable[GlossaryTerm] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> GlossaryTerm:
    return term_update(
        term=GlossaryTerm(), user=user, fields=fields, related=related, move=move, route=route
    )


def term_update(
    *,
    term: GlossaryTerm,
    user: User,
    fields: Mapping[str, Any],
    related: Iterable[GlossaryTerm] | None = None,
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> GlossaryTerm:
    return content_save(
        obj=term, user=user, fields=fields, relations={"related": related}, move=move, route=route
    )


def term_delete(
    *, term: GlossaryTerm, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    content_delete(obj=term, user=user, comment=comment, route=route)
