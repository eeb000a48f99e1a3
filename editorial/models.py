"""The audit log: "who did what to which item, and when", for every change to content (created,
edited, its address changed, each workflow step, deleted, reverted, imported) and to who may
change it (roles). It keeps the username as text so an entry still names its author after the
account is deleted.

``PendingRevision`` is a change to something readers can see that waits for a publisher:
readers keep the live version until it is published (``editorial.pending``).

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
        PROPOSE = "propose", _("Change proposed")
        PUBLISH_PENDING = "publish_pending", _("Proposed change published")
        DISCARD_PENDING = "discard_pending", _("Proposed change discarded")

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


class PendingRevision(models.Model):
    """A proposed change to an item readers can see (Wagtail's "latest draft" beside the live
    revision): the live row stays as it is until a publisher publishes this.

    It holds what differs from the live item — fields, many-to-many targets and the rows
    inside the item (memberships, timeline entries) — and, for each thing it changes, a
    fingerprint of the live value it was made from, so publishing it after the live item
    changed in the same place is a conflict, not a silent overwrite. One per item: every
    editor's later edit updates it. ``editorial.pending`` reads and writes it; only the
    services change it."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("item"), max_length=300, blank=True)
    fields = models.JSONField(
        _("changed fields"),
        default=dict,
        encoder=DjangoJSONEncoder,
        help_text=_("The proposed value of each changed field, by its column name."),
    )
    relations = models.JSONField(
        _("changed links"),
        default=dict,
        encoder=DjangoJSONEncoder,
        help_text=_("The proposed targets (primary keys) of each changed many-to-many link."),
    )
    parts = models.JSONField(
        _("changed rows"),
        default=dict,
        encoder=DjangoJSONEncoder,
        help_text=_("Rows inside the item (members, events) added, changed or removed."),
    )
    base = models.JSONField(
        _("live values it was made from"),
        default=dict,
        help_text=_("A fingerprint of each changed thing's live value when it was proposed."),
    )
    base_history_id = models.PositiveBigIntegerField(
        _("live revision"), null=True, blank=True, help_text=_("The live revision it started from.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pending_revisions",
    )
    author_name = models.CharField(
        _("proposed by (name)"),
        max_length=150,
        blank=True,
        help_text=_("Kept as text so the proposal still names its author after the account goes."),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("pending revision")
        verbose_name_plural = _("pending revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                name="pending_revision_one_per_item",
                violation_error_message=_("This item already has a pending revision."),
            )
        ]

    def __str__(self):
        return _("Proposed change to %(item)s") % {"item": self.object_repr}

    @property
    def model(self) -> type[models.Model]:
        return self.content_type.model_class()

    def item(self) -> models.Model:
        return self.model._default_manager.get(pk=self.object_id)
