"""The admin's change forms for content: they carry the version they were loaded from, the
editor's reason for the change and the workflow box's inputs. They decide nothing about the
workflow themselves: the editorial services do, and a refusal comes back onto the form
(``RevisionAdmin.changeform_view``) next to the field it concerns."""

import json
from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import models
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from armistice_site import registry
from editorial.concurrency import Conflict, check_version, token_history_id, version_token
from editorial.pending import fingerprint, live_rows, rows_fingerprint
from editorial.workflow import NotPermitted

#: Where a service's field-keyed refusal is shown on the form, when the field has another name
#: there (the workflow box's inputs).
FORM_FIELDS = {"comment": "workflow_comment", "publish_at": "workflow_publish_at"}


def local_datetime(value) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


class NotContent:
    """A form field that carries an instruction (a version, a reason, a comment), not content:
    filling it in is never a change to the item, so it neither writes a revision nor shows in
    one."""

    def has_changed(self, initial, data) -> bool:
        return False


class TokenField(NotContent, forms.CharField):
    pass


class NoteField(NotContent, forms.CharField):
    pass


class WhenField(NotContent, forms.DateTimeField):
    pass


class ServiceForm(forms.ModelForm):
    """A change form whose save the editorial services may still refuse (a role, the
    publishing requirements): ``RevisionAdmin.changeform_view`` then validates it again with
    ``refusal`` set, and the reason appears next to the field it names."""

    #: Set per request by ``ServiceSaveMixin.get_form``.
    editor = None
    refusal: ValidationError | NotPermitted | None = None

    def _post_clean(self):
        super()._post_clean()
        if self.refusal is not None:
            self.show_refusal(self.refusal)

    def show_refusal(self, refusal: ValidationError | NotPermitted) -> None:
        """Put what the services refused next to the fields it names, or at the top."""
        if isinstance(refusal, NotPermitted):
            self.add_error(None, refusal.message)
            return
        if not hasattr(refusal, "error_dict"):
            self.add_error(None, refusal)
            return
        for name, errors in refusal.error_dict.items():
            field = FORM_FIELDS.get(name, name)
            self.add_error(field if field in self.fields else None, errors)


def _normal(value):
    """A form value reduced to what it means, for comparing fingerprints: model instances by
    primary key, sets of them sorted, text without its line-ending and edge whitespace."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet | list | tuple | set):
        items = [_normal(item) for item in value]
        return sorted(items, key=str)
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, File):  # a stored file, or an upload
        return getattr(value, "name", "") or ""
    if value is None:
        return ""
    return value


def _python(field: forms.Field, initial):
    """A field's initial value (as the form shows the stored item) in cleaned form."""
    if isinstance(field, forms.SplitDateTimeField | forms.FileField):
        return initial
    try:
        return field.clean(field.prepare_value(initial))
    except ValidationError:
        return initial


@dataclass(frozen=True)
class Clash:
    """A field both editors changed, each differently: shown beside the field with both
    values and a choice."""

    name: str
    label: str
    theirs: str
    choice_name: str
    choice: str = ""


