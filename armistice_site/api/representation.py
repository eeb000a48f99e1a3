"""A read serializer's ``to_representation`` planned once per serializer, not worked out for
every field of every item.

DRF's ``Serializer.to_representation`` asks each field for its attribute through two layers
of generic lookups and each hyperlink field for the request, format and versioning scheme
through the serializer tree's context, for every item; on an API list of twenty articles,
about 140 summaries, that indirection is most of the serialising (bench/profile.md). The
answers to those questions do not change between the items one serializer formats (a list's
one child serializer formats them all), so ``PlannedRepresentationMixin`` works out once, per
serializer, how each field is read:

- a field whose source is one plain attribute is read with ``getattr``; anything unusual about
  the value (a callable other than a related manager, a missing attribute or related row)
  goes to the field's own ``get_attribute``, which answers as DRF does;
- a link to the item itself (a field with ``self_link``: ``ApiUrlField``, ``WebUrlField``) is
  made from the request's ``Links``, when the request asks for nothing that changes links (a
  format, a versioning scheme, the ``?format=`` override); otherwise the field makes it as
  always;
- every other field (method fields, related fields, dotted sources) goes through DRF's own
  steps.

The output is DRF's, byte for byte: tests/armistice_site/api/test_fast_paths.py compares every
list and item of the demo content with this plan swapped for DRF's method."""

from collections.abc import Mapping

from django.db.models.manager import BaseManager
from rest_framework.fields import Field, SkipField
from rest_framework.relations import PKOnlyObject
from rest_framework.settings import api_settings

from armistice_site import links

ATTRIBUTE, SELF_LINK, OTHER = range(3)
#: The value is the field's to find: DRF's ``get_attribute`` answers (or raises) as ever.
_ASK_FIELD = object()


class PlannedRepresentationMixin:
    def to_representation(self, instance):
        if isinstance(instance, Mapping):
            return super().to_representation(instance)
        plan = self.__dict__.get("_plan")
        if plan is None:
            plan = self.__dict__["_plan"] = _plan(self)
        ret = {}
        for name, kind, field, read in plan:
            if kind == SELF_LINK:
                ret[name] = read(instance)
                continue
            value = _ASK_FIELD
            if kind == ATTRIBUTE:
                try:
                    value = getattr(instance, read)
                except Exception:
                    value = _ASK_FIELD
                if callable(value) and not isinstance(value, BaseManager):
                    value = _ASK_FIELD
            if value is _ASK_FIELD:
                try:
                    value = field.get_attribute(instance)
                except SkipField:
                    continue
            check = value.pk if isinstance(value, PKOnlyObject) else value
            ret[name] = None if check is None else field.to_representation(value)
        return ret


def _plan(serializer) -> list[tuple]:
    request = serializer.context.get("request")
    request_links = _plain_links(serializer, request)
    plan = []
    for field in serializer._readable_fields:
        read = _self_link(field, request_links)
        if read is not None:
            plan.append((field.field_name, SELF_LINK, field, read))
        elif (
            type(field).get_attribute is Field.get_attribute
            and field.source != "*"
            and len(field.source_attrs) == 1
        ):
            plan.append((field.field_name, ATTRIBUTE, field, field.source_attrs[0]))
        else:
            plan.append((field.field_name, OTHER, field, None))
    return plan


def _plain_links(serializer, request) -> "links.Links | None":
    """The request's ``Links`` when its links are the items' plain absolute addresses."""
    if (
        request is None
        or serializer.context.get("format")
        or getattr(request, "versioning_scheme", None) is not None
        or api_settings.URL_FORMAT_OVERRIDE in request.GET
    ):
        return None
    return links.for_request(request)


def _self_link(field, request_links):
    """How to make ``field``'s link to the item itself, or None to let the field make it."""
    make = getattr(field, "self_link", None)
    if request_links is None or make is None or field.source != "*":
        return None
    return make(request_links)
