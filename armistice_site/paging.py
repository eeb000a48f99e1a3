"""Forgiving pagination for reader pages: a page number that is not a number, below one or past
the end shows the nearest real page instead of an error, so a mistyped or stale link still
lands somewhere useful."""

from django.core.paginator import Paginator


class LenientPaginationMixin:
    """Replaces ``MultipleObjectMixin.paginate_queryset``, which raises 404 on a bad page."""

    def paginate_queryset(self, queryset, page_size):
        paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