class VersionedForm(ServiceForm):
    """A change form that remembers which version of the item it was loaded from, and what
    each field said then (``base``: a fingerprint per field).

    ``clean()`` runs inside the admin's save transaction and locks the row while it compares
    (``concurrency.check_version``), so of two editors saving at once exactly one wins. The
    other's save is then merged field by field, never silently: a field only the other editor
    changed takes their value, a field only this editor changed keeps theirs, and a field both
    changed differently is a *clash*, shown beside the field with the other editor's value
    and a choice (keep mine / take theirs), everything typed still in the form. The next save
    applies the choices and is checked again against the latest version."""

    version = TokenField(widget=forms.HiddenInput, required=False)
    base = TokenField(widget=forms.HiddenInput, required=False)
    clashing = TokenField(widget=forms.HiddenInput, required=False)
    revision_reason = NoteField(
        label=_("Reason for this change"),
        required=False,
        max_length=100,
        help_text=_(
            "Optional: why you made this change, kept with the revision in the history. "
            "Without one, the history says which fields changed."
        ),
    )

    #: Set per request by ``RevisionAdmin.get_form``.
    compare_url: Callable[[int, int], str] | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict: Conflict | None = None
        self.conflicts: list[Clash] = []
        self.merged: list[str] = []
        self.parts_choice = ""
        if self.instance.pk is not None and not self.is_bound:
            self.initial["version"] = version_token(self.instance)
            self.initial["base"] = json.dumps(self.current_prints())

    # --- fingerprints of what the form shows ---------------------------------------------------

    def content_names(self) -> list[str]:
        return [
            name
            for name, field in self.fields.items()
            if not isinstance(field, NotContent) and not field.disabled
        ]

    def current_prints(self) -> dict[str, str]:
        """A fingerprint of each content field (and of each kind of row inside the item) as
        the stored item, or its proposal, has it now."""
        prints = {
            name: fingerprint(_normal(self.get_initial_for_field(self.fields[name], name)))
            for name in self.content_names()
        }
        for part in registry.parts_of(type(self.instance)):
            prints[self.parts_key(part)] = self.rows_print(part)
        return prints

    @staticmethod
    def parts_key(part) -> str:
        return f"rows:{part.label}"

    def rows_print(self, part) -> str:
        cache = getattr(self.instance, "_prefetched_objects_cache", {})
        fk = part.model._meta.get_field(part.part.parent)
        rows = cache.get(fk.remote_field.cache_name)
        if rows is None:
            rows = live_rows(self.instance, part)
        return rows_fingerprint(rows, part)

    def loaded_prints(self) -> dict[str, str]:
        try:
            prints = json.loads(self.cleaned_data.get("base") or "{}")
        except ValueError:
            return {}
        return prints if isinstance(prints, dict) else {}

    # --- checking and merging ------------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            self.apply_choices(cleaned)
            self.check_version(cleaned.get("version") or "")
        return cleaned

    def apply_choices(self, cleaned: dict) -> None:
        """After a clash, the editor's choice for each field: "theirs" takes the stored value
        (which the next version check compares again); a missing choice is an error."""
        names = [n for n in (cleaned.get("clashing") or "").split(",") if n]
        for name in names:
            choice = self.data.get(f"choice-{name}", "")
            if name.startswith("rows:"):
                if choice not in ("mine", "theirs"):
                    self.add_error(None, gettext("Choose whose rows to keep."))
                self.parts_choice = choice
                continue
            if name not in self.fields:
                continue
            if choice == "theirs":
                cleaned[name] = _python(
                    self.fields[name], self.get_initial_for_field(self.fields[name], name)
                )
            elif choice != "mine":
                self.add_error(name, gettext("Choose which version of this field to keep."))

    def check_version(self, token: str) -> None:
        conflict = check_version(type(self.instance), self.instance.pk, token)
        if conflict is None:
            return
        self.conflict = conflict
        if not token:
            raise ValidationError(self.conflict_message(token, conflict), code="conflict")
        clashes = self.merge(conflict)
        data = self.data.copy()
        data[self.add_prefix("version")] = conflict.token
        data[self.add_prefix("base")] = json.dumps(self.current_prints())
        data[self.add_prefix("clashing")] = ",".join(clash.name for clash in clashes)
        self.data = data
        if clashes:
            self.conflicts = clashes
            who = conflict.user.get_username() if conflict.user else gettext("someone")
            for clash in clashes:
                if clash.name in self.fields:
                    self.add_error(
                        clash.name,
                        gettext(
                            "%(who)s changed this too: their version is under “Changed by "
                            "someone else too” at the top. Choose which to keep."
                        )
                        % {"who": who},
                    )
            raise ValidationError(self.conflict_message(token, conflict), code="conflict")

    def merge(self, conflict: Conflict) -> list[Clash]:
        """Three-way merge against what the form was loaded with: take the other editor's
        value where only they changed a field; return the fields both changed differently."""
        base, now = self.loaded_prints(), self.current_prints()
        clashes = []
        for name in self.content_names():
            if name not in self.cleaned_data:
                continue
            field = self.fields[name]
            mine = fingerprint(_normal(self.cleaned_data[name]))
            theirs = now[name]
            if mine == theirs or theirs == base.get(name):
                continue
            initial = self.get_initial_for_field(field, name)
            if mine == base.get(name):
                self.cleaned_data[name] = _python(field, initial)
                self.merged.append(str(field.label or name))
                continue
            clashes.append(Clash(name, str(field.label or name), _shown(field, initial), name))
        for part in registry.parts_of(type(self.instance)):
            key = self.parts_key(part)
            if now[key] != base.get(key):
                rows = live_rows(self.instance, part)
                shown = "\n".join(part.part.describe(row) for row in rows) or "—"
                clashes.append(Clash(key, str(part.part.label), shown, key))
        return clashes

    def conflict_message(self, token: str, conflict: Conflict) -> str:
        if not token:
            return gettext(
                "This form did not say which version of “%(item)s” it was opened from, so it "
                "was not saved: open the item again and redo the changes."
            ) % {"item": self.instance}
        who = conflict.user.get_username() if conflict.user else gettext("someone")
        when = local_datetime(conflict.when) if conflict.when else gettext("a moment ago")
        loaded = token_history_id(token)
        what = gettext("its proposed change") if conflict.pending else ""
        text = gettext(
            "“%(item)s”%(what)s was changed by %(who)s on %(when)s, after you opened it, so "
            "your changes were not saved yet. Everything you typed is still in the form. "
            "Where you both changed the same field, their version is shown beside yours: "
            "choose which to keep (or copy what you need into yours), then save again."
        ) % {"item": self.instance, "who": who, "when": when, "what": f" ({what})" if what else ""}
        if self.merged:
            text += " " + gettext("Their changes to %(fields)s were taken into the form.") % {
                "fields": ", ".join(self.merged)
            }
        if self.compare_url and loaded and conflict.history_id and loaded != conflict.history_id:
            return format_html(
                '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
                text,
                self.compare_url(loaded, conflict.history_id),
                gettext("See all that changed (opens in a new tab)."),
            )
        return text


