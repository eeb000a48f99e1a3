"""Writes to events and timelines: the one implementation the API calls (keyword-only,
atomic, validated: see ``armistice_site.content_writes``)."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from alliances.models import Alliance, Country
from armistice_site.content_writes import content_delete, content_save
from articles.models import Article, Source
from timeline.models import Event, Timeline, TimelineEntry


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
    """Set ``fields`` (dates are cut to their precision by ``Event.clean``) and replace each
    relation given (None leaves it alone)."""
    relations = {
        "countries": countries,
        "alliances": alliances,
        "articles": articles,
        "sources": sources,
    }
    return content_save(obj=event, user=user, fields=fields, relations=relations)


def event_delete(*, event: Event, user: AbstractBaseUser, comment: str = "") -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=event, user=user, comment=comment)


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
    """Set ``fields``; ``events``, when given, becomes the timeline's events in that order."""
    content_save(obj=timeline, user=user, fields=fields)
    if events is not None:
        timeline.entries.all().delete()
        for position, event in enumerate(dict.fromkeys(events), start=1):
            entry = TimelineEntry(timeline=timeline, event=event, position=position)
            content_save(obj=entry, user=user, fields={})
    return timeline


def timeline_delete(*, timeline: Timeline, user: AbstractBaseUser, comment: str = "") -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=timeline, user=user, comment=comment)
