"""Admin pieces shared by every content type.

- ``RevisionAdmin``: the base of every history-tracked admin. One save writes exactly one
  revision (fields, links and inline rows together, with who and a readable change reason), a
  hidden version token refuses a save over someone else's newer one (``concurrency``), deletes
  go through ``workflow.delete`` (permission and audit entry), and the revision pages come from
  ``admin_views``.
- ``PublishableAdmin``: Article, Alliance, Event and Timeline. Status and go-live time are
  read-only on the form; they change only through ``workflow.transition()`` — the workflow
  buttons under the form and the list actions — so the role checks, the publishing requirements
  and the audit log apply to every path. Writers edit only what ``workflow.can_change`` allows.
- ``PartAdmin`` and ``PartInline``: rows that live inside an item (memberships, timeline
  entries) follow their item's editing rights and show up in its history.

This module imports no app: the apps' admin modules build on it."""

import json
from collections import defaultdict
from collections.abc import Callable
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import get_history_manager_for_model

from armistice_site import workflow
from armistice_site.admin_views import RevisionViewsMixin
from armistice_site.concurrency import Conflict, check_version, token_history_id, version_token
from armistice_site.publishing import Publishable, Status
from armistice_site.workflow import SCHEDULED, TransitionNotPermitted

PUBLISHING_FIELDS = ("status", "publish_at", "first_published_at", "created_at", "updated_at")
#: Status and go-live time move only through the workflow buttons and actions.
PUBLISHING_READONLY = ("status", "publish_at", "first_published_at", "created_at", "updated_at")


def publishing_fieldset() -> tuple:
    """The fieldset every publishable change form ends with."""
    return (
        _("Publishing"),
        {
            "fields": PUBLISHING_FIELDS,
            "description": _(
                "Readers see an item once it is Published and its publish time has come. "
                "Status and publish time change through the workflow buttons below the form "
                "(or the actions on the list), which check your role and record who did it."
            ),
        },
    )


def local_datetime(value) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


def item_names(items) -> str:
    return ", ".join(f"“{item}”" for item in items)


# --- Forms ------------------------------------------------------------------------------------


class NotContent:
    """A form field that carries an instruction (a version, a comment), not content: filling
    it in is never a change to the item, so it neither writes a revision nor shows in one."""

    def has_changed(self, initial, data) -> bool:
        return False


class TokenField(NotContent, forms.CharField):
    pass


class NoteField(NotContent, forms.CharField):
    pass


class WhenField(NotContent, forms.DateTimeField):
    pass


class VersionedForm(forms.ModelForm):
    """A change form that remembers which version of the item it was loaded from.

    ``clean()`` runs inside the admin's save transaction and locks the row while it compares
    (``concurrency.check_version``), so of two editors saving at once exactly one wins; the
    other gets a form error naming who saved first, with a link to the difference, and keeps
    everything they typed. The error also moves the hidden token to the current version: saving
    again after reading it is a deliberate choice to replace the other version."""

    version = TokenField(widget=forms.HiddenInput, required=False)

    #: Set per request by ``RevisionAdmin.get_form``.
    editor = None
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

    def clean(self):
        cleaned = super().clean()
        to = self.data.get("_transition")
        if to and self.instance.pk is not None and not self.errors:
            self.check_transition(to, cleaned)
        return cleaned

    def check_transition(self, to: str, cleaned: dict) -> None:
        """Refuse a step the user may not take before anything is saved; the publishing
        requirements are checked by ``transition()`` itself once links are saved."""
        obj = self.instance
        if to not in workflow.allowed_transitions(self.editor, obj):
            raise ValidationError(
                gettext("You cannot do that with “%(item)s” now: it is %(status)s.")
                % {"item": obj, "status": obj.get_status_display().lower()}
            )
        if (
            obj.status == Status.IN_REVIEW
            and to == Status.DRAFT
            and not cleaned.get("workflow_comment", "").strip()
        ):
            self.add_error("workflow_comment", gettext("Say what needs changing."))
        if to == SCHEDULED:
            when = cleaned.get("workflow_publish_at") or obj.publish_at
            if when is None or when <= timezone.now():
                self.add_error(
                    "workflow_publish_at", gettext("Choose a time in the future to schedule it.")
                )


