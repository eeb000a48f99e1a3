"""Values every reader page's layout needs."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    """The site's name and this page's canonical address (path only: query strings such as
    filters and page numbers are variations of the same page for search engines)."""
    return {
        "site_name": settings.SITE_NAME,
        "canonical_url": request.build_absolute_uri(request.path),
    }
