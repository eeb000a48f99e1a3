"""Diagrams the demo content shows, drawn by the site itself with Pillow when the demo loads
(no downloaded picture, nothing fetched): each function returns PNG bytes."""

import io

from PIL import Image, ImageDraw, ImageFont

INK, PAPER, ZONE, LINE = "#1f2933", "#ffffff", "#d9e2ec", "#b42318"


def dmz_schematic() -> bytes:
    """The Korean DMZ in cross-section, not to scale: the Military Demarcation Line in the
    middle, the zone's edges 2 km north and 2 km south of it (Armistice Agreement, Article I,
    paragraph 1), about 4 km in all."""
    width, height = 1600, 900
    picture = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(picture)
    title = ImageFont.load_default(size=44)
    label = ImageFont.load_default(size=32)
    small = ImageFont.load_default(size=26)
    left, right = 120, 1300
    north, mdl, south = 260, 450, 640
    draw.text((left, 60), "The Korean Demilitarized Zone (schematic, not to scale)", INK, title)
    draw.text((left, 170), "NORTH", INK, label)
    draw.text((left, 700), "SOUTH", INK, label)
    draw.rectangle((left, north, right, south), fill=ZONE)
    draw.line((left, north, right, north), INK, 4)
    draw.line((left, south, right, south), INK, 4)
    for x in range(left, right, 60):  # the demarcation line, dashed
        draw.line((x, mdl, min(x + 36, right), mdl), LINE, 8)
    draw.text((left + 20, north + 20), "Northern boundary: 2 km north of the MDL", INK, small)
    draw.text((left + 20, mdl - 50), "Military Demarcation Line (MDL)", LINE, label)
    draw.text((left + 20, south - 50), "Southern boundary: 2 km south of the MDL", INK, small)
    arrow = right + 90
    draw.line((arrow, north, arrow, south), INK, 4)
    for tip, step in ((north, 20), (south, -20)):
        draw.polygon([(arrow, tip), (arrow - 14, tip + step), (arrow + 14, tip + step)], INK)
    draw.text((arrow + 24, mdl - 40), "about", INK, small)
    draw.text((arrow + 24, mdl - 8), "4 km", INK, label)
    draw.text(
        (left, 780),
        "About 250 km long, from the Han River estuary in the west to the east coast",
        INK,
        small,
    )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


DRAWINGS = {"dmz-schematic": dmz_schematic}
