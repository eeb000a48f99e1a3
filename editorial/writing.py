"""The writing view's server side, for editors only (behind the admin login): a live preview
of Markdown rendered by the site's own renderer and sanitiser, and a search of the site's
content for the editor's "link to content" and "image" buttons. Both answer JSON and change
nothing."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET, require_POST

from armistice_site import references, registry
from armistice_site.markdown import render_markdown
from armistice_site.publishing import Publishable
from editorial import workflow

#: A preview is for one body at a time; a larger post is refused before it is rendered.
MAX_PREVIEW_CHARS = 200_000
RESULTS = 10


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status)
    add_never_cache_headers(response)
    return response


def may_write(user) -> bool:
    """Anyone who may change some kind of content may preview and search."""
    return any(workflow.has_perm(user, entry.model, "change") for entry in registry.entries())


@require_POST
def markdown_preview(request: HttpRequest) -> JsonResponse:
    """``text`` rendered as readers would see it, with its word count, reading time and the
    references that point at nothing."""
    if not may_write(request.user):
        raise PermissionDenied
    text = request.POST.get("text", "")
    if len(text) > MAX_PREVIEW_CHARS:
        return _json({"error": "The text is too long to preview."}, status=400)
    rendered = render_markdown(text)
    expanded = references.expand(rendered.html)
    return _json(
        {
            "html": expanded.html,
            "words": rendered.word_count,
            "minutes": rendered.reading_minutes,
            "problems": expanded.problems,
        }
    )


def _title_field(model) -> str:
    entry = registry.get(model)
    if entry and entry.search:
        return entry.search.title
    names = {f.name for f in model._meta.concrete_fields}
    return next(name for name in ("title", "name", "slug") if name in names)


@require_GET
def content_search(request: HttpRequest) -> JsonResponse:
    """Items whose title or slug contains ``q``: for a link, every type with a reader page
    (``kind=link``); for ``kind=<reference kind>`` (e.g. ``image``, once a media library
    registers one), items of that type, inserted as ``[[kind:slug]]``."""
    if not may_write(request.user):
        raise PermissionDenied
    query = request.GET.get("q", "").strip()[:100]
    kind = request.GET.get("kind", "link")
    if len(query) < 2:
        return _json({"results": []})
    results = []
    for entry in registry.entries():
        if kind == "link" and not entry.url_name:
            continue
        if kind != "link" and entry.name != kind:
            continue
        model = entry.model
        title = _title_field(model)
        rows = model._default_manager.filter(Q(**{f"{title}__icontains": query}) | Q(slug=query))
        for row in rows.order_by(title)[:RESULTS]:
            status = row.get_status_display() if isinstance(row, Publishable) else ""
            results.append(
                {
                    "title": str(row),
                    "type": str(model._meta.verbose_name),
                    "status": status,
                    "url": row.get_absolute_url() if entry.url_name else "",
                    "reference": f"[[{kind}:{row.slug}]]" if kind != "link" else "",
                }
            )
    return _json({"results": results[:RESULTS]})


def reference_kinds() -> list[str]:
    """The reference kinds the editor offers buttons for (an image library, once there is one)."""
    names = {entry.name for entry in registry.entries()}
    return [name for name in ("image",) if references.is_registered(name) and name in names]
