"""Page-number pagination for every API list."""

from rest_framework.pagination import PageNumberPagination


class PagePagination(PageNumberPagination):
    """``?page=`` and ``?page_size=`` (default 20). A ``page_size`` above 100 is cut to 100
    rather than refused, so a client asking for "everything" still gets a useful answer;
    a page past the end is a JSON 404."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
