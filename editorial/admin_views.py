"""The admin's revision pages, shared by every history-tracked content type: the revision list
(django-simple-history's, with columns to pick two revisions), a comparison of any two
revisions, one revision with its Revert button, and a preview of a revision as readers would
see it. The logic lives in ``editorial.revisions``; these views check permissions, pick the
records and render. No JavaScript: radio buttons and plain forms do the work.

This module imports no app. A revision preview reuses the app's own detail view, found by
resolving the item's address, with ``get_object()`` returning the historical instance."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, path, resolve, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.utils import get_history_manager_for_model

from armistice_site.publishing import Publishable
from editorial import pending as proposals
from editorial import revisions, services, workflow
from editorial.models import PendingRevision
from editorial.workflow import NotPermitted


def _history_id(value) -> int:
    """A history id from the URL or query string; anything else is a missing page, not a 500."""
    text = str(value or "")
    if not text.isdigit() or len(text) > 18:
        raise Http404(gettext("No such revision."))
    return int(text)


class PendingViewsMixin:
    """Adds a pending revision's pages to a content admin: the proposal next to the live
    version (with Publish and Discard) and its preview. Also for reference data without
    revisions (topics, tags)."""

    def get_urls(self):
        return [
            *self._view_paths(
                ("<path:object_id>/pending/", self.pending_view, "pending"),
                ("<path:object_id>/pending/preview/", self.pending_preview_view, "pending_preview"),
            ),
            *super().get_urls(),
        ]

    def _view_paths(self, *routes) -> list:
        """Admin URL patterns for (route, view, name suffix), named like the admin's own."""
        opts = self.model._meta
        return [
            path(
                route,
                self.admin_site.admin_view(view),
                name=f"{opts.app_label}_{opts.model_name}_{suffix}",
            )
            for route, view, suffix in routes
        ]

    def _url(self, name: str, *args) -> str:
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args
        )

    def can_preview_revisions(self) -> bool:
        return issubclass(self.model, Publishable) and hasattr(self.model, "get_absolute_url")

    def _pending_object(self, request: HttpRequest, object_id) -> models.Model:
        obj = self.get_queryset(request).filter(pk=object_id).first()
        if obj is None:
            raise Http404(gettext("No such item."))
        if not (self.has_view_permission(request, obj) or self.has_change_permission(request)):
            raise PermissionDenied
        return obj

    def _context(self, request: HttpRequest, obj, title: str, **extra) -> dict:
        opts = self.model._meta
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": opts,
            "app_label": opts.app_label,
            "object": obj,
            "change_url": self._url("change", obj.pk),
            **extra,
        }

    # --- a pending revision: compare with live, preview, publish or discard ---------------------

    def pending_url(self, object_id) -> str:
        return self._url("pending", object_id)

    def pending_context(self, request: HttpRequest, obj, pending) -> dict:
        """What the change form and the pending page show about a proposal."""
        live = type(obj)._default_manager.get(pk=obj.pk)
        draft = proposals.apply_to(type(obj)._default_manager.get(pk=obj.pk), pending)
        return {
            "pending": pending,
            "pending_changes": revisions.compare(
                revisions.snapshot_instance(proposals.apply_to(live, None)),
                revisions.snapshot_instance(draft),
            ),
            "pending_conflicts": proposals.conflicts(pending, obj),
            "pending_url": self._url("pending", obj.pk),
            "pending_preview_url": self._url("pending_preview", obj.pk)
            if self.can_preview_revisions()
            else "",
            "may_publish_pending": workflow.can_publish(request.user, obj),
            "may_discard_pending": workflow.can_publish(request.user, obj)
            or pending.author_id == request.user.pk,
        }

    def pending_view(self, request: HttpRequest, object_id) -> HttpResponse:
        """The proposed change next to the live version, field by field, with Publish and
        Discard; a clash with a later live change is shown, and publishing over it is a
        separate, deliberate button."""
        object_id = unquote(object_id)
        obj = self._pending_object(request, object_id)
        pending = proposals.pending_for(obj)
        if pending is None:
            self.message_user(request, gettext("This item has no proposed change."))
            return HttpResponseRedirect(self._url("change", object_id))
        if request.method == "POST":
            return self._pending_action(request, obj, pending)
        context = self._context(
            request,
            obj,
            gettext("Proposed change: %(item)s") % {"item": obj},
            **self.pending_context(request, obj, pending),
        )
        return render(request, "admin/armistice/pending.html", context)

    def _pending_action(self, request: HttpRequest, obj, pending) -> HttpResponse:
        comment = request.POST.get("comment", "").strip()[:1000]
        try:
            if "_discard" in request.POST:
                services.pending_discard(pending=pending, user=request.user, comment=comment)
                self.message_user(
                    request,
                    _("The proposed change to “%(item)s” was discarded.") % {"item": obj},
                    messages.SUCCESS,
                )
            else:
                services.pending_publish(
                    pending=pending,
                    user=request.user,
                    comment=comment,
                    replace="_replace" in request.POST,
                    route=services.Route.ADMIN,
                )
                self.message_user(
                    request,
                    _("Published the proposed change: readers see “%(item)s” as proposed now.")
                    % {"item": obj},
                    messages.SUCCESS,
                )
        except (ValidationError, NotPermitted) as error:
            self.message_user(
                request,
                _("Not published: %(problems)s") % {"problems": " ".join(error.messages)},
                messages.ERROR,
            )
            return HttpResponseRedirect(self._url("pending", obj.pk))
        return HttpResponseRedirect(self._url("change", obj.pk))

    def pending_preview_view(self, request: HttpRequest, object_id) -> HttpResponse:
        """The proposed change rendered by the reader page's own view, marked as a preview."""
        if not self.can_preview_revisions():
            raise Http404(gettext("This kind of item has no reader page."))
        object_id = unquote(object_id)
        obj = self._pending_object(request, object_id)
        if not self.has_change_permission(request):
            raise PermissionDenied
        pending = proposals.pending_for(obj)
        if pending is None:
            raise Http404(gettext("This item has no proposed change."))
        instance = preview_draft(obj, pending)
        label = gettext("Proposed change by %(who)s, not yet published") % {
            "who": pending.author_name or gettext("someone")
        }
        return render_preview(request, instance, label)


