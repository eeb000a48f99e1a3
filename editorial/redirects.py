"""Old addresses keep working: a renamed item's old URL answers 301 to its current one, forever.

No redirect table to maintain: django-simple-history already keeps every slug an item ever
had in its revisions. The middleware only looks when a slug-addressed detail route answered 404
(so normal requests cost nothing), finds which item had that slug, and redirects to the same
route with the item's current slug if readers may see it. Drafts are never redirected to.
"""

from functools import cache

from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from simple_history.utils import get_history_model_for_model

from armistice_site import registry


@cache
def routes() -> dict[str, type[models.Model]]:
    """Detail routes addressed by slug — each revisioned content type's page and API item —
    and the model whose slug they carry (only revisions remember old slugs)."""
    return {
        route: entry.model
        for entry in registry.entries()
        if entry.revisioned
        for route in entry.slug_routes()
    }


def current_slug(model: type[models.Model], old_slug: str) -> str | None:
    """The slug now used by the public item that once had ``old_slug``, or None.

    If several items had that slug over time (before retired slugs were refused), the one that
    held it most recently wins."""
    history = get_history_model_for_model(model)
    owners = (
        history.objects.filter(slug=old_slug)
        .order_by("-history_date", "-history_id")
        .values_list("id", flat=True)
    )
    seen = set()
    for pk in owners:
        if pk in seen:
            continue
        seen.add(pk)
        item = model._default_manager.filter(pk=pk).first()
        if item is None or item.slug == old_slug:
            continue
        is_public = getattr(item, "is_public", None)
        if is_public is None or is_public():
            return item.slug
    return None


class RenamedSlugRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        return self.redirect_for(request) or response

    def redirect_for(self, request: HttpRequest) -> HttpResponse | None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        model = routes().get(match.view_name)
        old_slug = match.kwargs.get("slug")
        if model is None or not old_slug:
            return None
        new_slug = current_slug(model, old_slug)
        if new_slug is None:
            return None
        try:
            location = reverse(
                match.view_name, args=match.args, kwargs={**match.kwargs, "slug": new_slug}
            )
        except NoReverseMatch:
            return None
        if request.META.get("QUERY_STRING"):
            location = f"{location}?{request.META['QUERY_STRING']}"
        return HttpResponsePermanentRedirect(location)
