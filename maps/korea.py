"""The Korean Peninsula map: the 38th parallel, the Military Demarcation Line, the DMZ and the
places the armistice story names.

The MDL here is Natural Earth's 1:50 million land border between the two Koreas, which follows
the line in generalised form (about twenty points from the Han River estuary to the east
coast), so it is approximate and can be a few kilometres off. The DMZ is drawn as the
Agreement defines it: 2 km on each side of the line (Article I, paragraph 1)."""

import math
from dataclasses import dataclass

from maps import geodata
from maps.drawing import Drawing, Group, Marker


def mdl() -> list[tuple[float, float]]:
    """The Military Demarcation Line, west to east, as (longitude, latitude): Natural Earth's
    land border between the two Koreas, which follows the line at 1:50 million."""
    flat = geodata.raw()["korea_mdl"]
    return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]


#: Places named on the map, (name, longitude, latitude, what it is).
PLACES = [
    ("Seoul", 126.978, 37.566, "capital of South Korea"),
    ("Pyongyang", 125.762, 39.039, "capital of North Korea"),
    ("Kaesong", 126.554, 37.971, "where the armistice talks opened in July 1951"),
    ("Panmunjom", 126.677, 37.956, "where the Armistice was signed on 27 July 1953"),
]

SOURCES = (
    "Korean War Armistice Agreement, 27 July 1953, Article I (the MDL and a DMZ of 2 km on "
    "each side); the MDL's course from Natural Earth's 1:50 million border of the two Koreas; "
    "Encyclopaedia Britannica, “Demilitarized Zone” and “Panmunjom”; city positions from the "
    "GeoNames gazetteer, rounded to about 100 m."
)

CAPTION = (
    "The Korean Peninsula since 1953: the 38th parallel (dashed), the approximate course of "
    "the Military Demarcation Line agreed in the Armistice, and the Demilitarized Zone 2 km "
    "on each side of it."
)


@dataclass
class KoreaMap:
    drawing: Drawing
    parallel: str
    mdl: str
    dmz: str
    parallel_label: tuple[float, float] = (0.0, 0.0)
    caption: str = CAPTION
    sources: str = SOURCES


def _line(points: list[tuple[float, float]]) -> str:
    return "M" + "L".join(f"{x:.2f},{y:.2f}" for x, y in points)


def offset(points: list[tuple[float, float]], distance: float) -> list[tuple[float, float]]:
    """``points`` moved ``distance`` to the left of the direction of travel (a plain mitre-less
    offset: each vertex along the mean of its segments' normals)."""
    out = []
    for i, (x, y) in enumerate(points):
        before = points[max(i - 1, 0)]
        after = points[min(i + 1, len(points) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        out.append((x - dy / length * distance, y + dx / length * distance))
    return out


#: The Korean Peninsula map's view, in the Korea layer's units.
KOREA_FRAME = (*geodata.KOREA(124.0, 41.0), *geodata.KOREA(130.4, 34.2))


def korea_map() -> KoreaMap:
    project = geodata.KOREA
    outlines = geodata.korea()
    box = KOREA_FRAME
    land = [outline for code, outline in outlines.items() if code not in {"KOR", "PRK"}]
    groups = [
        Group("north", "North Korea", [outlines["PRK"]]),
        Group("south", "South Korea", [outlines["KOR"]]),
    ]
    line = [project(lon, lat) for lon, lat in mdl()]
    half = project.km(2)
    dmz = _line(offset(line, half) + offset(line, -half)[::-1]) + "Z"
    markers = [Marker(name, *project(lon, lat), detail) for name, lon, lat, detail in PLACES]
    west, east = project(123.0, 38.0), project(131.0, 38.0)
    return KoreaMap(
        drawing=Drawing(box=box, land=land, groups=groups, markers=markers),
        parallel=_line([west, east]),
        mdl=_line(line),
        dmz=dmz,
        parallel_label=project(124.05, 38.0),
    )
