"""Writes to events and timelines: the one implementation the API calls.

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

from alliances.models import Alliance, Country
from armistice_site import workflow
from articles.models import Article, Source
from timeline.models import Event, Timeline, TimelineEntry


@transaction.atomic
def event_create(
    *,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    countries: Iterable[Country] = (),
    alliances: Iterable[Alliance] = (),
    articles: Iterable[Article] = (),
    sources: Iterable[Source] = (),
) -> Event:
    """A new event, as a draft: publishing it is a workflow transition."""
    return event_update(
        event=Event(),
        user=user,
        fields=fields,
        countries=countries,
        alliances=alliances,
        articles=articles,
        sources=sources,
    )


@transaction.atomic
def event_update(
    *,
    event: Event,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    countries: Iterable[Country] | None = None,
    alliances: Iterable[Alliance] | None = None,
    articles: Iterable[Article] | None = None,
    sources: Iterable[Source] | None = None,
) -> Event:
    """Set ``fields`` (dates are cut to their precision by ``Event.clean``) and replace
    each relation given (None leaves it alone). The revisions written name ``user``."""
    for name, value in fields.items():
        setattr(event, name, value)
    event._history_user = user
    event.full_clean()
    event.save()
    for relation, items in (
        (event.countries, countries),
        (event.alliances, alliances),
        (event.articles, articles),
        (event.sources, sources),
    ):
        if items is not None:
            relation.set(items)
    return event


def event_delete(*, event: Event, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow: writers cannot delete published work; audited."""
    event._history_user = user
    workflow.delete(obj=event, user=user, comment=comment)


@transaction.atomic
def timeline_create(
    *, user: AbstractBaseUser, fields: Mapping[str, Any], events: Iterable[Event] = ()
) -> Timeline:
    """A new timeline, as a draft: publishing it is a workflow transition."""
    return timeline_update(timeline=Timeline(), user=user, fields=fields, events=events)


@transaction.atomic
def timeline_update(
    *,
    timeline: Timeline,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    events: Iterable[Event] | None = None,
) -> Timeline:
    """Set ``fields``; ``events``, when given, becomes the timeline's events in that order.
    The revisions written name ``user``."""
    for name, value in fields.items():
        setattr(timeline, name, value)
    timeline._history_user = user
    timeline.full_clean()
    timeline.save()
    if events is not None:
        timeline.entries.all().delete()
        for position, event in enumerate(dict.fromkeys(events), start=1):
            entry = TimelineEntry(timeline=timeline, event=event, position=position)
            entry._history_user = user
            entry.full_clean()
            entry.save()
    return timeline


def timeline_delete(*, timeline: Timeline, user: AbstractBaseUser, comment: str = "") -> None:
    """Delete through the workflow: writers cannot delete published work; audited."""
    timeline._history_user = user
    workflow.delete(obj=timeline, user=user, comment=comment)
