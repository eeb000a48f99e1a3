"""Writes to alliances and memberships: the one implementation the API calls (keyword-only,
atomic, validated: see ``armistice_site.content_writes``)."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from alliances.models import Alliance, Membership, Obligation
from armistice_site.content_writes import content_delete, content_save
from articles.models import Article, Source


def alliance_create(
    *,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    obligations: Iterable[str] = (),
    sources: Iterable[Source] = (),
    articles: Iterable[Article] = (),
) -> Alliance:
    """A new alliance, as a draft: publishing it is a workflow transition."""
    return alliance_update(
        alliance=Alliance(),
        user=user,
        fields=fields,
        obligations=obligations,
        sources=sources,
        articles=articles,
    )


def alliance_update(
    *,
    alliance: Alliance,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    obligations: Iterable[str] | None = None,
    sources: Iterable[Source] | None = None,
    articles: Iterable[Article] | None = None,
) -> Alliance:
    """Set ``fields``; ``obligations`` (names from ``Obligation``) replaces the obligation
    flags, and each relation given replaces it (None leaves it alone)."""
    fields = dict(fields)
    if obligations is not None:
        chosen = set(obligations)
        fields |= {name: name in chosen for name in Obligation.values}
    relations = {"sources": sources, "articles": articles}
    return content_save(obj=alliance, user=user, fields=fields, relations=relations)


def alliance_delete(*, alliance: Alliance, user: AbstractBaseUser, comment: str = "") -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=alliance, user=user, comment=comment)


def membership_create(*, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Membership:
    return membership_update(membership=Membership(), user=user, fields=fields)


def membership_update(
    *, membership: Membership, user: AbstractBaseUser, fields: Mapping[str, Any]
) -> Membership:
    """Validation also refuses a membership overlapping another of the same country in the
    same alliance (``Membership.clean``)."""
    return content_save(obj=membership, user=user, fields=fields)


def membership_delete(*, membership: Membership, user: AbstractBaseUser, comment: str = "") -> None:
    content_delete(obj=membership, user=user, comment=comment)
