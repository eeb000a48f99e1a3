"""What a map template draws: a view box, the land in it and the highlighted groups.

Pure functions over the outlines of maps.geodata; the SVG markup itself is in
templates/includes/map_svg.html. Only the land that overlaps the view is sent, and not the
land a group draws again on top (an alliance of 30 members sent their outlines twice)."""

from dataclasses import dataclass, field

from maps import geodata
from maps.geodata import Box, Outline
from maps.historical import COMPOSITES

#: The world without Antarctica, in Equal Earth units (what a map of everything shows).
WORLD_BOX: Box = (-435.0, -225.0, 435.0, 160.0)
MIN_WIDTH = 90.0
MIN_ASPECT, MAX_ASPECT = 1.25, 2.2
PADDING = 0.08


@dataclass(frozen=True)
class Group:
    """Outlines drawn alike (one legend entry): e.g. founding members."""

    key: str
    label: str
    outlines: list[Outline]


@dataclass(frozen=True)
class Marker:
    label: str
    x: float
    y: float
    detail: str = ""


@dataclass
class Drawing:
    box: Box
    land: list[Outline]
    groups: list[Group]
    markers: list[Marker] = field(default_factory=list)

    @property
    def view_box(self) -> str:
        x0, y0, x1, y1 = self.box
        return f"{x0:.1f} {y0:.1f} {x1 - x0:.1f} {y1 - y0:.1f}"

    @property
    def width(self) -> float:
        return round(self.box[2] - self.box[0], 1)

    @property
    def height(self) -> float:
        return round(self.box[3] - self.box[1], 1)

    @property
    def stroke(self) -> float:
        """Outline width in view units, so borders look alike whatever the zoom."""
        return round(self.width / 800, 3)

    @property
    def marker_radius(self) -> float:
        return round(self.width / 120, 2)

    @property
    def halo(self) -> float:
        """The white outline that keeps a label readable over borders."""
        return round(self.width / 400, 3)

    @property
    def label_size(self) -> float:
        return round(self.width / 45, 2)


def fit(box: Box | None, limit: Box = WORLD_BOX) -> Box:
    """``box`` padded, at least ``MIN_WIDTH`` wide, with a landscape aspect, inside ``limit``
    where it fits (a view wider than ``limit``'s width is ``limit`` itself)."""
    if box is None:
        return limit
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    pad = max(width, height) * PADDING
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    width, height = max(x1 - x0, MIN_WIDTH), y1 - y0
    if width / height < MIN_ASPECT:
        width = height * MIN_ASPECT
    elif width / height > MAX_ASPECT:
        height = width / MAX_ASPECT
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if width >= limit[2] - limit[0]:
        return limit
    x0, y0 = cx - width / 2, cy - height / 2
    x0 = min(max(x0, limit[0]), limit[2] - width)
    return (x0, y0, x0 + width, y0 + height)


def world_map(groups: list[tuple[str, str, list[str]]], *, focus: Box | None = None) -> Drawing:
    """A world-layer map of ``groups`` (key, label, outline codes), framed on what they show
    (or on ``focus``). Codes without an outline are skipped; callers list them in text."""
    outlines = geodata.world()
    drawn = [
        Group(key, label, [outlines[code] for code in codes if code in outlines])
        for key, label, codes in groups
    ]
    boxes = [outline.box for group in drawn for outline in group.outlines]
    if focus is not None:
        boxes.append(focus)
    box = fit(geodata.union_box(boxes))
    # An outline drawn in a group covers its land outline exactly: that one is not sent.
    grouped = {outline.code for group in drawn for outline in group.outlines}
    land = [
        outline
        for code, outline in outlines.items()
        if code not in COMPOSITES
        and code != "ATA"
        and code not in grouped
        and geodata.overlaps(outline.box, box)
    ]
    return Drawing(box=box, land=land, groups=[group for group in drawn if group.outlines])
