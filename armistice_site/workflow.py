"""The editorial workflow every publishable content type shares.

    draft ──submit──▶ in_review ──publish / schedule──▶ published ──archive──▶ archived
      ▲                   │                                 │
      └─request changes───┘◀──────────unpublish─────────────┘

Writers create and edit drafts and submit them for review. Publishers (the model's
``publish_<model>`` permission) also publish, schedule, unpublish, archive and request changes.
``transition()`` is the one way to change an item's status: the admin's buttons and actions and
the API's endpoints all call it, so the permission check, the publishing requirements, the audit
entry and the revision's change reason cannot be forgotten by one of them.

This module imports no app: it works on any ``Publishable`` model through its ``_meta``."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from armistice_site.audit import audit
from armistice_site.models import AuditEntry
from armistice_site.publishing import Publishable, Status

Action = AuditEntry.Action
User = AbstractBaseUser | AnonymousUser

#: ``to`` values understood by ``transition()``: the four statuses, plus "scheduled", which is
#: "published" with a go-live time that must lie in the future.
SCHEDULED = "scheduled"
TARGETS = (Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, SCHEDULED, Status.ARCHIVED)


class TransitionNotPermitted(PermissionDenied):
    """The user's role does not allow this transition (HTTP 403; the message says why).

    A ``PermissionDenied`` subclass, so Django views and DRF answer 403 without extra code."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Step:
    """One edge of the workflow: from a status to a ``to`` value, the action the audit log
    records, and whether it needs the publish permission (otherwise the change permission)."""

    source: str
    to: str
    action: str
    label: str
    needs_publish: bool = True


STEPS = (
    Step(Status.DRAFT, Status.IN_REVIEW, Action.SUBMIT, _("Submit for review"), False),
    Step(Status.IN_REVIEW, Status.DRAFT, Action.REQUEST_CHANGES, _("Request changes")),
    Step(Status.DRAFT, Status.PUBLISHED, Action.PUBLISH, _("Publish")),
    Step(Status.DRAFT, SCHEDULED, Action.SCHEDULE, _("Schedule")),
    Step(Status.IN_REVIEW, Status.PUBLISHED, Action.PUBLISH, _("Publish")),
    Step(Status.IN_REVIEW, SCHEDULED, Action.SCHEDULE, _("Schedule")),
    # A scheduled item can go live now or move to another time; a live one can be rescheduled.
    Step(Status.PUBLISHED, Status.PUBLISHED, Action.PUBLISH, _("Publish now")),
    Step(Status.PUBLISHED, SCHEDULED, Action.SCHEDULE, _("Reschedule")),
    Step(Status.PUBLISHED, Status.DRAFT, Action.UNPUBLISH, _("Unpublish")),
    Step(Status.PUBLISHED, Status.ARCHIVED, Action.ARCHIVE, _("Archive")),
    Step(Status.DRAFT, Status.ARCHIVED, Action.ARCHIVE, _("Archive")),
    Step(Status.IN_REVIEW, Status.ARCHIVED, Action.ARCHIVE, _("Archive")),
    Step(Status.ARCHIVED, Status.PUBLISHED, Action.PUBLISH, _("Publish again")),
    Step(Status.ARCHIVED, Status.DRAFT, Action.UNPUBLISH, _("Back to draft")),
)
_STEPS = {(step.source, step.to): step for step in STEPS}


def permission_name(model: type[models.Model] | models.Model, action: str) -> str:
    """``"articles.publish_article"`` for ``(Article, "publish")``: Django's permission name."""
    opts = model._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


def can_publish(user: User, model: type[models.Model] | models.Model) -> bool:
    return user.has_perm(permission_name(model, "publish"))


def _step(obj: Publishable, to: str, now: datetime.datetime) -> Step | None:
    step = _STEPS.get((obj.status, to))
    # "Publish now" only makes sense for an item that is not live yet.
    if step and step.source == step.to == Status.PUBLISHED and obj.is_public(now):
        return None
    return step


def _permitted(user: User, obj: Publishable, step: Step) -> bool:
    if step.needs_publish:
        return can_publish(user, obj)
    return user.has_perm(permission_name(obj, "change"))


def allowed_transitions(user: User, obj: Publishable) -> list[str]:
    """The ``to`` values this user may pass to ``transition()`` for ``obj`` now, in workflow
    order, for drawing buttons. Publishing requirements are checked only on the transition
    itself, so a publisher still sees "Publish" and learns there what is missing."""
    now = timezone.now()
    return [
        to
        for to in TARGETS
        if (step := _step(obj, to, now)) is not None and _permitted(user, obj, step)
    ]


def transition_label(obj: Publishable, to: str) -> str:
    """The button text for moving ``obj`` to ``to`` ("Submit for review", "Unpublish", …)."""
    step = _STEPS.get((obj.status, to))
    return str(step.label) if step else ""


def can_change(user: User, obj: Publishable) -> bool:
    """Whether the user may edit ``obj``'s content: writers edit drafts and items in review;
    what readers can see (or are scheduled to see) is edited only by those who may publish."""
    if not user.has_perm(permission_name(obj, "change")):
        return False
    return obj.status in (Status.DRAFT, Status.IN_REVIEW) or can_publish(user, obj)


