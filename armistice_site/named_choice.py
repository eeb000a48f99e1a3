"""A reader's filter on one item of a kind (a topic, a tag, a country, an alliance): a menu
while they are few, a name box when not. Every reader filter form uses it.

A ``<select>`` of every public alliance is fine for the dozen a subject starts with and wrong
for thousands: on the 100 000-article dataset the timeline's alliance menu held 10 000
options, nine tenths of the page's bytes (bench/profile.md), and nobody scrolls a menu that
long. ``NamedChoiceField`` lists the items in a menu (``FastSelect``) while there are at most
``MOST_LISTED``; past that it is a text box that takes an item's slug (what links to a
filtered page carry), its name or short name, or a part of one that only one item has. A
text that names several items is reported on the form with some of their names, as any
other filter value that names nothing is.

Both decisions cost one statement, as the menu alone did: the first ``MOST_LISTED + 1`` items
are read once, and either become the menu's options or tell the field to be a text box."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from armistice_site.select_widget import FastSelect

MOST_LISTED = 300
#: How many of the items a vague name matches the error message names.
NAMED_IN_ERROR = 5


class NamedChoiceField(forms.ModelChoiceField):
    default_error_messages = {
        "several": _("“%(text)s” matches several: %(names)s. Type more of %(which)s."),
    }

    def __init__(self, *, names: tuple[str, ...] = ("name",), **kwargs):
        """``names``: the fields a typed name is looked for in (the slug is always tried);
        the hint and the messages name them by their verbose names."""
        self.names = names
        super().__init__(widget=FastSelect, to_field_name="slug", **kwargs)

    @property
    def spoken(self) -> list[str]:
        """The verbose names of ``names``: "name", "short name"."""
        meta = self.queryset.model._meta
        return [str(meta.get_field(name).verbose_name) for name in self.names]

    def offer(self, items: QuerySet) -> None:
        """Choose among ``items`` (ordered as the menu should be), a menu or a name box."""
        self.queryset = items
        first = list(items[: MOST_LISTED + 1])
        if len(first) <= MOST_LISTED:
            self.choices = [
                ("", self.empty_label),
                *((i.slug, self.label_from_instance(i)) for i in first),
            ]
            return
        self.widget = forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})
        self.help_text = format_lazy(
            _("More than {count} to choose from: type {what}."),
            count=MOST_LISTED,
            what=" or ".join(f"a {name}" for name in self.spoken),
        )

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        found = []
        for conditions in (
            [Q(slug=text)],
            [Q(**{f"{name}__iexact": text}) for name in self.names],
            [Q(**{f"{name}__icontains": text}) for name in self.names],
        ):
            found = self._matching(conditions)
            if found:
                break
        if len(found) == 1:
            return found[0]
        if not found:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        names = ", ".join(self.label_from_instance(item) for item in found[:NAMED_IN_ERROR])
        more = ", …" if len(found) > NAMED_IN_ERROR else ""
        raise forms.ValidationError(
            self.error_messages["several"],
            code="several",
            params={
                "text": text,
                "names": names + more,
                "which": ", or ".join(f"the {name}" for name in self.spoken),
            },
        )

    def _matching(self, conditions: list[Q]) -> list:
        """Up to ``NAMED_IN_ERROR + 1`` items meeting any of ``conditions``, in menu order."""
        either = conditions[0]
        for condition in conditions[1:]:
            either |= condition
        return list(self.queryset.filter(either)[: NAMED_IN_ERROR + 1])