class PartForm(VersionedForm):
    """A row inside an item, edited on its own page: it may only join an item the editor may
    change."""

    parent_field = ""

    def clean(self):
        cleaned = super().clean()
        parent = cleaned.get(self.parent_field)
        if parent is not None and not workflow.can_change(self.editor, parent):
            self.add_error(
                self.parent_field,
                gettext("Only a publisher can change “%(item)s”: readers can see it.")
                % {"item": parent},
            )
        return cleaned


# --- Deleting ---------------------------------------------------------------------------------


class AuditedDeleteMixin:
    """Deletes ask ``workflow.can_delete`` per item and go through ``workflow.delete``, which
    writes the audit entry. A selection containing something the user may not delete is
    refused on the confirmation page, which names it, so nothing is half-deleted."""

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.can_delete(request.user, obj))

    def get_deleted_objects(self, objs, request: HttpRequest):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for obj in objs:
            if not workflow.can_delete(request.user, obj):
                perms_needed.add(
                    gettext("“%(item)s” (readers have seen it: ask a publisher)") % {"item": obj}
                )
        return deleted, counts, perms_needed, protected

    def delete_model(self, request: HttpRequest, obj) -> None:
        obj._history_user = request.user
        workflow.delete(obj=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        with transaction.atomic():
            for obj in queryset:
                self.delete_model(request, obj)


# --- Revisions --------------------------------------------------------------------------------


class RevisionAdmin(AuditedDeleteMixin, RevisionViewsMixin, SimpleHistoryAdmin):
    """The base of every history-tracked content admin.

    django-simple-history writes a revision on every ``save()`` and on every change to a
    tracked many-to-many field, so a plain admin save of an article would leave several
    half-finished revisions (the fields first, then one per relation added or removed). Here the
    item is saved without a revision, its links and inline rows are saved, and then one revision
    is written with everything, the user and the admin's own change message as its reason."""

    form = VersionedForm
    change_form_template = "admin/armistice/change_form.html"

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        attrs = {"editor": request.user}
        if obj is not None:
            attrs["compare_url"] = staticmethod(partial(self.compare_url, obj.pk))
        return type(form.__name__, (form,), attrs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform") and context["adminform"].form
        context["version_field"] = form["version"] if form and "version" in form.fields else None
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        obj._history_user = request.user
        obj.skip_history_when_saving = True
        if not change:
            obj.save()  # links and inline rows need the primary key; the revision comes later

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        for row in formset.forms:
            row.instance._history_user = request.user
        super().save_formset(request, form, formset, change)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        obj = form.instance
        obj.__dict__.pop("skip_history_when_saving", None)
        if change and not form.has_changed() and not any(fs.has_changed() for fs in formsets):
            return
        message = self.construct_change_message(request, form, formsets, not change)
        obj._change_reason = LogEntry(change_message=json.dumps(message)).get_change_message()[:100]
        obj._history_user = request.user
        obj.save()
        if not change:
            history = get_history_manager_for_model(obj)
            latest = history.order_by("-history_date", "-history_id").first()
            history.filter(history_id=latest.history_id).update(history_type="+")


class PartInline:
    """An inline for rows inside an item: editable exactly when the item is."""

    def _item_open(self, request: HttpRequest, obj) -> bool:
        return obj is None or workflow.can_change(request.user, obj)

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._item_open(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._item_open(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._item_open(request, obj)


class PartAdmin(RevisionAdmin):
    """A row inside an item (``parent_field`` names the item) on its own admin page: editable
    when the item is, and every save or delete also writes a revision of the item, so the
    item's history shows it."""

    form = PartForm
    parent_field = ""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.parent_field = self.parent_field
        return form

    def _item_open(self, request: HttpRequest, obj) -> bool:
        item = getattr(obj, self.parent_field, None) if obj is not None else None
        return item is None or workflow.can_change(request.user, item)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._item_open(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._item_open(request, obj)

    def _revise_item(self, request: HttpRequest, item, reason: str) -> None:
        item._history_user = request.user
        item._change_reason = reason[:100]
        item.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and not form.has_changed():
            return
        obj = form.instance
        self._revise_item(
            request,
            getattr(obj, self.parent_field),
            gettext("Changed %(part)s “%(row)s”.") % {"part": obj._meta.verbose_name, "row": obj},
        )

    def delete_model(self, request, obj):
        item = getattr(obj, self.parent_field)
        reason = gettext("Deleted %(part)s “%(row)s”.") % {
            "part": obj._meta.verbose_name,
            "row": obj,
        }
        super().delete_model(request, obj)
        self._revise_item(request, item, reason)


# --- Publishing -------------------------------------------------------------------------------


class PublicationFilter(admin.SimpleListFilter):
    """What readers see now, which the status alone does not say (a published item may be
    waiting for its time)."""

    title = _("readers")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return (
            ("live", _("Live: readers see it")),
            ("scheduled", _("Scheduled")),
            ("hidden", _("Not visible to readers")),
        )

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.public()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "hidden":
            return queryset.exclude(pk__in=queryset.model._default_manager.public().values("pk"))
        return queryset


#: What the list actions report, keyed by what happened to an item.
OUTCOMES = {
    "review": _("Submitted for review"),
    "changes": _("Sent back to the writer with your comment"),
    "published": _("Published: readers see it now"),
    "scheduled": _("Scheduled: goes live at its publish time"),
    "unpublished": _("Unpublished: back to draft, readers no longer see it"),
    "archived": _("Archived: readers no longer see it"),
}


def outcome(obj: Publishable, before: str) -> str:
    if obj.status == Status.IN_REVIEW:
        return "review"
    if obj.status == Status.DRAFT:
        return "changes" if before == Status.IN_REVIEW else "unpublished"
    if obj.status == Status.ARCHIVED:
        return "archived"
    return "scheduled" if obj.is_scheduled() else "published"


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs changing"),
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("The writers see this in the audit log and the revision history."),
    )


class PublishableAdmin(RevisionAdmin):
    """A change list and form for a publishable model, with the editorial workflow.

    Subclasses put ``status_column`` and ``publish_at`` in ``list_display``, ``PublicationFilter``
    in ``list_filter``, and end their fieldsets with ``publishing_fieldset()``."""

    form = PublishableForm
    change_form_template = "admin/armistice/publishable_change_form.html"
    actions = [
        "submit_for_review",
        "publish",
        "schedule",
        "request_changes",
        "unpublish",
        "archive",
    ]
    list_per_page = 50
    save_on_top = True

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> tuple:
        return (*super().get_readonly_fields(request, obj), *PUBLISHING_READONLY)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        """Publishing is its own permission (``publish_<model>``), not implied by "change"."""
        return workflow.can_publish(request.user, self.model)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        """Writers edit drafts and items in review; what readers see needs a publisher."""
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.can_change(request.user, obj))

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, obj: Publishable) -> str:
        if obj.is_scheduled():
            return _("Scheduled for %(time)s") % {"time": local_datetime(obj.publish_at)}
        return obj.get_status_display()

    # --- the change form's workflow box -------------------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            allowed = (
                workflow.allowed_transitions(request.user, obj)
                if self.has_change_permission(request, obj)
                else []
            )
            context.update(
                workflow_actions=[(to, workflow.transition_label(obj, to)) for to in allowed],
                workflow_schedules=SCHEDULED in allowed,
                workflow_status=self.status_column(obj),
                preview_url="" if obj.is_public() else obj.get_absolute_url(),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        to = request.POST.get("_transition")
        if change and to:
            self._transition_from_form(request, form.instance, to, form.cleaned_data)

    def _transition_from_form(self, request, obj: Publishable, to: str, cleaned: dict) -> None:
        """The content is saved already; the step runs after it, so a missing requirement
        leaves the edits saved and says what is missing."""
        before = obj.status
        try:
            workflow.transition(
                obj=obj,
                to=to,
                user=request.user,
                comment=cleaned.get("workflow_comment", "").strip(),
                publish_at=cleaned.get("workflow_publish_at"),
            )
        except (ValidationError, TransitionNotPermitted) as error:
            self.message_user(
                request,
                _("Your changes to “%(item)s” are saved, but it is still %(status)s: %(problems)s")
                % {
                    "item": obj,
                    "status": self.status_column(obj).lower(),
                    "problems": " ".join(error.messages),
                },
                messages.ERROR,
            )
            return
        self.message_user(request, f"{OUTCOMES[outcome(obj, before)]}: “{obj}”.", messages.SUCCESS)

    def response_change(self, request, obj):
        if "_transition" in request.POST:
            return HttpResponseRedirect(request.path)  # back to the item, with the step's message
        return super().response_change(request, obj)

    # --- list actions -------------------------------------------------------------------------

    def _apply(
        self,
        request: HttpRequest,
        queryset: QuerySet,
        target: Callable[[Publishable], str | None],
        comment: str = "",
    ) -> None:
        """Run ``transition()`` on each selected item; report what happened, grouped, and each
        item that could not move with the reason."""
        done: dict[str, list] = defaultdict(list)
        skipped = []
        for obj in queryset.order_by("pk"):
            to = target(obj)
            if to is None:
                skipped.append(obj)
                continue
            before = obj.status
            try:
                workflow.transition(obj=obj, to=to, user=request.user, comment=comment)
            except (ValidationError, TransitionNotPermitted) as error:
                self.message_user(
                    request,
                    _("“%(item)s” was not changed: %(problems)s")
                    % {"item": obj, "problems": " ".join(error.messages)},
                    messages.ERROR,
                )
                continue
            done[outcome(obj, before)].append(obj)
        for key, items in done.items():
            self.message_user(request, f"{OUTCOMES[key]}: {item_names(items)}.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request,
                _("Left as they were (this step does not apply to them): %(items)s.")
                % {"items": item_names(skipped)},
                messages.WARNING,
            )

    @admin.action(description=_("Submit selected drafts for review"), permissions=["change"])
    def submit_for_review(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(
            request,
            queryset,
            lambda obj: Status.IN_REVIEW if obj.status == Status.DRAFT else None,
        )

    @admin.action(
        description=_("Publish selected items (now, or at their planned future time)"),
        permissions=["publish"],
    )
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        """An item not yet published that already has a future go-live time keeps it (it is
        scheduled); anything else not live goes live now. Live and scheduled items stay."""
        now = timezone.now()

        def target(obj: Publishable) -> str | None:
            if obj.status == Status.PUBLISHED:
                return None
            return SCHEDULED if obj.publish_at and obj.publish_at > now else Status.PUBLISHED

        self._apply(request, queryset, target)

    @admin.action(
        description=_("Schedule selected items at their go-live time"), permissions=["publish"]
    )
    def schedule(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, lambda obj: SCHEDULED)

    @admin.action(
        description=_("Request changes to selected items in review (asks for a comment)"),
        permissions=["publish"],
    )
    def request_changes(self, request: HttpRequest, queryset: QuerySet):
        """Asks for the comment on an intermediate page, like Django's delete confirmation,
        then sends each item in review back to draft with it."""
        form = RequestChangesForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            self._apply(
                request,
                queryset,
                lambda obj: Status.DRAFT if obj.status == Status.IN_REVIEW else None,
                comment=form.cleaned_data["comment"].strip(),
            )
            return None
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Request changes"),
            "opts": opts,
            "app_label": opts.app_label,
            "queryset": queryset,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/armistice/request_changes.html", context)

    @admin.action(
        description=_("Unpublish selected items (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        published = (Status.PUBLISHED, Status.ARCHIVED)
        self._apply(
            request, queryset, lambda obj: Status.DRAFT if obj.status in published else None
        )

    @admin.action(description=_("Archive selected items"), permissions=["publish"])
    def archive(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(
            request,
            queryset,
            lambda obj: Status.ARCHIVED if obj.status != Status.ARCHIVED else None,
        )
