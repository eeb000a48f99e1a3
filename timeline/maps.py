"""Maps of where events happened: one event on its page, a curated timeline's events on its.

Pure over events already loaded, so a map adds no query. Events at the same place share one
numbered point; the list under the map (the text alternative) names each place and its events.
When every point lies in the Korean Peninsula frame the finer Korea layer is used, otherwise
the world layer, framed on the points."""

from dataclasses import dataclass, field

from maps import geodata
from maps.drawing import Drawing, Marker, fit, world_map
from maps.korea import KOREA_FRAME
from maps.projection import equal_earth
from timeline.models import Event, LocationPrecision

#: The smallest view around points on the world layer, in Equal Earth units (about 12°).
MIN_SPAN = 34.0
#: Points placed only to the region or country are drawn as a wider, dashed ring.
LOOSE = {LocationPrecision.REGION, LocationPrecision.COUNTRY}


@dataclass
class Place:
    number: int
    name: str
    precision: str
    marker: Marker
    events: list[Event] = field(default_factory=list)

    @property
    def loose(self) -> bool:
        return self.precision in LOOSE


@dataclass
class PlacesMap:
    drawing: Drawing
    places: list[Place]
    scale_note: str

    @property
    def precisions(self) -> set[str]:
        return {"loose" if place.loose else "point" for place in self.places}


def places_map(events: list[Event]) -> PlacesMap | None:
    """The places of ``events`` (those with coordinates), numbered in the order given."""
    located = [event for event in events if event.has_place]
    if not located:
        return None
    in_korea = all(_in_korea(event) for event in located)
    project = geodata.KOREA if in_korea else equal_earth
    places: dict[tuple, Place] = {}
    for event in located:
        key = (round(float(event.latitude), 3), round(float(event.longitude), 3))
        if key not in places:
            x, y = project(float(event.longitude), float(event.latitude))
            name = event.location_name or f"{key[0]}, {key[1]}"
            places[key] = Place(
                number=len(places) + 1,
                name=name,
                precision=event.location_precision,
                marker=Marker(name, round(x, 2), round(y, 2)),
            )
        places[key].events.append(event)
    markers = [place.marker for place in places.values()]
    box = _around(markers, minimum=60.0 if in_korea else MIN_SPAN)
    if in_korea:
        outlines = geodata.korea()
        drawing = Drawing(
            box=fit(box, limit=KOREA_FRAME),
            land=[o for code, o in outlines.items() if code not in {"KOR", "PRK"}],
            groups=[],
        )
        drawing.land += [outlines["PRK"], outlines["KOR"]]
        note = "Coastlines and borders: Natural Earth, 1:50 million."
    else:
        drawing = world_map([], focus=box)
        note = "Coastlines and borders: Natural Earth, 1:110 million (today's borders)."
    drawing.markers = markers
    return PlacesMap(drawing=drawing, places=list(places.values()), scale_note=note)


def _in_korea(event: Event) -> bool:
    west, south, east, north = geodata.raw()["korea_box"]
    return west <= float(event.longitude) <= east and south <= float(event.latitude) <= north


def _around(markers: list[Marker], *, minimum: float) -> geodata.Box:
    xs = [m.x for m in markers]
    ys = [m.y for m in markers]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half_w = max((max(xs) - min(xs)) / 2, minimum / 2)
    half_h = max((max(ys) - min(ys)) / 2, minimum / 4)
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
