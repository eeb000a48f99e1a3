"""Base serializers: every read shape carries ``url`` and ``api_url``; every write shape
refuses fields it does not accept."""

import copy
from collections.abc import Mapping

from django.urls import NoReverseMatch
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import Field
from rest_framework.relations import Hyperlink
from rest_framework.settings import api_settings
from rest_framework.validators import UniqueValidator

from armistice_site import links
from armistice_site.api.fields import SparseFieldsMixin
from armistice_site.api.representation import PlannedRepresentationMixin


@extend_schema_field(OpenApiTypes.URI)
class WebUrlField(serializers.Field):
    """The absolute URL of the object's page on the website (``get_absolute_url``); with a
    ``source``, the page of that related object instead."""

    def __init__(self, source: str = "*", **kwargs):
        super().__init__(source=source, read_only=True, **kwargs)

    def to_representation(self, value) -> str:
        path = value.get_absolute_url()
        request = self.context.get("request")
        return links.for_request(request).absolute(path) if request else path

    def self_link(self, request_links: links.Links):
        """``to_representation`` of the item, for a request whose links are plain."""
        return lambda item: request_links.absolute(item.get_absolute_url())


class ApiUrlField(serializers.HyperlinkedIdentityField):
    """DRF's identity hyperlink, with the address made by ``armistice_site.links`` (the same
    string ``reverse()`` gives, without reversing each item). DRF makes it the long way when
    the link is not just the item's absolute address: without a request (a relative path), or
    with a format suffix, a versioning scheme or the ``?format=`` override that DRF copies
    into every link."""

    def get_url(self, obj, view_name, request, format):
        if (
            request is None
            or format
            or getattr(request, "versioning_scheme", None) is not None
            or api_settings.URL_FORMAT_OVERRIDE in request.GET
        ):
            return super().get_url(obj, view_name, request, format)
        if hasattr(obj, "pk") and obj.pk in (None, ""):
            return None
        request_links = links.for_request(request)
        slug = getattr(obj, self.lookup_field)
        return request_links.absolute(request_links.path_to(view_name, slug, self.lookup_url_kwarg))

    def self_link(self, request_links: links.Links):
        """``to_representation`` of the item, for a request whose links are plain (no format
        in the context, no versioning scheme, no ``?format=``)."""
        view_name, lookup, kwarg = self.view_name, self.lookup_field, self.lookup_url_kwarg

        def link(item):
            if hasattr(item, "pk") and item.pk in (None, ""):
                return None
            try:
                path = request_links.path_to(view_name, getattr(item, lookup), kwarg)
            except NoReverseMatch:
                return self.to_representation(item)  # raises DRF's ImproperlyConfigured
            return Hyperlink(request_links.absolute(path), item)

        return link


def api_url(view_name: str, lookup_field: str = "slug") -> ApiUrlField:
    return ApiUrlField(view_name=f"api:{view_name}", lookup_field=lookup_field)


# The two classes below have comments, not docstrings: drf-spectacular describes a schema
# component with the first docstring along its serializer's bases, so theirs would describe
# every summary in the published schema.


class FieldsOnceMixin:
    # A ModelSerializer works its fields out of the model (kinds, labels, validators) for every
    # instance: once per request for a list's item shape, once per item for a serializer a
    # method field makes; a sixth of an API detail request. The answer depends on the class
    # alone (no read shape builds fields from its context), so it is worked out on first use
    # and copied for each instance (``_holds_fields``).

    def get_fields(self):
        cls = type(self)
        fields = cls.__dict__.get("_built_fields")
        if fields is None:
            fields = cls._built_fields = {
                name: (field, _holds_fields(field)) for name, field in super().get_fields().items()
            }
        return {
            name: copy.deepcopy(field) if deep else copy.copy(field)
            for name, (field, deep) in fields.items()
        }


def _holds_fields(field) -> bool:
    # A field is bound to the serializer that holds it (``bind`` sets its name, parent and
    # source on the copy). One that holds other fields (a nested serializer, a many-related
    # field, a list field) is copied deeply, as DRF copies it, so that its children are bound
    # to it; any other field is copied shallowly instead of being made again from its
    # arguments with new validators, which was most of the copying. Worked out once per class.
    return isinstance(field, serializers.BaseSerializer) or any(
        isinstance(value, Field) for value in vars(field).values()
    )


class NestedSerializer(PlannedRepresentationMixin, FieldsOnceMixin, serializers.ModelSerializer):
    # A read shape inside another resource's: a summary of a related item, or a row of the
    # item itself. Never trimmed by ``?fields=``.
    pass


class ReadSerializer(
    SparseFieldsMixin, PlannedRepresentationMixin, FieldsOnceMixin, serializers.ModelSerializer
):
    """Top-level read shape of a resource, trimmed by ``?fields=``."""


class WriteSerializer(serializers.ModelSerializer):
    """Input shape for POST/PUT/PATCH.

    DRF ignores keys it does not know, so a misspelt or read-only field would be dropped
    without a word; here each one is a 400 naming it."""

    def build_standard_field(self, field_name, model_field):
        """Leave uniqueness to the model's ``full_clean()`` (run by the services), so a
        duplicate slug gets the same message here as in the admin."""
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        kwargs["validators"] = [
            validator
            for validator in kwargs.get("validators", [])
            if not isinstance(validator, UniqueValidator)
        ]
        return field_class, kwargs

    def to_internal_value(self, data):
        errors = self._unwritable_keys(data)
        if nul := self._nul_keys(data):
            raise serializers.ValidationError({**errors, **nul})
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            raise serializers.ValidationError({**errors, **exc.detail}) from exc
        if errors:
            raise serializers.ValidationError(errors)
        return value

    def _unwritable_keys(self, data) -> dict[str, list[str]]:
        if not isinstance(data, Mapping):
            return {}
        writable = sorted(name for name, field in self.fields.items() if not field.read_only)
        message = f"This field cannot be written. Writable fields: {', '.join(writable)}."
        return {key: [message] for key in data if key not in writable}

    def _nul_keys(self, data) -> dict[str, list[str]]:
        """PostgreSQL can neither store nor compare text holding a NUL character. DRF's text
        fields refuse it, but a related field would look the slug up and fail in the database,
        so NUL anywhere in a value is refused before any field runs."""
        if not isinstance(data, Mapping):
            return {}
        return {key: [NUL_MESSAGE] for key, value in data.items() if holds_nul(value)}


NUL_MESSAGE = "Null characters are not allowed."


def holds_nul(value) -> bool:
    """Whether a parsed JSON value holds a NUL character in any string, keys included. Walks
    the value with a list of its own rather than recursion, whatever its depth."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, Mapping):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


class PublishableWriteSerializer(WriteSerializer):
    """Input shape of a publishable resource: its fields, ``status`` and ``publish_at`` (which
    the viewset turns into a workflow transition), and the transition's ``comment``. Subclasses
    list ``comment`` in ``Meta.fields``."""

    comment = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        max_length=2000,
        help_text=(
            "Goes with a change of status, into the audit log and the revision: required when "
            "a publisher sends an item in review back to draft (request changes)."
        ),
    )
