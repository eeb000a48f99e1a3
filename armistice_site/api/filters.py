"""Filters every resource's FilterSet may use, and the backend that applies the FilterSets."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_filters import utils
from django_filters.rest_framework import DjangoFilterBackend


class IsoDateField(forms.DateField):
    """A date written YYYY-MM-DD and nothing else.

    Django's ``DateField`` also reads the formats of the site's language (in en-GB
    ``31/12/1999`` and ``31 Dec 1999``), so a client could not know which of its dates were
    understood, nor which day ``01/02/1999`` would be taken for."""

    input_formats = ["%Y-%m-%d"]
    default_error_messages = {"invalid": _("Enter a date as YYYY-MM-DD, e.g. 1953-07-27.")}


class IsoDateFilter(django_filters.DateFilter):
    """A date filter that answers anything but an ISO 8601 date with a 400 naming it."""

    field_class = IsoDateField


def named_in(name: str, params) -> bool:
    """Whether a query parameter is the filter ``name``, or starts with it (a range widget
    reads ``<name>_after``)."""
    return any(key.startswith(name) for key in params)


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, building only the filters a request names.

    A filter without a value passes every row through (tests/armistice_site/api/
    test_filters.py checks each one), yet building the FilterSet's form, with a field, label
    and queryset for every filter, was a tenth of an API list or detail request
    (bench/profile.md). So the form holds the filters the query string names, and a request
    naming none (``?page=2``, a detail) is not filtered at all. Errors and results are those
    of the whole FilterSet; the browsable API's filter form (``to_html``) still shows them all."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        params = request.query_params
        if filterset_class is None or not any(
            named_in(name, params) for name in filterset_class.base_filters
        ):
            return queryset
        filterset = self.get_filterset(request, queryset, view)
        filterset.filters = {
            name: filter_ for name, filter_ in filterset.filters.items() if named_in(name, params)
        }
        if not filterset.is_valid() and self.raise_exception:
            raise utils.translate_validation(filterset.errors)
        return filterset.qs
