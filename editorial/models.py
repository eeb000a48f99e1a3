"""The audit log: "who did what to which item, and when", for every change to content (created,
edited, its address changed, each workflow step, deleted, reverted, imported) and to who may
change it (roles). It keeps the username as text so an entry still names its author after the
account is deleted.

The model moved here from ``armistice_site`` with a state-only migration: its table keeps the
name it was created with, so no row was copied or lost."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        EDIT = "edit", _("Edited")
        RENAME = "rename", _("Address changed")
        SUBMIT = "submit", _("Submitted for review")
        REQUEST_CHANGES = "request_changes", _("Changes requested")
        PUBLISH = "publish", _("Published")
        SCHEDULE = "schedule", _("Scheduled")
        UNPUBLISH = "unpublish", _("Unpublished")
        ARCHIVE = "archive", _("Archived")
        DELETE = "delete", _("Deleted")
        REVERT = "revert", _("Reverted")
        ROLE_CHANGE = "role_change", _("Role changed")
        IMPORT = "import", _("Imported")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_entries",
        help_text=_("Empty for commands run from the shell, or once the account is deleted."),
    )
    username = models.CharField(
        _("username"),
        max_length=150,
        blank=True,
        help_text=_("Kept as text so the entry still names its author after the account goes."),
    )
    action = models.CharField(_("action"), max_length=32, choices=Action.choices, db_index=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("content type"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(
        _("object"),
        max_length=300,
        blank=True,
        help_text=_("The item's name at the time, kept after it is renamed or deleted."),
    )
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    extra = models.JSONField(
        _("details"),
        default=dict,
        blank=True,
        encoder=DjangoJSONEncoder,
        help_text=_("Action-specific details, e.g. the go-live time or the groups changed."),
    )

    class Meta:
        db_table = "armistice_site_auditentry"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_object_idx")]

    def __str__(self):
        who = self.username or _("system")
        target = f" {self.object_repr}" if self.object_repr else ""
        return f"{who}: {self.get_action_display()}{target}"
