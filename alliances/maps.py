"""Alliance and country maps: which outlines to highlight, from memberships already loaded.

Works on the memberships the page has prefetched, so drawing a map adds no query however many
members there are."""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from alliances.models import Alliance, Country, Membership
from maps import geodata
from maps.drawing import Drawing, world_map
from maps.historical import outline_code


class MapDateForm(forms.Form):
    on = forms.DateField(
        label=_("Members on (YYYY-MM-DD)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date", "min": "1800-01-01", "max": "2100-12-31"}),
    )

    def clean_on(self):
        day = self.cleaned_data.get("on")
        if day and not datetime.date(1800, 1, 1) <= day <= datetime.date(2100, 12, 31):
            raise forms.ValidationError(_("Choose a date between 1800 and 2100."))
        return day


def default_day(alliance: Alliance, today: datetime.date) -> datetime.date:
    """Today, or the alliance's last day in force if it has ended (members leave on the end
    date, so that day itself would show none)."""
    if alliance.ended_on and alliance.ended_on <= today:
        return max(alliance.signed_on, alliance.ended_on - datetime.timedelta(days=1))
    return today


@dataclass
class AllianceMap:
    day: datetime.date
    drawing: Drawing
    founders: list[Membership]
    later: list[Membership]
    missing: list[Country]

    @property
    def members(self) -> list[Membership]:
        return self.founders + self.later


def alliance_map(memberships: list[Membership], day: datetime.date) -> AllianceMap:
    """Members active on ``day``, founders apart from those who joined later."""
    active = [m for m in memberships if m.is_active_on(day)]
    founders = [m for m in active if m.role == Membership.Role.FOUNDING]
    later = [m for m in active if m.role != Membership.Role.FOUNDING]
    outlines = geodata.world()
    codes = {m.pk: outline_code(m.country.iso3, day) for m in active}
    drawing = world_map(
        [
            ("founder", str(_("Founding member")), [codes[m.pk] for m in founders]),
            ("later", str(_("Joined later")), [codes[m.pk] for m in later]),
        ]
    )
    missing = [m.country for m in active if codes[m.pk] not in outlines]
    return AllianceMap(day=day, drawing=drawing, founders=founders, later=later, missing=missing)


def country_map(country: Country, today: datetime.date) -> Drawing | None:
    """A locator map: the country (as it was at its end if it no longer exists) in its
    region. None when the data has no outline for it."""
    day = datetime.date(country.dissolved_year, 1, 1) if country.dissolved_year else today
    code = outline_code(country.iso3, day)
    outline = geodata.world().get(code)
    if outline is None:
        return None
    x0, y0, x1, y1 = outline.box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    reach = max(x1 - x0, y1 - y0, 40.0) * 1.6
    focus = (cx - reach, cy - reach / 2, cx + reach, cy + reach / 2)
    return world_map([("country", country.name, [code])], focus=focus)
