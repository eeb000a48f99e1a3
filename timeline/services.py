"""Writes to events and timelines, shared by the API and (later) the review workflow.

Each function is atomic and runs the model's ``full_clean()`` (field rules, ``clean()``,
unique and check constraints) before saving, so every writer gets the admin's messages as
a ``ValidationError`` and the database never answers with an IntegrityError."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from alliances.models import Alliance, Country
from articles.models import Article, Source
from timeline.models import Event, Timeline, TimelineEntry


@transaction.atomic
def event_create(
    *,
    fields: Mapping[str, Any],
    countries: Iterable[Country] = (),
    alliances: Iterable[Alliance] = (),
    articles: Iterable[Article] = (),
    sources: Iterable[Source] = (),
) -> Event:
    return event_update(
        event=Event(),
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
    fields: Mapping[str, Any],
    countries: Iterable[Country] | None = None,
    alliances: Iterable[Alliance] | None = None,
    articles: Iterable[Article] | None = None,
    sources: Iterable[Source] | None = None,
) -> Event:
    """Set ``fields`` (dates are cut to their precision by ``Event.clean``) and replace
    each relation given (None leaves it alone)."""
    for name, value in fields.items():
        setattr(event, name, value)
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


@transaction.atomic
def event_delete(*, event: Event) -> None:
    event.delete()


@transaction.atomic
def timeline_create(*, fields: Mapping[str, Any], events: Iterable[Event] = ()) -> Timeline:
    return timeline_update(timeline=Timeline(), fields=fields, events=events)


@transaction.atomic
def timeline_update(
    *, timeline: Timeline, fields: Mapping[str, Any], events: Iterable[Event] | None = None
) -> Timeline:
    """Set ``fields``; ``events``, when given, becomes the timeline's events in that order."""
    for name, value in fields.items():
        setattr(timeline, name, value)
    timeline.full_clean()
    timeline.save()
    if events is not None:
        timeline.entries.all().delete()
        for position, event in enumerate(dict.fromkeys(events), start=1):
            entry = TimelineEntry(timeline=timeline, event=event, position=position)
            entry.full_clean()
            entry.save()
    return timeline


@transaction.atomic
def timeline_delete(*, timeline: Timeline) -> None:
    timeline.delete()
