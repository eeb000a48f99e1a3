"""Country outlines, read once per process from the committed maps/data/geodata.json and turned
into SVG path data (see scripts/build-geodata for where the file comes from)."""

import functools
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from maps.projection import Regional, equal_earth

DATA = Path(__file__).resolve().parent / "data" / "geodata.json"

#: The Korean Peninsula map's projection: 60 SVG units per degree of latitude.
KOREA = Regional(lon0=127.5, lat0=38.25, scale=60.0)

Box = tuple[float, float, float, float]  # min x, min y, max x, max y


@dataclass(frozen=True)
class Outline:
    """One country's outline as SVG path data, with its bounding box in the same units."""

    code: str
    path: str
    box: Box


@functools.cache
def raw() -> dict:
    return json.loads(DATA.read_text())


def _outline(code: str, rings: list[list[float]], project: Callable, digits: int) -> Outline:
    """Each ring as an absolute move and then relative lines (``l``), in units of
    ``10 ** -digits``: each step is the difference of two rounded points, so the path ends
    exactly where the absolute one did, in under three fifths of the characters. Points that
    round onto the one before are left out, and so is a ring that rounds to a single point
    (it draws nothing, and a bare ``l`` would end the path for the browser)."""
    scale = 10**digits
    parts = []
    xs, ys = [], []
    for flat in rings:
        points = [project(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
        xs += [x for x, _ in points]
        ys += [y for _, y in points]
        units = [(round(x * scale), round(y * scale)) for x, y in points]
        (x0, y0), steps = units[0], []
        for (px, py), (nx, ny) in itertools.pairwise(units):
            if (nx, ny) != (px, py):
                steps += [nx - px, ny - py]
        if not steps:
            continue
        parts.append(f"M{_number(x0, digits)},{_number(y0, digits)}l{_numbers(steps, digits)}Z")
    return Outline(code, "".join(parts), (min(xs), min(ys), max(xs), max(ys)))


def _number(units: int, digits: int) -> str:
    """``units / 10 ** digits`` as SVG's shortest: ``-.8``, ``1.5``, ``3``."""
    text = f"{abs(units) / 10**digits:.{digits}f}".rstrip("0").rstrip(".")
    if text.startswith("0."):
        text = text[1:]
    return f"-{text}" if units < 0 else text or "0"


def _numbers(values: list[int], digits: int) -> str:
    """Numbers one after another: a space between them, none before a minus sign."""
    written = [_number(value, digits) for value in values]
    return "".join(f" {w}" if i and not w.startswith("-") else w for i, w in enumerate(written))


@functools.cache
def world() -> dict[str, Outline]:
    """Every country of the world layer (Natural Earth 1:110m), Equal Earth projection."""
    return {
        code: _outline(code, rings, equal_earth, 1)
        for code, rings in raw()["world"].items()
        if rings
    }


@functools.cache
def korea() -> dict[str, Outline]:
    """The countries in the Korean Peninsula frame (Natural Earth 1:50m), clipped to it."""
    return {
        code: _outline(code, rings, KOREA, 2) for code, rings in raw()["korea"].items() if rings
    }


def union_box(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
