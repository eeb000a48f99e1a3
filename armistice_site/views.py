"""Site-wide reader pages that belong to no content app: search (over every searchable type,
through the registry), robots.txt and the benchmark's constant response."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from armistice_site.paging import CachedCountPaginator, count_key
from armistice_site.site_search import normalise_query, run_search

SEARCH_PAGE_SIZE = 10


class SearchView(TemplateView):
    """``/search/?q=``: one ranked list over articles, alliances and events. An empty query or
    one with no letters or digits gets the search form with a hint, never an error."""

    template_name = "search.html"

    def get_context_data(self, **kwargs):
        raw = self.request.GET.get("q", "")
        query = normalise_query(raw)
        context = super().get_context_data(raw_query=raw, query=query, **kwargs)
        if query:
            paginator = CachedCountPaginator(
                run_search(query), SEARCH_PAGE_SIZE, count_key=count_key(self.request)
            )
            page = paginator.get_page(self.request.GET.get("page"))
            context.update(page_obj=page, paginator=paginator, hits=page.object_list)
        context["noindex"] = True  # result pages are not content of their own
        return context


ROBOTS_TXT = """User-agent: *
Disallow: /admin/
Disallow: /search/
Allow: /

Sitemap: {sitemap}
"""


@require_GET
@cache_page(60 * 60)
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("site:sitemap"))
    return HttpResponse(ROBOTS_TXT.format(sitemap=sitemap), content_type="text/plain")


@require_GET
def bench_ceiling(request: HttpRequest) -> HttpResponse:
    """A constant answer through the whole middleware stack: the fastest response this
    deployment can give, which ``make bench`` measures every URL against. It exists only
    while ``BENCH_CEILING`` is on (the benchmark's own servers)."""
    if not settings.BENCH_CEILING:
        raise Http404
    return HttpResponse("ok\n", content_type="text/plain")
