"""The projections, the framing of a view and the outlines read from the committed data."""

import datetime
import importlib.machinery
import importlib.util
import json
import math
import re
from pathlib import Path

import pytest

from maps import drawing, geodata, historical, korea
from maps.projection import WORLD_SCALE, Regional, equal_earth

ROOT = Path(__file__).resolve().parents[2]


def test_equal_earth_keeps_the_origin_and_is_symmetric():
    assert equal_earth(0, 0) == (0.0, 0.0)
    x, y = equal_earth(30, 45)
    assert equal_earth(-30, -45) == pytest.approx((-x, -y))
    assert x > 0 and y < 0  # north is up: SVG y grows downwards


def test_equal_earth_matches_the_published_extent():
    # Equal Earth's published half-width at the equator is 2.7064 units of radius.
    x, _ = equal_earth(180, 0)
    assert x / WORLD_SCALE == pytest.approx(2.7064, abs=1e-3)
    # Meridians curve in: a degree of longitude is shorter at 60° than at the equator.
    assert equal_earth(10, 60)[0] < equal_earth(10, 0)[0]


def test_regional_projection_scales_longitude_by_the_cosine_of_its_latitude():
    project = Regional(lon0=127.5, lat0=38.0, scale=60)
    assert project(127.5, 38.0) == (0.0, 0.0)
    x, y = project(128.5, 37.0)
    assert y == pytest.approx(60)
    assert x == pytest.approx(60 * math.cos(math.radians(38)))
    assert project.km(111.2) == pytest.approx(60)


def test_fit_pads_keeps_a_landscape_shape_and_stays_in_the_world():
    box = drawing.fit((0, 0, 10, 100))
    width, height = box[2] - box[0], box[3] - box[1]
    assert width / height >= drawing.MIN_ASPECT
    assert box[1] < 0 and box[3] > 100
    assert drawing.fit(None) == drawing.WORLD_BOX
    assert drawing.fit((-500, -100, 500, 100)) == drawing.WORLD_BOX
    left = drawing.fit((-434, 0, -420, 10))
    assert left[0] >= drawing.WORLD_BOX[0]


def test_every_outline_has_path_data_inside_its_box():
    outlines = geodata.world()
    assert len(outlines) > 170
    for code in ("USA", "DEU", "LUX", "KOR", "PRK", "SUN", "DDR", "DEU_FRG", "CSK", "YUG"):
        outline = outlines[code]
        assert outline.path.startswith("M") and outline.path.endswith("Z")
        x0, y0, x1, y1 = outline.box
        assert x0 < x1 and y0 < y1


def points_of(path: str) -> list[list[tuple[float, float]]]:
    """Each ring's points, absolute, read back from ``M x,y l dx dy … Z`` path data."""
    rings = []
    for ring in re.findall(r"M([^l]+)l([^Z]*)Z", path):
        start = [float(n) for n in re.findall(NUMBER, ring[0])]
        steps = [float(n) for n in re.findall(NUMBER, ring[1])]
        points = [(start[0], start[1])]
        for dx, dy in zip(steps[::2], steps[1::2], strict=True):
            points.append((points[-1][0] + dx, points[-1][1] + dy))
        rings.append(points)
    return rings


NUMBER = r"-?(?:\d+\.?\d*|\.\d+)"


@pytest.mark.parametrize(("layer", "digits"), [("world", 1), ("korea", 2)])
def test_relative_path_data_draws_exactly_the_rounded_points(layer, digits):
    project = equal_earth if layer == "world" else geodata.KOREA
    outlines = getattr(geodata, layer)()
    for code in ("KOR", "PRK", "CHN", "JPN"):
        expected = []
        for flat in geodata.raw()[layer][code]:
            ring = []
            for i in range(0, len(flat), 2):
                x, y = project(flat[i], flat[i + 1])
                point = (round(x, digits), round(y, digits))
                if not ring or point != ring[-1]:
                    ring.append(point)
            if len(ring) > 1:
                expected.append(ring)
        drawn = points_of(outlines[code].path)
        assert len(drawn) == len(expected), code
        for ring, wanted in zip(drawn, expected, strict=True):
            assert ring == [pytest.approx(point, abs=10**-digits / 2) for point in wanted]
        # Smaller than the same points written absolute (``M x,y L x,y … Z``).
        absolute = "".join("M" + "L".join(f"{x:g},{y:g}" for x, y in r) + "Z" for r in expected)
        assert len(outlines[code].path) < 0.8 * len(absolute), code


