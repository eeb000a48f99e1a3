"""``[[alliance-map:nato]]`` or ``[[alliance-map:nato-1955-06-01]]`` in an article body: the
alliance's members on a map, as a ``<figure>``, on the date given or, without one, on the
alliance's last day in force or the day the body was saved (the caption says which).

Only public alliances are drawn, and the body is rendered again whenever the alliance is saved
(the kind is registered with the Alliance model), so a draft never shows and a published
change reaches the article."""

import datetime
import re

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone

from alliances.maps import alliance_map, default_day
from alliances.models import Alliance, Membership
from armistice_site.references import Reference
from maps.historical import METHOD

DATED = re.compile(r"^(?P<slug>.+)-(?P<day>\d{4}-\d{2}-\d{2})$")


def _parse(slug: str) -> tuple[str, datetime.date | None]:
    match = DATED.match(slug)
    if match:
        try:
            return match["slug"], datetime.date.fromisoformat(match["day"])
        except ValueError:
            return slug, None
    return slug, None


def alliance_slug(reference_slug: str) -> str:
    """``nato-1955-06-01`` → ``nato``: the alliance a dated map reference shows."""
    return _parse(reference_slug)[0]


def resolve_alliance_maps(refs: list[Reference]) -> dict[Reference, str]:
    wanted = {ref: _parse(ref.slug) for ref in refs if ref.block}
    alliances = Alliance.objects.public().prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related("country").order_by(
                "joined_on", "country__name"
            ),
        )
    )
    found = alliances.in_bulk({slug for slug, _ in wanted.values()}, field_name="slug")
    shown = {}
    for ref, (slug, day) in wanted.items():
        alliance = found.get(slug)
        if alliance is None:
            continue
        result = alliance_map(
            list(alliance.memberships.all()), day or default_day(alliance, timezone.localdate())
        )
        shown[ref] = render_to_string(
            "alliances/_alliance_map_figure.html",
            {
                "alliance": alliance,
                "members_map": result,
                "map_id": f"alliance-map-{ref.slug}",
                "map_method": METHOD,
            },
        )
    return shown
