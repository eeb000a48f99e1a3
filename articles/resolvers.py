"""``[[source:slug]]`` in a body: a full citation of the source, linked to its page. In a
footnote the author writes the locator after it: ``[^1]: [[source:slug]], p. 412.``"""

from django.utils.html import format_html

from armistice_site import citations
from armistice_site.references import Reference
from articles.models import Source
from editorial.redirects import current_slug


def resolve_sources(refs: list[Reference]) -> dict[Reference, str]:
    """A source renamed since the body was written is still found by its old slug."""
    slugs = {ref.slug for ref in refs}
    found = Source.objects.in_bulk(slugs, field_name="slug")
    for slug in slugs - found.keys():
        renamed = current_slug(Source, slug)
        if renamed is not None and (source := Source.objects.filter(slug=renamed).first()):
            found[slug] = source
    return {
        ref: format_html(
            '<a class="citation" href="{}">{}</a>',
            found[ref.slug].get_absolute_url(),
            citations.note(found[ref.slug].csl()),
        )
        for ref in refs
        if ref.slug in found
    }
