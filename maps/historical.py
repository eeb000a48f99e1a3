"""How states that no longer exist, or whose borders changed, are drawn from today's outlines.

Natural Earth has only today's borders, so a former state is drawn as the union of the states
that succeeded it, and divided Germany as today's Germany split along an approximate course of
the inner German border (scripts/build-geodata builds these outlines; this module picks them)."""

import datetime

#: Outlines built for former states: never drawn as background land (their parts are).
COMPOSITES = frozenset({"SUN", "CSK", "YUG", "DDR", "DEU_FRG"})

#: German reunification: before it, the Federal Republic (DEU) was West Germany only.
REUNIFICATION = datetime.date(1990, 10, 3)

METHOD = (
    "Borders are today's (Natural Earth, 1:110 million). Former states are drawn from them: "
    "the Soviet Union as the union of its fifteen successor states, Czechoslovakia as the Czech "
    "Republic and Slovakia, Yugoslavia as its successor states. East Germany and, before "
    "3 October 1990, West Germany are today's Germany split along an approximate course of the "
    "inner German border (about twenty points from the Baltic to the Czech border; West Berlin "
    "is not shown apart). Small islands and states may be too small to see at this scale."
)


def outline_code(iso3: str, day: datetime.date) -> str:
    """The outline that shows the state with code ``iso3`` as it was on ``day``."""
    if iso3 == "DEU" and day < REUNIFICATION:
        return "DEU_FRG"
    return iso3
