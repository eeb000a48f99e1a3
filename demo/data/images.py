"""Library images of the demo: diagrams the site draws itself (``demo/drawings.py``), each
with honest alt text, caption, credit and licence. Facts: the Armistice Agreement, Article I,
paragraph 1, puts the edges of the DMZ 2 km from the Military Demarcation Line on each side;
NASA Earth Observatory (Image of the Day, 28 July 2003) gives its length."""

IMAGES = [
    {
        "slug": "dmz-schematic",
        "drawing": "dmz-schematic",
        "title": "The Korean Demilitarized Zone in cross-section",
        "alt_text": (
            "Diagram of a shaded band with the Military Demarcation Line dashed along its "
            "middle; the band's northern and southern edges are each 2 km from the line, so "
            "the zone is about 4 km wide."
        ),
        "caption": (
            "Schematic, not to scale. The Military Demarcation Line runs along the middle of "
            "the zone; its edges lie 2 km north and 2 km south of the line (Armistice "
            "Agreement, 1953, Article I, paragraph 1), making it about 4 km wide. It runs "
            "about 250 km across the peninsula (NASA Earth Observatory, 2003)."
        ),
        "credit": "Diagram: Armistice editors",
        "licence": "CC BY 4.0",
        "source_url": "",
    },
]
