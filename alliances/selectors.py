"""Reads of alliances and memberships that several pages share."""

import datetime

from django.db.models import Count, QuerySet

from alliances import charts
from alliances.models import Alliance, Membership


def largest_alliances(count: int) -> QuerySet:
    """Public alliances with the most member countries first: the home page's teaser."""
    return (
        Alliance.objects.public()
        .for_list()
        .annotate(member_count=Count("memberships__country", distinct=True))
        .order_by("-member_count", "signed_on")[:count]
    )


def chart_end(membership: Membership) -> datetime.date | None:
    """A membership runs until the member left or, failing that, until the alliance ended."""
    return membership.left_on or membership.alliance.ended_on


def membership_spans(memberships: list[Membership], *, label_country: bool) -> list[charts.Span]:
    """Chart bars for memberships: labelled by country on an alliance's page, by alliance on a
    country's page."""
    return [
        charts.Span(
            label=membership.country.name
            if label_country
            else membership.alliance.short_name or membership.alliance.name,
            start=membership.joined_on,
            end=chart_end(membership),
            detail=membership.get_role_display(),
        )
        for membership in memberships
    ]
