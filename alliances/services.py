"""Writes to alliances and memberships, shared by the API and (later) the review workflow.

Each function is atomic and runs the model's ``full_clean()`` (field rules, ``clean()``,
unique and check constraints) before saving, so every writer gets the admin's messages as
a ``ValidationError`` and the database never answers with an IntegrityError."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from alliances.models import Alliance, Membership, Obligation
from articles.models import Article, Source


@transaction.atomic
def alliance_create(
    *,
    fields: Mapping[str, Any],
    obligations: Iterable[str] = (),
    sources: Iterable[Source] = (),
    articles: Iterable[Article] = (),
) -> Alliance:
    return alliance_update(
        alliance=Alliance(),
        fields=fields,
        obligations=obligations,
        sources=sources,
        articles=articles,
    )


@transaction.atomic
def alliance_update(
    *,
    alliance: Alliance,
    fields: Mapping[str, Any],
    obligations: Iterable[str] | None = None,
    sources: Iterable[Source] | None = None,
    articles: Iterable[Article] | None = None,
) -> Alliance:
    """Set ``fields``; ``obligations`` (names from ``Obligation``) replaces the obligation
    flags, and each relation given replaces it (None leaves it alone)."""
    for name, value in fields.items():
        setattr(alliance, name, value)
    if obligations is not None:
        chosen = set(obligations)
        for name in Obligation.values:
            setattr(alliance, name, name in chosen)
    alliance.full_clean()
    alliance.save()
    if sources is not None:
        alliance.sources.set(sources)
    if articles is not None:
        alliance.articles.set(articles)
    return alliance


@transaction.atomic
def alliance_delete(*, alliance: Alliance) -> None:
    alliance.delete()


@transaction.atomic
def membership_create(*, fields: Mapping[str, Any]) -> Membership:
    return membership_update(membership=Membership(), fields=fields)


@transaction.atomic
def membership_update(*, membership: Membership, fields: Mapping[str, Any]) -> Membership:
    """``full_clean()`` also refuses a membership overlapping another of the same country in
    the same alliance (``Membership.clean``)."""
    for name, value in fields.items():
        setattr(membership, name, value)
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def membership_delete(*, membership: Membership) -> None:
    membership.delete()
