"""``[[term:slug]]`` in a body: the term's name, marked as a defined term like its first use in
an article (see ``glossary.marking``). Only public terms are shown."""

from armistice_site.references import Reference
from glossary.marking import term_markup
from glossary.models import GlossaryTerm


def resolve_terms(refs: list[Reference]) -> dict[Reference, str]:
    found = GlossaryTerm.objects.public().in_bulk([ref.slug for ref in refs], field_name="slug")
    return {
        ref: term_markup(found[ref.slug], found[ref.slug].term, f"term-{ref.slug}-ref")
        for ref in refs
        if ref.slug in found
    }
