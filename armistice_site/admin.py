"""Admin pieces shared by every publishable content type (Article, Alliance, Event, Timeline).

Publishing and unpublishing from a list live here, in one place, behind the per-model
``publish_<model>`` permission, so a review workflow can guard or replace them without touching
each app. This module imports no app: the apps' admin modules build on it."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from armistice_site.publishing import Publishable, Status

PUBLISHING_FIELDS = ("status", "publish_at", "first_published_at", "created_at", "updated_at")
PUBLISHING_READONLY = ("first_published_at", "created_at", "updated_at")


def publishing_fieldset() -> tuple:
    """The fieldset every publishable change form ends with."""
    return (
        _("Publishing"),
        {
            "fields": PUBLISHING_FIELDS,
            "description": _(
                "Readers see an item once it is Published and its publish time has come. "
                "Leave the time empty to publish now; a future time schedules it."
            ),
        },
    )


def local_datetime(value) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


class PublishableAdmin(SimpleHistoryAdmin):
    """A change list and form for a publishable model, with revision history and revert.

    Subclasses put ``status_column`` and ``publish_at`` in ``list_display`` and end their
    fieldsets with ``publishing_fieldset()``.
    """

    actions = ["publish", "unpublish"]
    list_per_page = 50
    save_on_top = True

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> tuple:
        return (*super().get_readonly_fields(request, obj), *PUBLISHING_READONLY)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        """Publishing is its own permission (``publish_<model>``), not implied by "change"."""
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, obj: Publishable) -> str:
        if obj.is_scheduled():
            return _("Scheduled for %(time)s") % {"time": local_datetime(obj.publish_at)}
        return obj.get_status_display()

    @admin.action(
        description=_("Publish selected items (now, or at their scheduled time)"),
        permissions=["publish"],
    )
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        """Published keeps a publish time already set (so a schedule survives); an item
        without one goes live now."""
        published = scheduled = 0
        for obj in queryset.order_by("pk"):
            obj.status = Status.PUBLISHED
            if obj.publish_at is None:
                obj.publish_at = timezone.now()
            if self._save_checked(request, obj, _("Published from the list")):
                if obj.is_scheduled():
                    scheduled += 1
                else:
                    published += 1
        if published:
            self.message_user(
                request,
                ngettext("%d item published.", "%d items published.", published) % published,
                messages.SUCCESS,
            )
        if scheduled:
            self.message_user(
                request,
                ngettext(
                    "%d item is scheduled and goes live at its publish time.",
                    "%d items are scheduled and go live at their publish times.",
                    scheduled,
                )
                % scheduled,
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Unpublish selected items (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = 0
        for obj in queryset.order_by("pk"):
            obj.status = Status.DRAFT
            if self._save_checked(request, obj, _("Unpublished from the list")):
                count += 1
        self.message_user(
            request,
            ngettext(
                "%d item is back to draft; readers no longer see it.",
                "%d items are back to draft; readers no longer see them.",
                count,
            )
            % count,
            messages.SUCCESS,
        )

    def _save_checked(self, request: HttpRequest, obj: Publishable, reason: str) -> bool:
        """Validate and save one item, recording who did it in its history; an item that fails
        validation is left unchanged and named in an error message."""
        try:
            obj.full_clean()
        except ValidationError as error:
            self.message_user(
                request,
                _("“%(item)s” was not changed: %(problems)s")
                % {"item": obj, "problems": " ".join(error.messages)},
                messages.ERROR,
            )
            return False
        obj._history_user = request.user
        obj._change_reason = reason
        with transaction.atomic():
            obj.save()
        return True
