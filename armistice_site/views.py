"""Site-wide reader pages: the home page, search and robots.txt. These sit above the three
apps, so they may import all of them."""

import datetime

from django.conf import settings
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractDay, ExtractMonth
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from alliances.models import Alliance
from armistice_site.paging import LIST_DEFERRED, CachedCountPaginator, count_key
from armistice_site.precision import Precision
from armistice_site.site_search import normalise_query, run_search
from articles.views import public_articles
from timeline.models import Event, Timeline

FEATURED_COUNT = 3
LATEST_COUNT = 6
ON_THIS_DAY_COUNT = 4
SEARCH_PAGE_SIZE = 10


def day_of_year_key(month: int, day: int) -> int:
    return month * 100 + day


def calendar_distance(a: datetime.date, b: datetime.date) -> int:
    """Days between two month-day pairs around the year, ignoring the years themselves."""
    leap_year = 2000  # every 29 February has a place
    first = datetime.date(leap_year, a.month, a.day).timetuple().tm_yday
    second = datetime.date(leap_year, b.month, b.day).timetuple().tm_yday
    gap = abs(first - second)
    return min(gap, 366 - gap)


def on_this_day(today: datetime.date) -> tuple[list[Event], bool]:
    """Public events known to the day whose month and day are today's; when there are none,
    the few whose anniversaries fall nearest to today (either side, across New Year).
    Returns the events and whether they are exact anniversaries."""
    events = (
        Event.objects.public()
        .defer(*LIST_DEFERRED)
        .filter(start_precision=Precision.DAY)
        .annotate(
            anniversary=ExtractMonth("start_date") * 100 + ExtractDay("start_date"),
        )
    )
    key = day_of_year_key(today.month, today.day)
    # Every lookup goes through the ``anniversary`` expression, which timeline's
    # event_anniversary_idx indexes, so none of them reads the whole events table.
    exact = list(
        events.filter(anniversary=key).order_by("-importance", "start_date")[:ON_THIS_DAY_COUNT]
    )
    if exact:
        return exact, True
    later = list(events.filter(anniversary__gt=key).order_by("anniversary")[:ON_THIS_DAY_COUNT])
    earlier = list(events.filter(anniversary__lt=key).order_by("-anniversary")[:ON_THIS_DAY_COUNT])
    candidates = [*later, *earlier]
    if len(later) < ON_THIS_DAY_COUNT:  # the nearest ones ahead may lie past 31 December
        candidates += events.order_by("anniversary")[:ON_THIS_DAY_COUNT]
    if len(earlier) < ON_THIS_DAY_COUNT:  # and the nearest behind before 1 January
        candidates += events.order_by("-anniversary")[:ON_THIS_DAY_COUNT]
    unique = {event.pk: event for event in candidates}.values()
    nearest = sorted(
        unique, key=lambda event: (calendar_distance(event.start_date, today), event.start_date)
    )
    return nearest[:ON_THIS_DAY_COUNT], False


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        articles = public_articles()
        featured = list(articles.filter(featured=True)[:FEATURED_COUNT])
        latest = list(articles.exclude(pk__in=[a.pk for a in featured])[:LATEST_COUNT])
        anniversaries, exact = on_this_day(timezone.localdate())
        return super().get_context_data(
            featured=featured,
            latest=latest,
            on_this_day=anniversaries,
            on_this_day_exact=exact,
            timeline=Timeline.objects.public().order_by("title").first(),
            turning_points=Event.objects.public()
            .defer(*LIST_DEFERRED)
            .filter(importance__gte=4)
            .order_by("-importance", "start_date")[:5],
            alliances=public_alliance_teaser(),
            **kwargs,
        )


def public_alliance_teaser() -> QuerySet:
    return (
        Alliance.objects.public()
        .defer(*LIST_DEFERRED)
        .annotate(member_count=Count("memberships__country", distinct=True))
        .order_by("-member_count", "signed_on")[:4]
    )


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
