"""URLs of the JSON API, included at ``/api/`` with the namespace ``api``.

Version 1 lives under ``v1/``: one router registers every resource with an explicit
``basename`` (so URL names read ``api:article-detail``), then the search, the OpenAPI schema
and its interactive docs. The last route answers any other ``/api/`` path with JSON 404."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from alliances.api import AllianceViewSet, CountryViewSet, MembershipViewSet
from armistice_site.api.exceptions import not_found
from armistice_site.api.search import SearchView
from articles.api import ArticleViewSet, SourceViewSet, TagViewSet, TopicViewSet
from timeline.api import EventViewSet, TimelineViewSet

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("articles", ArticleViewSet, basename="article")
router.register("topics", TopicViewSet, basename="topic")
router.register("tags", TagViewSet, basename="tag")
router.register("sources", SourceViewSet, basename="source")
router.register("countries", CountryViewSet, basename="country")
router.register("alliances", AllianceViewSet, basename="alliance")
router.register("memberships", MembershipViewSet, basename="membership")
router.register("events", EventViewSet, basename="event")
router.register("timelines", TimelineViewSet, basename="timeline")

urlpatterns = [
    path("v1/search/", SearchView.as_view(), name="search"),
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/", include(router.urls)),
    re_path(r"^(?P<path>.*)$", not_found, name="not-found"),
]
