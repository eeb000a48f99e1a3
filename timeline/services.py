"""Writes to events and timelines, through the one editorial write path
(``editorial.services``: one transaction, one revision, one audit entry per change)."""

from collections.abc import Iterable, Mapping
from typing import Any

from alliances.models import Alliance, Country
from articles.models import Article, Source
from documents.models import Document
from editorial.services import Move, PartRows, Route, content_delete, content_save
from editorial.workflow import User
from timeline.models import Event, Timeline, TimelineEntry


def event_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    countries: Iterable[Country] = (),
    alliances: Iterable[Alliance] = (),
    articles: Iterable[Article] = (),
    sources: Iterable[Source] = (),
    documents: Iterable[Document] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Event:
    """A new event, as a draft unless ``move`` takes it further."""
    return event_update(
        event=Event(),
        user=user,
        fields=fields,
        countries=countries,
        alliances=alliances,
        articles=articles,
        sources=sources,
        documents=documents,
        move=move,
        route=route,
    )


def event_update(
    *,
    event: Event,
    user: User,
    fields: Mapping[str, Any],
    countries: Iterable[Country] | None = None,
    alliances: Iterable[Alliance] | None = None,
    articles: Iterable[Article] | None = None,
    sources: Iterable[Source] | None = None,
    documents: Iterable[Document] | None = None,
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Event:
    """Set ``fields`` (dates are cut to their precision by ``Event.clean``) and replace each
    relation given (None leaves it alone)."""
    relations = {
        "countries": countries,
        "alliances": alliances,
        "articles": articles,
        "sources": sources,
        "documents": documents,
    }
    return content_save(
        obj=event, user=user, fields=fields, relations=relations, move=move, route=route
    )


def event_delete(
    *, event: Event, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=event, user=user, comment=comment, route=route)


def timeline_create(
    *,
    user: User,
    fields: Mapping[str, Any],
    events: Iterable[Event] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Timeline:
    """A new timeline, as a draft unless ``move`` takes it further."""
    return timeline_update(
        timeline=Timeline(), user=user, fields=fields, events=events, move=move, route=route
    )


def timeline_update(
    *,
    timeline: Timeline,
    user: User,
    fields: Mapping[str, Any],
    events: Iterable[Event] | None = None,
    move: Move | None = None,
    route: Route = Route.SHELL,
) -> Timeline:
    """Set ``fields``; ``events``, when given, becomes the timeline's events in that order."""
    entries = PartRows()
    if events is not None:
        wanted = list(dict.fromkeys(events))
        current = [] if timeline.pk is None else list(timeline.entries.order_by("position"))
        if [entry.event_id for entry in current] != [event.pk for event in wanted]:
            entries.deleted = current
            entries.saved = [
                TimelineEntry(event=event, position=position)
                for position, event in enumerate(wanted, start=1)
            ]
    return content_save(
        obj=timeline, user=user, fields=fields, parts=[entries], move=move, route=route
    )


def timeline_delete(
    *, timeline: Timeline, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """Writers cannot delete published work; every delete is audited."""
    content_delete(obj=timeline, user=user, comment=comment, route=route)
