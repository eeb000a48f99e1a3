"""Reads of events and timelines that several pages share."""

import datetime

from django.db.models import QuerySet
from django.db.models.functions import ExtractDay, ExtractMonth

from armistice_site.precision import Precision
from timeline.models import Event


def day_of_year_key(month: int, day: int) -> int:
    return month * 100 + day


def calendar_distance(a: datetime.date, b: datetime.date) -> int:
    """Days between two month-day pairs around the year, ignoring the years themselves."""
    leap_year = 2000  # every 29 February has a place
    first = datetime.date(leap_year, a.month, a.day).timetuple().tm_yday
    second = datetime.date(leap_year, b.month, b.day).timetuple().tm_yday
    gap = abs(first - second)
    return min(gap, 366 - gap)


def on_this_day(today: datetime.date, count: int) -> tuple[list[Event], bool]:
    """Public events known to the day whose month and day are today's; when there are none,
    the few whose anniversaries fall nearest to today (either side, across New Year).
    Returns the events and whether they are exact anniversaries."""
    events = (
        Event.objects.public()
        .for_list()
        .filter(start_precision=Precision.DAY)
        .annotate(
            anniversary=ExtractMonth("start_date") * 100 + ExtractDay("start_date"),
        )
    )
    key = day_of_year_key(today.month, today.day)
    # Every lookup goes through the ``anniversary`` expression, which timeline's
    # event_anniversary_idx indexes, so none of them reads the whole events table.
    exact = list(events.filter(anniversary=key).order_by("-importance", "start_date")[:count])
    if exact:
        return exact, True
    later = list(events.filter(anniversary__gt=key).order_by("anniversary")[:count])
    earlier = list(events.filter(anniversary__lt=key).order_by("-anniversary")[:count])
    candidates = [*later, *earlier]
    if len(later) < count:  # the nearest ones ahead may lie past 31 December
        candidates += events.order_by("anniversary")[:count]
    if len(earlier) < count:  # and the nearest behind before 1 January
        candidates += events.order_by("-anniversary")[:count]
    unique = {event.pk: event for event in candidates}.values()
    nearest = sorted(
        unique, key=lambda event: (calendar_distance(event.start_date, today), event.start_date)
    )
    return nearest[:count], False


def turning_points(count: int) -> QuerySet:
    """The most important public events, earliest first among equals."""
    return (
        Event.objects.public()
        .for_list()
        .filter(importance__gte=4)
        .order_by("-importance", "start_date")[:count]
    )
