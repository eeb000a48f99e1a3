"""Page-number pagination for every API list."""

from functools import partial

from rest_framework.pagination import PageNumberPagination

from armistice_site.paging import CachedCountPaginator, count_key


class PagePagination(PageNumberPagination):
    """``?page=`` and ``?page_size=`` (default 20). A ``page_size`` above 100 is cut to 100
    rather than refused, so a client asking for "everything" still gets a useful answer;
    a page past the end is a JSON 404. ``count`` is cached per content generation
    (``armistice_site.paging``), so a list of 100 000 rows is not counted on every request;
    a view with ``keyed_pages`` has its pages chosen by key there too."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        self.django_paginator_class = partial(
            CachedCountPaginator,
            count_key=count_key(request),
            keyed=getattr(view, "keyed_pages", False),
        )
        return super().paginate_queryset(queryset, request, view)
