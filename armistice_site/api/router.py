"""URLs of the JSON API, included at ``/api/`` with the namespace ``api``.

Version 1 lives under ``v1/``: one router registers the resource of every registered content
type that declares one (``armistice_site.registry``), with its explicit ``basename`` (so URL
names read ``api:article-detail``), then the search, the OpenAPI schema and its interactive
docs. The last route answers any other ``/api/`` path with JSON 404."""

from django.urls import include, path, re_path
from django.utils.module_loading import import_string
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from armistice_site import registry
from armistice_site.api.exceptions import not_found
from armistice_site.api.search import SearchView

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
for entry in registry.entries():
    if entry.api is not None:
        router.register(entry.api.prefix, import_string(entry.api.viewset), entry.api.basename)

urlpatterns = [
    path("v1/search/", SearchView.as_view(), name="search"),
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/", include(router.urls)),
    re_path(r"^(?P<path>[\s\S]*)$", not_found, name="not-found"),  # newlines too
]
