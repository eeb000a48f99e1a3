"""The admin's change forms for content: they carry the version they were loaded from, the
editor's reason for the change and the workflow box's inputs. They decide nothing about the
workflow themselves: the editorial services do, and a refusal comes back onto the form
(``RevisionAdmin.changeform_view``) next to the field it concerns."""

from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from editorial.concurrency import Conflict, check_version, token_history_id, version_token
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


class VersionedForm(ServiceForm):
    """A change form that remembers which version of the item it was loaded from.

    ``clean()`` runs inside the admin's save transaction and locks the row while it compares
    (``concurrency.check_version``), so of two editors saving at once exactly one wins; the
    other gets a form error naming who saved first, with a link to the difference, and keeps
    everything they typed. The error also moves the hidden token to the current version: saving
    again after reading it is a deliberate choice to replace the other version."""

    version = TokenField(widget=forms.HiddenInput, required=False)
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
        if self.instance.pk is not None and not self.is_bound:
            self.initial["version"] = version_token(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            self.check_version(cleaned.get("version") or "")
        return cleaned

    def check_version(self, token: str) -> None:
        conflict = check_version(type(self.instance), self.instance.pk, token)
        if conflict is None:
            return
        self.conflict = conflict
        data = self.data.copy()
        data[self.add_prefix("version")] = conflict.token
        self.data = data
        raise ValidationError(self.conflict_message(token, conflict), code="conflict")

    def conflict_message(self, token: str, conflict: Conflict) -> str:
        if not token:
            return gettext(
                "This form did not say which version of “%(item)s” it was opened from, so it "
                "was not saved: open the item again and redo the changes."
            ) % {"item": self.instance}
        who = conflict.user.get_username() if conflict.user else gettext("someone")
        when = local_datetime(conflict.when) if conflict.when else gettext("a moment ago")
        loaded = token_history_id(token)
        text = gettext(
            "“%(item)s” was changed by %(who)s on %(when)s, after you opened it, so your "
            "changes were not saved. They are still in the form below: compare the versions, "
            "keep what you need, then save again to replace the other version with yours."
        ) % {"item": self.instance, "who": who, "when": when}
        if self.compare_url and loaded and conflict.history_id:
            return format_html(
                '{} <a href="{}">{}</a>',
                text,
                self.compare_url(loaded, conflict.history_id),
                gettext("See what changed since you opened it."),
            )
        return text


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
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("For Schedule: when readers first see it (a time in the future)."),
    )


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs changing"),
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("The writers see this in the audit log and the revision history."),
    )
