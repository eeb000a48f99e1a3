"""An API list's items, each rendered once and reused until something it shows is written.

The page cache keeps whole answers, but many list requests are answered afresh: every filter
or search (they depend on every write), every page after any content write, and the first
request for each page. Yet the items such a page shows are mostly those other pages showed
too: an article appears on its topic's pages, its tags' pages and the plain list. Loading each
item's related rows and formatting it with DRF was most of an uncached API list
(bench/profile.md). So each item's list shape is stored in the shared cache against the
versions of the rows it shows (``armistice_site.dependencies``): the item itself and every
content row loaded with it (its topic, tags, authors). A list page reads its items' shapes in
one round trip and loads related rows and formats only the items not found, or whose rows
were written since (a write moves the written row's version; adding or removing a link moves
the item's).

- Only anonymous JSON reads of the whole shape use it, with the plain addresses of
  ``representation.py``: the shape's key holds the serializer's fields, the scheme, host,
  script prefix, URLconf, language and time zone. Clients that read drafts, ``?fields=``
  and the browsable API render as ever.
- Nothing is stored from a request during which any content write happened (the content
  epoch moved since before the page was read), as for the page cache.
- A page-cache entry for the list still depends on every row a reused item shows: those rows
  are noted for it as if they had been loaded.
- While the cache is away every item is rendered, as before.

The answer is the one DRF gives: tests/armistice_site/api/test_fast_paths.py compares every
list with this cache off, and tests/armistice_site/api/test_item_cache.py writes each kind of
row an item shows and reads the lists again."""

import hashlib
from functools import cache as once

from django.db.models import Model
from django.urls import get_script_prefix, get_urlconf
from django.utils import timezone, translation
from rest_framework.settings import api_settings

from armistice_site import dependencies, registry
from armistice_site.api.fields import FIELDS_PARAM
from armistice_site.reader_lane import is_anonymous_read


def shown_rows(item: Model) -> set[str]:
    """``label:pk`` of a content item and of every content row loaded with it (selected
    foreign keys and prefetched lists, at any depth): what its representation can show."""
    content = registry.content_models()
    found, seen, todo = set(), set(), [item]
    while todo:
        row = todo.pop()
        if id(row) in seen:
            continue
        seen.add(id(row))
        if type(row) in content and row.pk is not None:
            found.add(f"{dependencies.label_of(type(row))}:{row.pk}")
        todo.extend(value for value in row._state.fields_cache.values() if value is not None)
        for rows in getattr(row, "_prefetched_objects_cache", {}).values():
            todo.extend(rows)
    return found


@once
def _fields_of(serializer_class: type) -> str:
    return f"{serializer_class.__module__}.{serializer_class.__qualname__}:" + ",".join(
        serializer_class().fields
    )


def _plain(value):
    """``value`` with plain strings for DRF's ``Hyperlink`` (a string that holds the model
    instance it names): the same JSON, small to store."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, str) and type(value) is not str:
        return str(value)
    return value


class ItemCache:
    """The stored list shapes of one request's items. ``for_view`` before the page is read."""

    def __init__(self, view, epoch: int):
        self.view = view
        self.epoch = epoch
        request = view.request
        context = "|".join(
            (
                _fields_of(view.get_serializer_class()),
                request.build_absolute_uri("/"),
                get_script_prefix(),
                str(get_urlconf()),
                translation.get_language() or "",
                timezone.get_current_timezone_name(),
            )
        )
        self.prefix = "item:" + hashlib.sha256(context.encode()).hexdigest()[:32]

    @classmethod
    def for_view(cls, view) -> "ItemCache | None":
        """The cache for this list request, or None if its items are rendered as ever."""
        request = view.request
        if (
            not is_anonymous_read(request._request)
            or request.user.is_authenticated
            or getattr(request.accepted_renderer, "format", None) != "json"
            or getattr(request, "versioning_scheme", None) is not None
            or getattr(view, "format_kwarg", None)
            or api_settings.URL_FORMAT_OVERRIDE in request.query_params
            or FIELDS_PARAM in request.query_params  # the serializer checks the names asked for
        ):
            return None
        epoch = dependencies.epoch_before_render()
        return None if epoch is None else cls(view, epoch)

    def represent(self, page: list[Model]) -> list:
        """The representations of ``page`` in order: stored ones where current, the others
        rendered (``view.load_page`` first) and stored."""
        keys = [f"{self.prefix}:{item.pk}" for item in page]
        found = dependencies.current_values(keys)
        for rows, _ in found.values():
            dependencies.depend_on_rows(rows)
        missing = [item for item, key in zip(page, keys, strict=True) if key not in found]
        if missing:
            self.view.load_page(missing)
            data = self.view.get_serializer(missing, many=True).data
            rendered = {
                item.pk: (shown_rows(item), _plain(shape))
                for item, shape in zip(missing, data, strict=True)
            }
            self._store(rendered)
            found.update({f"{self.prefix}:{pk}": entry for pk, entry in rendered.items()})
        return [found[key][1] for key in keys]

    def _store(self, rendered: dict) -> None:
        every = sorted({row for rows, _ in rendered.values() for row in rows})
        keys = [dependencies.item_key(*row.split(":", 1)) for row in every]
        versions = dependencies.settled_versions(keys, self.epoch)
        if versions is None:
            return
        entries = {}
        for pk, (rows, shape) in rendered.items():
            wanted = [dependencies.item_key(*row.split(":", 1)) for row in rows]
            stored = {key: versions[key] for key in (*wanted, dependencies.EVERYTHING_KEY)}
            entries[f"{self.prefix}:{pk}"] = (stored, (rows, shape))
        dependencies.store_values(entries)
