"""Dates known only to the year or the month ("1950", "June 1950", "25 June 1950")."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    YEAR = "year", _("Year")
    MONTH = "month", _("Month")
    DAY = "day", _("Day")


def truncate(day: datetime.date, precision: str) -> datetime.date:
    """Store a partly known date on the first day of what is known (1950 -> 1950-01-01)."""
    if precision == Precision.YEAR:
        return day.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return day.replace(day=1)
    return day


def display(day: datetime.date | None, precision: str) -> str:
    if day is None:
        return ""
    if precision == Precision.YEAR:
        return str(day.year)
    if precision == Precision.MONTH:
        return f"{day:%B} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def matches_precision(date_field: str, precision_field: str) -> Q:
    """Database condition: the stored date sits on the first day its precision allows."""
    return (
        Q(**{precision_field: Precision.DAY})
        | Q(**{precision_field: Precision.MONTH, f"{date_field}__day": 1})
        | Q(**{precision_field: Precision.YEAR, f"{date_field}__month": 1, f"{date_field}__day": 1})
    )
