"""Writes to alliances and memberships: the one implementation the API calls.

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

from alliances.models import Alliance, Membership, Obligation
from armistice_site import workflow
from articles.models import Article, Source


@transaction.atomic
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


@transaction.atomic
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
    flags, and each relation given replaces it (None leaves it alone). The revisions written
    name ``user``."""
    for name, value in fields.items():
        setattr(alliance, name, value)
    if obligations is not None:
        chosen = set(obligations)
        for name in Obligation.values:
            setattr(alliance, name, name in chosen)
    alliance._history_user = user
    alliance.full_clean()
    alliance.save()
    if sources is not None:
        alliance.sources.set(sources)
    if articles is not None:
        alliance.articles.set(articles)
    return alliance


def alliance_delete(*, alliance: Alliance, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow: writers cannot delete published work; audited."""
    alliance._history_user = user
    workflow.delete(obj=alliance, user=user, comment=comment)


@transaction.atomic
def membership_create(*, user: AbstractBaseUser, fields: Mapping[str, Any]) -> Membership:
    return membership_update(membership=Membership(), user=user, fields=fields)


@transaction.atomic
def membership_update(
    *, membership: Membership, user: AbstractBaseUser, fields: Mapping[str, Any]
) -> Membership:
    """``full_clean()`` also refuses a membership overlapping another of the same country in
    the same alliance (``Membership.clean``)."""
    for name, value in fields.items():
        setattr(membership, name, value)
    membership._history_user = user
    membership.full_clean()
    membership.save()
    return membership


def membership_delete(*, membership: Membership, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow (delete permission, audit entry)."""
    membership._history_user = user
    workflow.delete(obj=membership, user=user, comment=comment)
