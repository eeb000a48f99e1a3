"""Pagination for reader pages and the API.

Forgiving page numbers: on reader pages a page number that is not a number, below one or past
the end shows the nearest real page instead of an error, so a mistyped or stale link still
lands somewhere useful.

Counts that are not recomputed on every request: "page 3 of 5 000" needs the total, and
``COUNT(*)`` over 100 000 public articles costs more than the page itself. The total is kept
in the cache per content epoch (``armistice_site.dependencies``: it moves on every content
write), so any content write recounts, and for at most ``CACHE_SECONDS`` otherwise (a
scheduled item going live). A page that takes its total from the cache still depends on the
counted table (the page cache must know the page shows it).

Pages chosen by key (``keyed=True``, for lists whose rows are wide and whose filters have
covering indexes, articles): the page's keys are found first, in one subquery that can read
indexes alone, and only those rows are read whole. A plain ``LIMIT``/``OFFSET`` reads every
row it sorts or skips, the whole of a tag's 800 articles at 100 000, or the first 2 000 on page
100 (bench/profile.md). Same statement count, same rows, same order."""

import hashlib
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
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

    def __init__(self, object_list, per_page, *, count_key: str, keyed: bool = False, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key
        self.keyed = keyed

    @cached_property
    def count(self) -> int:
        model = getattr(self.object_list, "model", None)
        if model is not None:
            dependencies.depend_on_table(model)
        key = f"count:{dependencies.epoch_before_render()}:{self.count_key}"
        total = cache.get(key)
        if total is None:
            total = super().count
            cache.set(key, total, settings.CACHE_SECONDS)
        return total

    def _get_page(self, object_list, number, paginator):
        if self.keyed:
            object_list = by_key(object_list)
        return super()._get_page(object_list, number, paginator)


def by_key(rows):
    """The rows of a sliced queryset, the slice taken over their keys alone: ``WHERE pk IN
    (SELECT pk ... ORDER BY ... LIMIT n OFFSET m)``, ordered as before. The outer query keeps
    every filter, so it cannot show a row the slice would not. Anything else (a list, a
    ``values()`` or ``DISTINCT`` queryset, a union) is returned as it is."""
    if (
        not isinstance(rows, QuerySet)
        or rows._fields is not None
        or rows.query.distinct
        or rows.query.combinator
        or not rows.query.is_sliced
    ):
        return rows
    whole = rows._chain()
    whole.query.clear_limits()
    return whole.filter(pk__in=rows.values("pk"))


class LenientPaginationMixin:
    """Replaces ``MultipleObjectMixin.paginate_queryset``, which raises 404 on a bad page."""

    keyed_pages = False  # see CachedCountPaginator

    def paginate_queryset(self, queryset, page_size):
        paginator = CachedCountPaginator(
            queryset,
            page_size,
            allow_empty_first_page=True,
            count_key=count_key(self.request),
            keyed=self.keyed_pages,
        )
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
