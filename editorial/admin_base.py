"""Admin pieces shared by every content type. The admin changes content only through the
editorial services (``editorial.services``), like every other route.

- ``RevisionAdmin``: the base of every registered content type's admin. One save — fields,
  links and inline rows together, and a workflow step if a button asked for one — is one
  service call: one transaction, one revision (who, and the editor's reason or the admin's
  change message), one audit entry. A hidden version token refuses a save over someone else's
  newer one (``concurrency``). When the services refuse a save after the form was valid (a
  role, the publishing requirements), nothing is saved and the form comes back with the
  reason next to its field and everything typed kept. Deletes go through
  ``services.content_delete``; the revision pages come from ``admin_views``.
- ``PublishableAdmin``: Article, Alliance, Event and Timeline. Status and go-live time are
  read-only on the form; they change through workflow steps — the buttons beside the form and
  the list actions.
- Pending revisions: any editor may open and save something readers can see; a writer's save
  (or a publisher's "Save as a proposal") becomes the item's pending revision
  (``services.content_save`` decides), and while one exists the form shows and edits the
  proposal, inline rows included. The workflow box says "live" or "proposed change", links
  to the comparison with live and its preview, and offers publishers Publish and Discard.
- ``PartAdmin`` and ``PartInline``: rows that live inside an item (memberships, timeline
  entries) follow their item's editing rights and show up in its history.

This module imports no content app: the apps' admin modules build on it."""

import json
from collections import defaultdict
from collections.abc import Callable
from functools import partial

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import CharField, Exists, OuterRef, QuerySet
from django.db.models.functions import Cast
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from armistice_site.publishing import Publishable, Status
from editorial import locks, services, workflow
from editorial import pending as proposals
from editorial.admin_forms import (
    PartRowForm,
    PublishableForm,
    RequestChangesForm,
    ServiceForm,
    VersionedForm,
    local_datetime,
)
from editorial.admin_views import PendingViewsMixin, RevisionViewsMixin
from editorial.admin_widgets import MarkdownEditor
from editorial.models import PendingRevision
from editorial.services import Move, PartRows, Route
from editorial.workflow import SCHEDULED, NotPermitted

PUBLISHING_FIELDS = ("status", "publish_at", "first_published_at", "created_at", "updated_at")
#: Status and go-live time move only through the workflow buttons and actions.
PUBLISHING_READONLY = PUBLISHING_FIELDS


def publishing_fieldset() -> tuple:
    """The fieldset every publishable change form ends with."""
    return (
        _("Publishing"),
        {
            "fields": PUBLISHING_FIELDS,
            "description": _(
                "Readers see an item once it is Published and its publish time has come. "
                "Status and publish time change through the workflow buttons beside the form "
                "(or the actions on the list), which check your role and record who did it."
            ),
        },
    )


def item_names(items) -> str:
    return ", ".join(f"“{item}”" for item in items)


class Refused(Exception):
    """The services refused a save whose form was valid; carries their reason back to
    ``changeform_view``, after the admin's transaction has rolled the save back."""

    def __init__(self, error: ValidationError | NotPermitted):
        super().__init__(str(error))
        self.error = error


# --- Deleting ---------------------------------------------------------------------------------


class AuditedDeleteMixin:
    """Deletes ask ``workflow.can_delete`` per item and go through
    ``services.content_delete``, which writes the audit entry. A selection containing
    something the user may not delete is refused on the confirmation page, which names it, so
    nothing is half-deleted."""

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
        services.content_delete(obj=obj, user=request.user, route=Route.ADMIN)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        with transaction.atomic():
            for obj in queryset:
                self.delete_model(request, obj)


# --- Saving -----------------------------------------------------------------------------------


