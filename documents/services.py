"""Writes to documents, through the one editorial write path."""

from collections.abc import Mapping
from typing import Any

from documents.models import Document
from editorial.services import Move, Route, content_delete, content_save
from editorial.workflow import User


def document_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    move: Move | None = None,
    route: Route = Route.SHELL,
    reason: str = "",
) -> Document:
    """A new document, as a draft unless ``move`` takes it further."""
    return document_update(
        document=Document(), user=user, fields=fields, move=move, route=route, reason=reason
    )


def document_update(
    *,
    document: Document,
    user: User,
    fields: Mapping[str, Any],
    move: Move | None = None,
    route: Route = Route.SHELL,
    reason: str = "",
) -> Document:
    """Bodies that cite the document are rendered again with it (``editorial.services``)."""
    return content_save(
        obj=document, user=user, fields=fields, move=move, route=route, reason=reason
    )


def document_delete(
    *, document: Document, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    content_delete(obj=document, user=user, comment=comment, route=route)
