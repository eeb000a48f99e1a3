from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from armistice_site.health import healthz
from armistice_site.media import serve_media
from armistice_site.views import bench_ceiling

urlpatterns = [
    # First, like the only route of bench/bare.py: the benchmark's constant response measures
    # the middleware stack, not how far down this list a route happens to sit.
    path("bench/ceiling", bench_ceiling, name="bench-ceiling"),
    path("admin/", admin.site.urls),
    path("api/", include("armistice_site.api.router")),
    path("healthz", healthz, name="healthz"),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"),
    path("", include("articles.urls")),
    path("", include("people.urls")),
    path("", include("documents.urls")),
    path("", include("glossary.urls")),
    path("", include("alliances.urls")),
    path("", include("timeline.urls")),
    path("", include("armistice_site.site_urls")),
]