class RevisionViewsMixin(PendingViewsMixin):
    """Adds compare, revision, revert and revision-preview views to a ``SimpleHistoryAdmin``
    (put it before ``SimpleHistoryAdmin`` in the bases). Rows edited inside the item (the
    registry's parts) show in its revisions as they stood at the time."""

    object_history_list_template = "admin/armistice/object_history_list.html"
    revision_template = "admin/armistice/revision.html"
    compare_template = "admin/armistice/compare.html"

    def get_urls(self):
        # Before simple_history's "<id>/history/<version>/", which would swallow "compare".
        return [
            *self._view_paths(
                ("<path:object_id>/history/compare/", self.compare_view, "compare"),
                (
                    "<path:object_id>/history/<str:version_id>/preview/",
                    self.revision_preview_view,
                    "revision_preview",
                ),
            ),
            *super().get_urls(),
        ]

    def compare_url(self, object_id, old_id, new_id) -> str:
        return f"{self._url('compare', object_id)}?a={old_id}&b={new_id}"

    def can_preview_revisions(self) -> bool:
        return issubclass(self.model, Publishable) and hasattr(self.model, "get_absolute_url")

    # --- picking records ----------------------------------------------------------------------

    def _history(self, object_id):
        return get_history_manager_for_model(self.model).filter(
            **{self.model._meta.pk.attname: object_id}
        )

    def _current_object(self, request: HttpRequest, object_id) -> models.Model:
        """The item, or its last revision if it was deleted; checks the history permission."""
        obj = self.get_queryset(request).filter(pk=object_id).first()
        if obj is None:
            last = self._history(object_id).order_by("-history_date", "-history_id").first()
            if last is None:
                raise Http404(gettext("No such item."))
            obj = last.instance
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        return obj

    def _record(self, object_id, version_id):
        record = (
            self._history(object_id)
            .select_related("history_user")
            .filter(history_id=_history_id(version_id))
            .first()
        )
        if record is None:
            raise Http404(gettext("No such revision of this item."))
        return record

    def _context(self, request: HttpRequest, obj, title: str, **extra) -> dict:
        return super()._context(
            request, obj, title, history_url=self._url("history", obj.pk), **extra
        )

    # --- the revision list --------------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        object_id = unquote(object_id)
        extra = {"compare_action": self._url("compare", object_id), **(extra_context or {})}
        item = self.get_queryset(request).filter(pk=object_id).first()
        pending = proposals.pending_for(item) if item is not None else None
        if pending is not None:
            extra.update(pending=pending, pending_url=self._url("pending", object_id))
        return super().history_view(request, object_id, extra_context=extra)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """Besides simple_history's per-row changes, give each row its links: the revision
        page, "compare with previous" and, for content readers see, a preview."""
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        records = list(historical_records)
        previewable = self.can_preview_revisions()
        for index, record in enumerate(records):
            object_id = record.instance.pk
            record.revision_url = self._url("simple_history", object_id, record.history_id)
            if index + 1 < len(records):
                older = records[index + 1]
                record.compare_previous_url = self.compare_url(
                    object_id, older.history_id, record.history_id
                )
            if previewable and record.history_type != "-":
                record.preview_url = self._url("revision_preview", object_id, record.history_id)

    # --- comparing two revisions --------------------------------------------------------------

    def compare_view(self, request: HttpRequest, object_id) -> HttpResponse:
        object_id = unquote(object_id)
        obj = self._current_object(request, object_id)
        first = self._record(object_id, request.GET.get("a"))
        second = self._record(object_id, request.GET.get("b"))
        old, new = sorted((first, second), key=lambda r: (r.history_date, r.history_id))
        changes = revisions.compare(
            revisions.snapshot(old),
            revisions.snapshot(new),
        )
        latest = self._history(object_id).order_by("-history_date", "-history_id").first()
        context = self._context(
            request,
            obj,
            gettext("Compare revisions: %(item)s") % {"item": obj},
            old=old,
            new=new,
            old_label=revisions.revision_label(old),
            new_label=revisions.revision_label(new),
            new_is_current=latest is not None and latest.history_id == new.history_id,
            old_url=self._url("simple_history", object_id, old.history_id),
            new_url=self._url("simple_history", object_id, new.history_id),
            changes=changes,
        )
        return render(request, self.compare_template, context)

    # --- one revision, and reverting to it ----------------------------------------------------

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Replaces simple_history's editable copy of the old form (whose relations show today's
        values, not the revision's) with a read-only page: what the revision said, how the
        current version differs, and a Revert button that restores it as a new revision."""
        object_id = unquote(object_id)
        obj = self._current_object(request, object_id)
        record = self._record(object_id, version_id)
        exists = self.get_queryset(request).filter(pk=object_id).exists()
        may_revert = (
            exists
            and self.has_change_permission(request, obj)
            and revisions.can_revert(request.user, obj)
        )
        if request.method == "POST":
            if not may_revert:
                raise PermissionDenied
            return self._revert(request, record)
        latest = self._history(object_id).order_by("-history_date", "-history_id").first()
        then = revisions.snapshot(record)
        context = self._context(
            request,
            obj,
            gettext("Revision of %(label)s: %(item)s")
            % {"label": revisions.revision_label(record), "item": obj},
            record=record,
            label=revisions.revision_label(record),
            values=[
                (name, ", ".join(sorted(value)) if isinstance(value, frozenset) else value)
                for name, value in then.items()
            ],
            changes=revisions.compare(then, revisions.snapshot(latest))
            if latest is not None and latest.history_id != record.history_id
            else [],
            is_current=latest is not None and latest.history_id == record.history_id,
            may_revert=may_revert and record.history_type != "-",
            compare_current_url=self.compare_url(object_id, record.history_id, latest.history_id)
            if latest is not None
            else "",
            preview_url=self._url("revision_preview", object_id, record.history_id)
            if self.can_preview_revisions() and record.history_type != "-"
            else "",
            **(extra_context or {}),
        )
        return render(request, self.revision_template, context)

    def _revert(self, request: HttpRequest, record) -> HttpResponse:
        try:
            obj = revisions.revert(record=record, user=request.user)
        except (ValidationError, NotPermitted) as error:
            self.message_user(
                request,
                _("Not reverted: %(problems)s") % {"problems": " ".join(error.messages)},
                messages.ERROR,
            )
            return HttpResponseRedirect(request.path)
        if isinstance(obj, PendingRevision):
            self.message_user(
                request,
                _(
                    "The revision of %(label)s is proposed: readers keep the live version "
                    "until a publisher publishes the proposal."
                )
                % {"label": revisions.revision_label(record)},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(self._url("change", obj.object_id))
        self.log_change(request, obj, gettext("Reverted to revision %s.") % record.history_id)
        self.message_user(
            request,
            _("“%(item)s” is back to the revision of %(label)s, saved as a new revision.")
            % {"item": obj, "label": revisions.revision_label(record)},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._url("change", obj.pk))

    # --- previewing a revision ----------------------------------------------------------------

    def revision_preview_view(self, request: HttpRequest, object_id, version_id) -> HttpResponse:
        """The revision rendered by the reader page's own view and template, marked as a
        preview, ``noindex`` and never cached; its links to tags, sources and other items are
        the revision's, limited to what readers can see."""
        if not self.can_preview_revisions():
            raise Http404(gettext("This kind of item has no reader page."))
        object_id = unquote(object_id)
        self._current_object(request, object_id)
        if not self.has_change_permission(request):
            raise PermissionDenied  # as for the reader page's own preview: editors only
        record = self._record(object_id, version_id)
        if record.history_type == "-":
            raise Http404(gettext("A deletion has nothing to preview."))
        instance = preview_instance(record)
        label = gettext("Revision of %(label)s (%(status)s)") % {
            "label": revisions.revision_label(record),
            "status": instance.get_status_display().lower(),
        }
        return render_preview(request, instance, label)