class ServiceSaveMixin:
    """A ``ModelAdmin`` whose saves are one call of ``services.content_save``.

    Django's admin saves the object, then its many-to-many links, then each inline formset,
    inside one transaction. Here ``save_model`` and ``save_formset`` do nothing and
    ``save_related`` hands the lot to the services at once; a refusal raises ``Refused``, which
    rolls the admin's transaction back, and ``changeform_view`` shows the form again with it."""

    form = ServiceForm

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        attrs = {"editor": request.user, "refusal": getattr(request, "_editorial_refusal", None)}
        if obj is not None and hasattr(self, "compare_url"):
            attrs["compare_url"] = staticmethod(partial(self.compare_url, obj.pk))
        return type(form.__name__, (form,), attrs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request._editorial_form = True
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except Refused as refused:
            request._editorial_refusal = refused.error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_object(self, request: HttpRequest, object_id, from_field=None):
        """On the change form, an item with a pending revision is shown (and edited) as
        proposed; everywhere else it is the live item."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None or not getattr(request, "_editorial_form", False):
            return obj
        pending = proposals.pending_for(obj)
        if pending is not None:
            proposals.apply_to(obj, pending)
        return obj

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        """Whoever may change the type may edit any item: what they may not change directly
        becomes a proposal (``workflow.can_propose``)."""
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.can_propose(request.user, obj))

    def log_addition(self, request, obj, message):
        if not isinstance(getattr(request, "_editorial_result", None), PendingRevision):
            super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        if not isinstance(getattr(request, "_editorial_result", None), PendingRevision):
            super().log_change(request, obj, message)

    def will_propose(self, request: HttpRequest, obj) -> bool:
        """Whether saving this form stores a proposal rather than changing the live item."""
        if obj is None or obj.pk is None:
            return False
        if getattr(obj, "pending_revision", None) is not None or "_propose" in request.POST:
            return True
        return workflow.proposes(request.user, obj, None)

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        """Saved in ``save_related``, with its links and inline rows, in one service call."""

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        """Saved in ``save_related`` (see ``save_model``)."""

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        obj = form.instance
        model_fields = {f.name for f in obj._meta.concrete_fields}
        m2m_fields = {f.name for f in obj._meta.many_to_many}
        fields = {name: getattr(obj, name) for name in form.fields if name in model_fields}
        relations = {name: form.cleaned_data[name] for name in form.fields if name in m2m_fields}
        keep_theirs = getattr(form, "parts_choice", "") == "theirs"
        parts = [] if keep_theirs else [part_rows(formset) for formset in formsets]
        move = self.requested_move(request, form)
        reason = form.cleaned_data.get("revision_reason", "").strip()
        if not reason and move is None:  # a step names itself; an edit says what it changed
            message = self.construct_change_message(request, form, formsets, not change)
            reason = LogEntry(change_message=json.dumps(message)).get_change_message()
        request._editorial_merged = getattr(form, "merged", [])
        propose = change and self.will_propose(request, obj)
        try:
            request._editorial_result = services.content_save(
                obj=obj,
                user=request.user,
                fields=fields,
                relations=relations,
                parts=parts,
                move=None if propose else move,
                route=Route.ADMIN,
                reason=reason,
                pending=True if propose else None,
            )
            if propose and move is not None:  # the proposal is saved; the step is the live item's
                live = type(obj)._default_manager.get(pk=obj.pk)
                services.content_transition(
                    obj=live,
                    to=move.to,
                    user=request.user,
                    comment=move.comment,
                    publish_at=move.publish_at,
                    route=Route.ADMIN,
                )
        except (ValidationError, NotPermitted) as error:
            raise Refused(error) from error

    def response_change(self, request, obj):
        result = getattr(request, "_editorial_result", None)
        if isinstance(result, PendingRevision) and "_transition" not in request.POST:
            self.message_user(
                request,
                _(
                    "Saved as a proposed change to “%(item)s”: readers keep seeing the live "
                    "version until a publisher publishes it."
                )
                % {"item": obj},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(request.path)
        if merged := getattr(request, "_editorial_merged", []):
            self.message_user(
                request,
                _(
                    "Someone saved this item while you had it open; their changes to %(fields)s "
                    "were kept together with yours."
                )
                % {"fields": ", ".join(merged)},
                messages.INFO,
            )
        return super().response_change(request, obj)

    def requested_move(self, request: HttpRequest, form) -> Move | None:
        return None


def part_rows(formset) -> PartRows:
    """One inline formset's rows for the services: new and changed rows, deleted ones, and,
    editing a proposal, which of its proposed new rows were changed or removed."""
    saved = formset.save(commit=False)
    for form in formset.forms:
        key = getattr(form, "cleaned_data", {}).get("pending_key", "") if form.is_valid() else ""
        form.instance.pending_key = key
    deleted_keys = [
        form.cleaned_data.get("pending_key", "")
        for form in formset.deleted_forms
        if form.instance.pk is None and form.cleaned_data.get("pending_key")
    ]
    return PartRows(
        saved=saved,
        deleted=list(formset.deleted_objects),
        deleted_keys=deleted_keys,
        model=formset.model,
    )


def error_links(form, inline_admin_formsets) -> list[dict]:
    """One entry per field error for the summary at the top of the form, each linking to its
    field (the script opens the tab the field is in)."""
    links = []
    for name, errors in form.errors.items():
        if name == "__all__" or name not in form.fields:
            continue
        links.append(
            {
                "anchor": form[name].id_for_label or "error-summary",
                "label": form[name].label,
                "message": " ".join(errors),
            }
        )
    for inline in inline_admin_formsets:
        formset = inline.formset
        group = f"{formset.prefix}-group"
        label = str(inline.opts.verbose_name_plural).capitalize()
        for message in formset.non_form_errors():
            links.append({"anchor": group, "label": label, "message": message})
        for number, errors in enumerate(formset.errors, start=1):
            for name, messages_ in errors.items():
                bound = formset.forms[number - 1][name] if name in formset.forms[0].fields else None
                links.append(
                    {
                        "anchor": bound.id_for_label if bound is not None else group,
                        "label": gettext("%(rows)s, row %(number)s")
                        % {"rows": label, "number": number},
                        "message": " ".join(messages_),
                    }
                )
    return links


class ChangeFormContextMixin:
    """What every content change form shows beside the fields: the version token and reason,
    live or proposed, the proposal's differences and links, and who else has it open."""

    change_form_template = "admin/armistice/change_form.html"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Markdown bodies get the writing view."""
        if db_field.name == "body" and isinstance(db_field, models.TextField):
            kwargs["widget"] = MarkdownEditor
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform") and context["adminform"].form
        fields = form.fields if form else {}
        context["version_field"] = form["version"] if "version" in fields else None
        context["reason_field"] = form["revision_reason"] if "revision_reason" in fields else None
        context["base_field"] = form["base"] if "base" in fields else None
        context["conflicts"] = getattr(form, "conflicts", []) if form else []
        if form is not None and (
            form.errors
            or any(inline.formset.errors for inline in context.get("inline_admin_formsets", []))
        ):
            context["error_links"] = error_links(form, context.get("inline_admin_formsets", []))
        if obj is not None and obj.pk is not None:
            label = obj._meta.label_lower
            pending = getattr(obj, "pending_revision", None)
            context.update(
                live_item=proposals.is_live(obj),
                may_publish=workflow.can_publish(request.user, obj),
                others_editing=locks.mark(request.user, label, obj.pk),
                lock_url=reverse(f"{self.admin_site.name}:edit_lock", args=[label, str(obj.pk)]),
            )
            if pending is not None:
                live = type(obj)._default_manager.get(pk=obj.pk)
                context.update(self.pending_context(request, live, pending))
        return super().render_change_form(request, context, add, change, form_url, obj)


class RevisionAdmin(
    AuditedDeleteMixin,
    ServiceSaveMixin,
    ChangeFormContextMixin,
    RevisionViewsMixin,
    SimpleHistoryAdmin,
):
    """The base of every history-tracked content admin."""

    form = VersionedForm


class ReferenceAdmin(
    AuditedDeleteMixin,
    ServiceSaveMixin,
    ChangeFormContextMixin,
    PendingViewsMixin,
    admin.ModelAdmin,
):
    """Reference data without revisions (topics, tags): saves and deletes still go through the
    services, so they are validated, permission-checked, proposed when readers see the item
    and the editor may not publish it, and in the audit log."""

    form = VersionedForm


class PendingRowsFormSet(BaseInlineFormSet):
    """An inline formset that, for an item with a pending revision, shows the proposal's
    rows: changed rows as proposed, removed rows left out, and proposed new rows as extra
    rows carrying their key in the proposal (``pending_key``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposed_new = []
        if getattr(self.instance, "pending_revision", None) is None or self.is_bound:
            return
        rows = self._proposed_rows()
        self.proposed_new = [row for row in rows if row.pk is None]
        self._queryset = [row for row in rows if row.pk is not None]
        self.initial_extra = [
            {
                **{
                    f.name: getattr(row, f.attname)
                    for f in row._meta.concrete_fields
                    if not f.primary_key and f.name != self.fk.name
                },
                "pending_key": row.pending_key,
            }
            for row in self.proposed_new
        ]
        self.extra = self.extra + len(self.proposed_new)

    def _proposed_rows(self) -> list:
        cache = getattr(self.instance, "_prefetched_objects_cache", {})
        return list(cache.get(self.fk.remote_field.cache_name, []))


class PartInline:
    """An inline for rows inside an item: editable exactly when the item is (directly or as a
    proposal); for an item with a proposal, it shows the proposed rows."""

    form = PartRowForm
    formset = PendingRowsFormSet

    def get_formset(self, request, obj=None, **kwargs):
        """The inline's own formset (its checks), able to show a proposal's rows."""
        formset = super().get_formset(request, obj, **kwargs)
        if issubclass(formset, PendingRowsFormSet):
            return formset
        return type(formset.__name__, (PendingRowsFormSet, formset), {})

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "pending_key" in fields else [*fields, "pending_key"]

    def _item_open(self, request: HttpRequest, obj) -> bool:
        return obj is None or workflow.can_propose(request.user, obj)

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._item_open(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._item_open(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._item_open(request, obj)


class PartAdmin(RevisionAdmin):
    """A row inside an item on its own admin page: editable when the item is; the services
    also write a revision of the item, so the item's history shows the change (or, for a
    live item the editor may not publish, make it part of the item's proposed change)."""

    def _item_open(self, request: HttpRequest, obj) -> bool:
        return obj is None or workflow.can_propose(request.user, obj)

    def will_propose(self, request: HttpRequest, obj) -> bool:
        return False  # the services decide by the item the row lives in

    def response_add(self, request, obj, post_url_continue=None):
        return self._proposal_response(request, obj) or super().response_add(
            request, obj, post_url_continue
        )

    def response_change(self, request, obj):
        return self._proposal_response(request, obj) or super().response_change(request, obj)

    def _proposal_response(self, request, obj):
        result = getattr(request, "_editorial_result", None)
        if not isinstance(result, PendingRevision):
            return None
        item = workflow.item_of(obj)
        self.message_user(
            request,
            _(
                "Saved as a proposed change to “%(item)s”: readers keep seeing its live "
                "version until a publisher publishes it."
            )
            % {"item": item},
            messages.SUCCESS,
        )
        opts = type(item)._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._item_open(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._item_open(request, obj)


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

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        """Each item says whether it has a proposed change waiting (one subquery)."""
        return (
            super()
            .get_queryset(request)
            .annotate(
                has_proposal=Exists(
                    PendingRevision.objects.filter(
                        content_type=ContentType.objects.get_for_model(self.model),
                        object_id=Cast(OuterRef("pk"), CharField()),
                    )
                )
            )
        )

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, obj: Publishable) -> str:
        if obj.is_scheduled():
            text = _("Scheduled for %(time)s") % {"time": local_datetime(obj.publish_at)}
        else:
            text = obj.get_status_display()
        if getattr(obj, "has_proposal", False):
            return format_html(
                '{}<span class="pending-marker">{}</span>', text, _("change proposed")
            )
        return text

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

    def requested_move(self, request: HttpRequest, form) -> Move | None:
        """A workflow button saves the form's edits and takes its step in the same write."""
        to = request.POST.get("_transition")
        if not to or form.instance.pk is None:
            return None
        request._editorial_status_before = form.instance.status
        return Move(
            to,
            comment=form.cleaned_data.get("workflow_comment", "").strip(),
            publish_at=form.cleaned_data.get("workflow_publish_at"),
        )

    def response_change(self, request, obj):
        if "_transition" in request.POST:
            before = getattr(request, "_editorial_status_before", obj.status)
            self.message_user(
                request, f"{OUTCOMES[outcome(obj, before)]}: “{obj}”.", messages.SUCCESS
            )
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
        """Take the step on each selected item (``services.content_transition``); report what
        happened, grouped, and each item that could not move with the reason."""
        done: dict[str, list] = defaultdict(list)
        skipped = []
        for obj in queryset.order_by("pk"):
            to = target(obj)
            if to is None:
                skipped.append(obj)
                continue
            before = obj.status
            try:
                services.content_transition(
                    obj=obj, to=to, user=request.user, comment=comment, route=Route.ADMIN
                )
            except (ValidationError, NotPermitted) as error:
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
        """Live and scheduled items stay; anything else is published (``workflow.plan``
        decides between now and a planned future time the item already carries)."""
        self._apply(
            request,
            queryset,
            lambda obj: None if obj.status == Status.PUBLISHED else Status.PUBLISHED,
        )

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
