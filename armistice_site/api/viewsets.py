"""Base viewsets for reading: resources looked up by slug, and publishable resources whose
drafts only permitted clients see. The write side (``editorial.api``) builds on these.

Subclasses declare ``get_base_queryset()`` (the rows and their select/prefetch plan) and
the serializers; visibility and conditional GETs live here."""

from django.db.models import Model, QuerySet
from rest_framework import viewsets
from rest_framework.permissions import AllowAny

from armistice_site.api.conditional import ConditionalGetMixin
from armistice_site.api.item_cache import ItemCache
from armistice_site.api.permissions import can_read_unpublished


class ReadViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """A resource looked up by slug, with a short list shape and a full detail shape.

    Reading needs no permission, and a read-only resource answers any write with 405."""

    permission_classes = [AllowAny]
    lookup_field = "slug"
    list_serializer_class = None
    keyed_pages = False  # see armistice_site.paging.CachedCountPaginator
    #: Keep each list item's representation (armistice_site/api/item_cache.py): for list
    #: shapes that show only the item and rows ``load_page`` loads with it.
    cached_items = False

    def get_base_queryset(self) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet:
        return self.get_base_queryset()

    def get_serializer_class(self):
        if self.action == "list" and self.list_serializer_class is not None:
            return self.list_serializer_class
        return self.serializer_class

    def get_object(self) -> Model:
        obj = super().get_object()
        self.shown_objects = [obj]
        return obj

    def list(self, request, *args, **kwargs):
        """DRF's list, every list paged (``DEFAULT_PAGINATION_CLASS``), with ``load_page``
        and the item cache."""
        items = ItemCache.for_view(self) if self.cached_items else None
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        if items is not None:
            return self.get_paginated_response(items.represent(page))
        self.load_page(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.shown_objects = page or []
        return page

    def load_page(self, items: list) -> None:
        """Load what the list shape shows besides the items (related rows in one statement,
        where ``get_base_queryset`` does not prefetch them)."""


class PublishableReadViewSet(ReadViewSet):
    """Anonymous clients see ``.public()`` rows only; an authenticated client with the
    model's view or change permission also sees drafts and scheduled items (explicit
    branch, responses to it are never cached: see ConditionalGetMixin)."""

    def get_queryset(self) -> QuerySet:
        queryset = self.get_base_queryset()
        if can_read_unpublished(self.request.user, queryset.model):
            return queryset
        return queryset.public()
