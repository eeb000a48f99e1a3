"""Writes to people, through the one editorial write path."""

from collections.abc import Mapping
from typing import Any

from editorial.services import Route, content_delete, content_save
from editorial.workflow import User
from people.models import Person


def person_create(*, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL) -> Person:
    return person_update(person=Person(), user=user, fields=fields, route=route)


def person_update(
    *, person: Person, user: User, fields: Mapping[str, Any], route: Route = Route.SHELL
) -> Person:
    return content_save(obj=person, user=user, fields=fields, route=route)


def person_delete(
    *, person: Person, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """A person still credited on an article cannot be deleted (the link protects them)."""
    content_delete(obj=person, user=user, comment=comment, route=route)