def render_preview(request: HttpRequest, instance, label: str) -> HttpResponse:
    """``instance`` rendered by its reader page's own view and template, as a preview."""
    try:
        match = resolve(instance.get_absolute_url())
    except Resolver404 as error:
        raise Http404(gettext("This revision has no reader page.")) from error
    view_class = getattr(match.func, "view_class", None)
    if view_class is None:
        raise Http404(gettext("This revision has no reader page."))
    preview = type("RevisionPreview", (RevisionPreviewMixin, view_class), {})
    return preview.as_view(instance=instance, preview_label=label)(
        request, *match.args, **match.kwargs
    )


def preview_draft(item: models.Model, pending) -> models.Model:
    """The item as proposed, its links and rows limited to what readers may see."""
    instance = proposals.draft_instance(item, pending)
    cache = instance._prefetched_objects_cache
    for name, related in list(cache.items()):
        if isinstance(related, models.QuerySet):
            if issubclass(related.model, Publishable):
                cache[name] = related.public()
        else:
            rows = []
            for row in related:
                fields = (
                    f for f in type(row)._meta.concrete_fields if f.related_model is not type(item)
                )
                if all(_visible(row, field) for field in fields):
                    rows.append(row)
            cache[name] = rows
    return instance


class RevisionPreviewMixin:
    """Turns an app's detail view into a preview of one historical instance."""

    instance = None
    preview_label = ""

    def get_object(self, queryset=None):
        return self.instance

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            preview_label=self.preview_label,
            preview_note=gettext(
                "Preview for editors: this is a saved revision, which may differ from what "
                "readers see now."
            ),
            noindex=True,
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response


def preview_instance(record) -> models.Model:
    """The item as ``record`` has it, with its relations as they were then, limited to what
    readers may see, put where the reader templates look for prefetched relations."""
    instance = record.instance
    cache = {}
    for field in record._history_m2m_fields:
        related = field.related_model._default_manager.filter(
            pk__in=revisions.m2m_ids(record, field)
        )
        if issubclass(field.related_model, Publishable):
            related = related.public()
        cache[field.name] = related
    for part in revisions.parts(record.instance_type):
        parent = part.part.parent
        fk = part.model._meta.get_field(parent)
        rows = []
        for row in revisions.part_rows(part, record):
            setattr(row, parent, instance)
            others = (f for f in part.model._meta.concrete_fields if f.name != parent)
            if all(_visible(row, field) for field in others):
                rows.append(row)
        cache[fk.remote_field.cache_name] = rows
    instance._prefetched_objects_cache = cache
    return instance


def _visible(row: models.Model, field: models.Field) -> bool:
    """A row's link to other content counts only if readers may see that content."""
    if not isinstance(field, models.ForeignKey) or not issubclass(field.related_model, Publishable):
        return True
    target = getattr(row, field.name, None)
    return target is None or target.is_public()