def test_a_ring_that_rounds_to_one_point_is_left_out():
    flat = lambda x, y: (x, y)  # noqa: E731
    speck, square = [0, 0, 0.01, 0.02, 0.03, 0.0], [0, 0, 1, 0, 1, 1, 0, 1, 0, 0]
    outline = geodata._outline("XX", [speck, square], flat, 1)
    assert outline.path == "M0,0l1 0 0 1-1 0 0-1Z"


def test_former_states_are_drawn_from_their_successors():
    world = geodata.world()

    def inside(outer, inner):
        a, b = world[outer].box, world[inner].box
        return a[0] <= b[0] + 0.01 and a[1] <= b[1] + 0.01 and a[2] >= b[2] - 0.01

    for part in ("RUS", "UKR", "KAZ", "EST"):
        assert inside("SUN", part)
    assert inside("CSK", "CZE") and inside("CSK", "SVK")
    # East Germany is the east of Germany, West Germany the west; together they are Germany.
    germany, east, west = world["DEU"].box, world["DDR"].box, world["DEU_FRG"].box
    assert east[0] > germany[0] and east[2] == pytest.approx(germany[2], abs=0.5)
    assert west[0] == pytest.approx(germany[0], abs=0.5) and west[2] < germany[2]
    berlin_x, _ = equal_earth(13.4, 52.5)
    assert east[0] < berlin_x < east[2] and not west[0] < berlin_x < west[2] - 20


def test_outline_codes_follow_germany_across_reunification():
    assert historical.outline_code("DEU", datetime.date(1955, 6, 1)) == "DEU_FRG"
    assert historical.outline_code("DEU", datetime.date(1990, 10, 3)) == "DEU"
    assert historical.outline_code("FRA", datetime.date(1955, 6, 1)) == "FRA"


def test_world_map_frames_its_groups_and_skips_unknown_codes():
    result = drawing.world_map([("a", "A", ["KOR", "JPN", "NOPE"])])
    assert [outline.code for outline in result.groups[0].outlines] == ["KOR", "JPN"]
    korea_box = geodata.world()["KOR"].box
    assert result.box[0] < korea_box[0] and result.box[2] > korea_box[2]
    land = {outline.code for outline in result.land}
    assert "CHN" in land and "BRA" not in land and not land & historical.COMPOSITES
    assert not land & {"KOR", "JPN"}  # drawn in their group, not sent twice


def test_korea_map_draws_the_dmz_around_the_line_and_the_places():
    result = korea.korea_map()
    line = korea.mdl()
    assert line[0][0] < 126.8 and line[-1][0] > 128.2  # Han estuary to the east coast
    assert all(37.6 < lat < 38.7 for _, lat in line)
    # The line crosses the 38th parallel: south of it in the west, north of it in the east.
    assert line[0][1] < 38 < line[-1][1]
    assert {marker.label for marker in result.drawing.markers} == {
        "Seoul",
        "Pyongyang",
        "Kaesong",
        "Panmunjom",
    }
    assert result.dmz.endswith("Z") and result.mdl.startswith("M")
    assert "approximate" in result.caption + korea.__doc__


def test_offset_moves_a_line_sideways_by_the_distance():
    moved = korea.offset([(0.0, 0.0), (10.0, 0.0)], 2.0)
    assert moved == [(0.0, 2.0), (10.0, 2.0)]


def _build_script():
    path = ROOT / "scripts" / "build-geodata"
    loader = importlib.machinery.SourceFileLoader("build_geodata", str(path))
    spec = importlib.util.spec_from_loader("build_geodata", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_committed_geodata_is_what_the_build_script_makes_from_the_pinned_package():
    script = _build_script()
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["world-atlas"]
    data = json.loads(geodata.DATA.read_text())
    assert data["source"] == {"package": "world-atlas", "version": pinned}
    assert "public domain" in data["about"] and "ISC" in data["about"]
    assert geodata.DATA.read_text() == script.serialise(script.build())


def test_topojson_arcs_are_decoded_from_quantized_deltas():
    script = _build_script()
    topology = {
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, -4]]],
    }
    arcs = script.decode_arcs(topology)
    assert arcs[0] == [(10, 20), (11, 20), (11, 21)]
    assert arcs[1] == [(11, 21), (10, 20)]
    assert script.ring([0, 1], arcs) == [(10, 20), (11, 20), (11, 21), (10, 20)]
    assert script.ring([~1], arcs) == [(10, 20), (11, 21)]
