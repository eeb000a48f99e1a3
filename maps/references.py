"""``[[map:…]]`` in an article body: a map the site draws, as a ``<figure>`` with its caption.

The maps are drawn from committed data, not from content, so no content write needs to render
a body that shows one again. A map reference must stand alone in its paragraph (a block)."""

from django.template.loader import render_to_string

from armistice_site.references import Reference
from maps.korea import korea_map

#: Slug → what draws it (a function of no arguments returning the template's context).
MAPS = {
    "korean-peninsula": ("maps/korea_map.html", lambda: {"korea": korea_map()}),
}


def resolve_maps(refs: list[Reference]) -> dict[Reference, str]:
    shown = {}
    for ref in refs:
        if ref.block and ref.slug in MAPS:
            template, context = MAPS[ref.slug]
            shown[ref] = render_to_string(template, {**context(), "map_id": f"map-{ref.slug}"})
    return shown
