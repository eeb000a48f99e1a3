"""The home page: featured and latest articles, "on this day", a curated timeline, turning
points and the largest alliances."""

from django.utils import timezone
from django.views.generic import TemplateView

from alliances.selectors import largest_alliances
from articles.selectors import public_articles
from timeline.models import Timeline
from timeline.selectors import on_this_day, turning_points

FEATURED_COUNT = 3
LATEST_COUNT = 6
ON_THIS_DAY_COUNT = 4
TURNING_POINTS_COUNT = 5
ALLIANCE_COUNT = 4


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        articles = public_articles()
        featured = list(articles.filter(featured=True)[:FEATURED_COUNT])
        latest = list(articles.exclude(pk__in=[a.pk for a in featured])[:LATEST_COUNT])
        anniversaries, exact = on_this_day(timezone.localdate(), ON_THIS_DAY_COUNT)
        return super().get_context_data(
            featured=featured,
            latest=latest,
            on_this_day=anniversaries,
            on_this_day_exact=exact,
            timeline=Timeline.objects.public().order_by("title").first(),
            turning_points=turning_points(TURNING_POINTS_COUNT),
            alliances=largest_alliances(ALLIANCE_COUNT),
            **kwargs,
        )
