"""Pagination for reader pages and the API.

Forgiving page numbers: on reader pages a page number that is not a number, below one or past
the end shows the nearest real page instead of an error, so a mistyped or stale link still
lands somewhere useful.

Counts that are not recomputed on every request: "page 3 of 5 000" needs the total, and
``COUNT(*)`` over 100 000 public articles costs more than the page itself. The total is kept
in the cache per content epoch (``armistice_site.dependencies``: it moves on every content
write), so any content write recounts, and for at most ``CACHE_SECONDS`` otherwise (a
scheduled item going live). A page that takes its total from the cache still depends on the
counted table (the page cache must know the page shows it)."""

import hashlib
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpRequest

from armistice_site import dependencies

PAGE_PARAMETERS = frozenset({"page", "page_size"})


def count_key(request: HttpRequest) -> str:
    """What decides a list's total: its path, its filters and who asks (an API client with
    permissions also counts drafts), but not the page being shown."""
    user = getattr(request, "user", None)
    who = f"user-{user.pk}" if user is not None and user.is_authenticated else "anonymous"
    filters = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name not in PAGE_PARAMETERS
        for value in values
    )
    text = repr((request.path, filters, who))
    return hashlib.sha256(text.encode()).hexdigest()


class CachedCountPaginator(Paginator):
    """A ``Paginator`` whose total comes from the cache when this list was counted before
    in the current content epoch."""

    def __init__(self, object_list, per_page, *, count_key: str, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        model = getattr(self.object_list, "model", None)
        if model is not None:
            dependencies.depend_on_table(model)
        key = f"count:{dependencies.ensure_epoch()}:{self.count_key}"
        total = cache.get(key)
        if total is None:
            total = super().count
            cache.set(key, total, settings.CACHE_SECONDS)
        return total


class LenientPaginationMixin:
    """Replaces ``MultipleObjectMixin.paginate_queryset``, which raises 404 on a bad page."""

    def paginate_queryset(self, queryset, page_size):
        paginator = CachedCountPaginator(
            queryset, page_size, allow_empty_first_page=True, count_key=count_key(self.request)
        )
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