def can_delete(user: User, obj: models.Model) -> bool:
    """Whether the user may delete ``obj``. Content that readers have seen (it has a first
    publication time) needs the publish permission as well as delete: writers cannot remove
    published work, and its slug stays retired (see ``Publishable.validate_slug_not_retired``)."""
    if not user.has_perm(permission_name(obj, "delete")):
        return False
    if isinstance(obj, Publishable) and (
        obj.first_published_at is not None or obj.status in (Status.PUBLISHED, Status.ARCHIVED)
    ):
        return can_publish(user, obj)
    return True


def delete(*, obj: models.Model, user: User, comment: str = "") -> None:
    """Delete ``obj`` after checking ``can_delete``, and record it in the audit log."""
    if not can_delete(user, obj):
        raise TransitionNotPermitted(
            gettext("You may not delete “%(item)s”: it has been published. Ask a publisher.")
            % {"item": obj}
            if user.has_perm(permission_name(obj, "delete"))
            else gettext("You do not have permission to delete “%(item)s”.") % {"item": obj}
        )
    with transaction.atomic():
        audit(user=user, action=Action.DELETE, obj=obj, comment=comment)
        obj._change_reason = _reason(Action.DELETE, comment)
        obj.delete()


def publishing_problems(obj: Publishable) -> dict[str, str]:
    """What ``obj`` still lacks before readers may see it, keyed by field.

    Readers rely on a summary (lists, search results, meta description) and on sources to check
    the facts. An AI-generated article may stand on its disclosure instead of sources, but never
    without the disclosure. Models without those fields are held to what they have: a timeline
    needs an introduction and at least one event."""
    names = {f.name for f in obj._meta.get_fields() if not f.auto_created or f.concrete}
    problems: dict[str, str] = {}
    if "summary" in names and not obj.summary.strip():
        problems["summary"] = gettext("Write a summary before publishing.")
    if "introduction" in names and not obj.introduction.strip():
        problems["introduction"] = gettext("Write an introduction before publishing.")
    ai_generated = "ai_generated" in names and obj.ai_generated
    disclosed = ai_generated and bool(obj.disclosure.strip())
    if ai_generated and not disclosed:
        problems["disclosure"] = gettext(
            "An AI-generated item needs its AI disclosure before publishing."
        )
    if "sources" in names and not disclosed and not obj.sources.exists():
        problems["sources"] = gettext(
            "Cite at least one source before publishing (or, for an AI-generated article, "
            "give its AI disclosure)."
        )
    if "events" in names and not obj.events.exists():
        problems["events"] = gettext("Add at least one event before publishing.")
    return problems


def _reason(action: str, comment: str) -> str:
    label = str(Action(action).label)
    return f"{label}: {comment}"[:100] if comment else label


@transaction.atomic
def transition(
    *,
    obj: Publishable,
    to: str,
    user: User,
    comment: str = "",
    publish_at: datetime.datetime | None = None,
) -> Publishable:
    """Move ``obj`` to ``to`` (a status or ``"scheduled"``) on behalf of ``user``.

    Raises ``TransitionNotPermitted`` (403) when the user's role does not allow it, and
    ``ValidationError`` with field-keyed messages when the move is not possible from the current
    status, a requirement for publishing is missing, a change request has no comment, or a
    schedule time is not in the future. Unsaved edits on ``obj`` are saved with the new status,
    in the same revision, whose change reason names the action and comment."""
    if obj.pk is None:
        raise ValidationError({"status": gettext("Save the item before changing its status.")})
    model = type(obj)
    current = model._default_manager.select_for_update().only("status", "publish_at")
    stored = current.get(pk=obj.pk)
    obj.status, now = stored.status, timezone.now()

    step = _step(obj, to, now)
    if step is None:
        raise ValidationError(
            {
                "status": gettext("“%(item)s” is %(status)s; it cannot go to “%(to)s”.")
                % {"item": obj, "status": obj.get_status_display().lower(), "to": to}
            }
        )
    if not _permitted(user, obj, step):
        raise TransitionNotPermitted(
            gettext("Only a publisher can %(action)s “%(item)s”.")
            % {"action": str(step.label).lower(), "item": obj}
            if step.needs_publish
            else gettext("You do not have permission to change “%(item)s”.") % {"item": obj}
        )

    action = step.action
    extra = {}
    if step.action == Action.REQUEST_CHANGES and not comment.strip():
        raise ValidationError({"comment": gettext("Say what needs changing.")})
    if to in (Status.PUBLISHED, SCHEDULED):
        if to == SCHEDULED:
            publish_at = publish_at or obj.publish_at
            if publish_at is None or publish_at <= now:
                raise ValidationError(
                    {"publish_at": gettext("Choose a time in the future to schedule it.")}
                )
        obj.publish_at = publish_at or now
        action = Action.SCHEDULE if obj.publish_at > now else Action.PUBLISH
        if problems := publishing_problems(obj):
            raise ValidationError(problems)
        obj.status = Status.PUBLISHED
        extra["publish_at"] = obj.publish_at
    else:
        obj.status = to
        if step.action == Action.UNPUBLISH:
            obj.publish_at = None  # unpublishing a scheduled item also cancels its schedule

    obj.full_clean()
    obj._change_reason = _reason(action, comment)
    obj._history_user = user if user.is_authenticated else None
    obj.save()
    audit(user=user, action=action, obj=obj, comment=comment, status=obj.status, **extra)
    return obj