def _shown(field: forms.Field, value) -> str:
    """How the other editor's value reads, beside the field."""
    if isinstance(field, forms.ModelMultipleChoiceField):
        return ", ".join(str(item) for item in value or []) or "—"
    if isinstance(field, forms.ModelChoiceField):
        found = field.queryset.filter(pk=value).first() if value else None
        return str(found) if found else "—"
    if isinstance(field, forms.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(field, forms.TypedChoiceField | forms.ChoiceField):
        return str(dict(field.choices).get(value, value or "—"))
    if value in (None, ""):
        return "—"
    return str(value)


class PartRowForm(forms.ModelForm):
    """A row inside an item on the item's form; ``pending_key`` marks a new row proposed in
    the item's pending revision, so editing it again changes that row instead of adding one."""

    pending_key = forms.CharField(widget=forms.HiddenInput, required=False)


class PublishableForm(VersionedForm):
    """Adds the workflow box's inputs; the buttons themselves post ``_transition``."""

    workflow_comment = NoteField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_(
            "Say what needs changing when you request changes; optional with the other steps. "
            "Kept in the audit log and the revision."
        ),
    )
    workflow_publish_at = WhenField(
        label=_("Go-live time"),
        required=False,
        widget=forms.DateTimeInput(
            attrs={"placeholder": "YYYY-MM-DD HH:MM", "size": 16}, format="%Y-%m-%d %H:%M"
        ),
        help_text=_(
            "For Schedule: when readers first see it, a time in the future, as "
            "YYYY-MM-DD HH:MM (24-hour clock)."
        ),
    )


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs changing"),
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("The writers see this in the audit log and the revision history."),
    )
