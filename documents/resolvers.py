"""``[[document:slug]]`` in a body: a full citation of a public document, linked to its page.
In a footnote the author writes the locator after it: ``[[document:slug]], Article II``."""

from django.utils.html import format_html

from armistice_site import citations
from armistice_site.references import Reference
from documents.models import Document
from editorial.redirects import current_slug


def resolve_documents(refs: list[Reference]) -> dict[Reference, str]:
    """Only public documents are cited; a draft or scheduled one stays plain text (and the
    body is rendered again when it goes live)."""
    slugs = {ref.slug for ref in refs}
    found = Document.objects.public().in_bulk(slugs, field_name="slug")
    for slug in slugs - found.keys():  # renamed since the body was written
        renamed = current_slug(Document, slug)
        if renamed is not None and (document := Document.objects.filter(slug=renamed).first()):
            found[slug] = document
    shown = {}
    for ref in refs:
        document = found.get(ref.slug)
        if document is None:
            continue
        shown[ref] = format_html(
            '<a class="citation" href="{}">{}</a>',
            document.get_absolute_url(),
            citations.note(document.csl()),
        )
    return shown
