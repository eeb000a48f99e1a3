"""Filters every resource's FilterSet may use."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _


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
