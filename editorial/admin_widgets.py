"""Widgets of the editors' change forms: the Markdown writing view, and dates known only to
the year or the month. Both are plain form inputs that work without script; their scripts
(static/editorial/) add the toolbar, live preview and autosave, and hide what is not known."""

import calendar
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from armistice_site.precision import Precision
from editorial.writing import reference_kinds


class MarkdownEditor(forms.Textarea):
    """A Markdown body: a tall textarea that ``markdown-editor.js`` turns into a writing view
    (toolbar, side-by-side preview from the site's renderer, word count, autosave)."""

    class Media:
        js = ["editorial/markdown-editor.js"]

    def __init__(self, attrs=None):
        super().__init__({"rows": 24, "cols": 80, "class": "markdown-source", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update(
            {
                "data-markdown-editor": "1",
                "data-preview-url": reverse("admin:md_preview"),
                "data-search-url": reverse("admin:content_search"),
                "data-reference-kinds": ",".join(reference_kinds()),
            }
        )
        return context


MONTHS = [("", _("month unknown"))] + [
    (str(number), calendar.month_name[number]) for number in range(1, 13)
]


class PartialDateWidget(forms.MultiWidget):
    """Year, month and day as three inputs, so a date known only to the year or month is
    entered as just that. ``precision`` (set by the form from the item) leaves what is not
    known empty instead of showing a made-up "1 January"."""

    template_name = "editorial/widgets/partial_date.html"

    def __init__(self, attrs=None):
        widgets = [  # posted as <name>_0 (year), _1 (month), _2 (day)
            forms.NumberInput(
                attrs={"min": 1, "max": 9999, "class": "partial-date__year", "placeholder": "YYYY"}
            ),
            forms.Select(choices=MONTHS, attrs={"class": "partial-date__month"}),
            forms.NumberInput(
                attrs={"min": 1, "max": 31, "class": "partial-date__day", "placeholder": "DD"}
            ),
        ]
        super().__init__(widgets, attrs)
        self.precision = Precision.DAY

    def decompress(self, value):
        if not value:
            return [None, None, None]
        if isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                return [None, None, None]
        month = value.month if self.precision != Precision.YEAR else None
        day = value.day if self.precision == Precision.DAY else None
        return [value.year, month, day]

    def value_from_datadict(self, data, files, name):
        year, month, day = (
            (part or "").strip() if isinstance(part, str) else part
            for part in super().value_from_datadict(data, files, name)
        )
        if not year and not month and not day:
            return ""
        if not (str(year).isdigit() and str(month or "1").isdigit() and str(day or "1").isdigit()):
            return f"{year}-{month}-{day}"  # not a date: the field says so
        return f"{int(year):04d}-{int(month or 1):02d}-{int(day or 1):02d}"


class PrecisionDatesMixin:
    """For a change form with date fields that carry a precision (``precision_dates``: date
    field -> precision field): the date is entered as year, month and day, and giving a month
    or day the precision says is unknown is an error, not silently dropped."""

    precision_dates: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for date_name, precision_name in self.precision_dates.items():
            if date_name not in self.fields:
                continue
            widget = PartialDateWidget()
            widget.precision = getattr(self.instance, precision_name, Precision.DAY)
            if self.is_bound:
                widget.precision = self.data.get(self.add_prefix(precision_name), widget.precision)
            self.fields[date_name].widget = widget
            self.fields[date_name].help_text = gettext(
                "Fill in what is known: the year alone, the year and month, or the full date, "
                "and say so under “known to the”."
            )
            if precision_name in self.fields:
                self.fields[precision_name].widget.attrs["data-precision-for"] = date_name

    def clean(self):
        cleaned = super().clean()
        for date_name, precision_name in self.precision_dates.items():
            precision = cleaned.get(precision_name)
            month = (self.data.get(self.add_prefix(f"{date_name}_1")) or "").strip()
            day = (self.data.get(self.add_prefix(f"{date_name}_2")) or "").strip()
            if precision == Precision.YEAR and (month or day):
                self.add_error(
                    date_name,
                    ValidationError(
                        gettext(
                            "You gave a month or day, but the date is known only to the year: "
                            "choose Month or Day under “known to the”, or clear them."
                        ),
                        code="finer_than_precision",
                    ),
                )
            elif precision == Precision.MONTH and day:
                self.add_error(
                    date_name,
                    ValidationError(
                        gettext(
                            "You gave a day, but the date is known only to the month: choose "
                            "Day under “known to the”, or clear the day."
                        ),
                        code="finer_than_precision",
                    ),
                )
            elif precision in (Precision.MONTH, Precision.DAY) and cleaned.get(date_name):
                needs_month = not month
                needs_day = precision == Precision.DAY and not day
                if needs_month or needs_day:
                    self.add_error(
                        date_name,
                        ValidationError(
                            gettext("Give the %(part)s too, or choose a coarser precision.")
                            % {"part": gettext("month") if needs_month else gettext("day")},
                            code="coarser_than_precision",
                        ),
                    )
        return cleaned
