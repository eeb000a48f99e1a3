"""The editorial workflow every publishable content type shares: the rules, in one place.

    draft ──submit──▶ in_review ──publish / schedule──▶ published ──archive──▶ archived
      ▲                   │                                 │                      │
      └─request changes───┘◀──────────unpublish─────────────┘◀────publish again────┘

Writers create and edit drafts and submit them for review. Publishers (the model's
``publish_<model>`` permission) also publish, schedule, unpublish, archive and request changes,
and edit what readers can see. A writer may still *propose* a change to what readers can see
(and to reference data readers see): it becomes a pending revision that readers do not see
until a publisher publishes it (``proposes()``; ``editorial.pending``).

This module decides and writes nothing: ``plan()`` says what a step does (or why it cannot be
taken), ``check_edit()`` and ``check_delete()`` whether a user may change or delete an item, and
``publishing_problems()`` what an item lacks before readers may see it. ``editorial.services``
applies a step together with any edits, in one transaction with one revision and one audit
entry, for the admin's buttons and actions, the API, revert, imports and the demo loader alike.

A refusal says its real reason: the item's status ("it is archived; it cannot go to …") or the
user's role ("Only a publisher can …"). ``user=None`` is the system itself (a management
command), which may do anything.

Dates: ``publish_at`` is when readers (most recently) began to see the item, and lists and
feeds order by it; ``first_published_at`` is the first time they ever could, set once and never
moved. Publishing — for the first time or again, after unpublishing or archiving — sets
``publish_at`` to now unless a time is given with the step: a future one schedules it, a past
one dates it back."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from armistice_site import registry
from armistice_site.publishing import Publishable, Status, permission_name
from editorial.models import AuditEntry
from editorial.pending import is_live

Action = AuditEntry.Action
User = AbstractBaseUser | AnonymousUser | None

#: ``to`` values understood by ``plan()``: the four statuses, plus "scheduled", which is
#: "published" with a go-live time that must lie in the future.
SCHEDULED = "scheduled"
TARGETS = (Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, SCHEDULED, Status.ARCHIVED)


class NotPermitted(PermissionDenied):
    """The user may not do this (HTTP 403; the message says why).

    A ``PermissionDenied`` subclass, so Django views and DRF answer 403 without extra code."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    @property
    def messages(self) -> list[str]:
        return [self.message]


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


@dataclass(frozen=True)
class Plan:
    """What a permitted step does: the audit action, and the status and go-live time the item
    gets."""

    action: str
    status: str
    publish_at: datetime.datetime | None


# --- Permissions --------------------------------------------------------------------------------


def has_perm(user: User, model: type[models.Model] | models.Model, action: str) -> bool:
    return user is None or user.has_perm(permission_name(model, action))


def declares_publish(model: type[models.Model] | models.Model) -> bool:
    """Whether the type has its own ``publish_<model>`` permission (every publishable type;
    reference types that want their own, like sources and countries)."""
    codename = f"publish_{model._meta.model_name}"
    return any(name == codename for name, _label in model._meta.permissions)


def can_publish(user: User, model: type[models.Model] | models.Model) -> bool:
    """Whether ``user`` may publish ``model``'s items (and their proposed changes). A reference
    type without a publish permission of its own is published by whoever may publish some
    kind of content (a Publisher)."""
    if user is None or declares_publish(model):
        return has_perm(user, model, "publish")
    return any(
        has_perm(user, entry.model, "publish")
        for entry in registry.entries(registry.Role.PUBLISHABLE)
    )


def item_of(obj: models.Model) -> models.Model | None:
    """The item a part row lives in (a membership's alliance), or None for other types."""
    entry = registry.get(obj)
    if entry is None or entry.part is None:
        return None
    return getattr(obj, entry.part.parent, None)


def _is_out(obj: models.Model) -> bool:
    """Whether readers can see the item, will see it at its time, or once did (archived);
    for reference data, whether readers can reach it (``pending.is_live``)."""
    return is_live(obj)


def edit_refusal(user: User, obj: models.Model) -> str:
    """Why ``user`` may not edit ``obj``'s content, or "" if they may.

    Writers edit drafts and items in review; what readers can see, are scheduled to see or
    once saw is edited only by those who may publish it. A row inside an item (a membership)
    follows its item."""
    item = item_of(obj)
    if item is not None:
        if not has_perm(user, obj, "change" if obj.pk else "add"):
            return gettext("You do not have permission to change “%(item)s”.") % {"item": item}
        return edit_refusal(user, item)
    if not has_perm(user, obj, "change" if obj.pk else "add"):
        return gettext("You do not have permission to change “%(item)s”.") % {"item": obj}
    if _is_out(obj) and not can_publish(user, obj):
        status = (
            obj.get_status_display().lower()
            if isinstance(obj, Publishable)
            else gettext("shown to readers")
        )
        return gettext(
            "Only a publisher can change “%(item)s”: it is %(status)s. Ask a publisher to "
            "change it or to send it back to draft."
        ) % {"item": obj, "status": status}
    return ""


def can_change(user: User, obj: models.Model) -> bool:
    """Whether ``user`` may change ``obj`` directly (what readers see at once)."""
    return not edit_refusal(user, obj)


def propose_refusal(user: User, obj: models.Model) -> str:
    """Why ``user`` may not even propose a change to ``obj``, or "" if they may: proposing
    needs only the change permission (of the item, for a row inside one)."""
    item = item_of(obj)
    if not has_perm(user, obj, "change" if obj.pk else "add"):
        return gettext("You do not have permission to change “%(item)s”.") % {"item": item or obj}
    if item is not None and not has_perm(user, item, "change"):
        return gettext("You do not have permission to change “%(item)s”.") % {"item": item}
    return ""


def can_propose(user: User, obj: models.Model) -> bool:
    """Whether ``user`` may edit ``obj`` at all, directly or as a pending revision."""
    return not propose_refusal(user, obj)


def proposes(user: User, item: models.Model, asked: bool | None) -> bool:
    """Whether an edit of ``item`` (an existing item, or the item a row lives in) is stored as
    a pending revision instead of changing what readers see.

    ``asked`` is the route's wish: True to propose (the admin, while a proposal exists, edits
    the proposal), False never (publishing a proposal, the demo loader), None to let the rules
    decide: a change to a live item by someone who may not publish it is proposed."""
    if item is None or item.pk is None or asked is False:
        return False
    if asked:
        return True
    return is_live(item) and not can_publish(user, item)


def check_edit(user: User, obj: models.Model) -> None:
    if refusal := edit_refusal(user, obj):
        raise NotPermitted(refusal)


def delete_refusal(user: User, obj: models.Model) -> str:
    """Why ``user`` may not delete ``obj``, or "" if they may. Content that readers have seen
    (it has a first publication time) needs the publish permission as well as delete: writers
    cannot remove published work, and its slug stays retired. A row inside an item is deleted
    by whoever may edit the item."""
    if not has_perm(user, obj, "delete"):
        return gettext("You do not have permission to delete “%(item)s”.") % {"item": obj}
    item = item_of(obj)
    if item is not None:
        return edit_refusal(user, item)
    seen = isinstance(obj, Publishable) and (obj.first_published_at is not None or _is_out(obj))
    if seen and not can_publish(user, obj):
        return gettext("You may not delete “%(item)s”: it has been published. Ask a publisher.") % {
            "item": obj
        }
    return ""


def can_delete(user: User, obj: models.Model) -> bool:
    return not delete_refusal(user, obj)


def check_delete(user: User, obj: models.Model) -> None:
    if refusal := delete_refusal(user, obj):
        raise NotPermitted(refusal)


# --- Steps --------------------------------------------------------------------------------------


def _step(obj: Publishable, to: str, now: datetime.datetime) -> Step | None:
    step = _STEPS.get((obj.status, to))
    # "Publish now" only makes sense for an item that is not live yet.
    if step and step.source == step.to == Status.PUBLISHED and obj.is_public(now):
        return None
    return step


def _permitted(user: User, obj: Publishable, step: Step) -> bool:
    return has_perm(user, obj, "publish" if step.needs_publish else "change")


def allowed_transitions(user: User, obj: Publishable) -> list[str]:
    """The ``to`` values this user may ask for ``obj`` now, in workflow order, for drawing
    buttons. Publishing requirements are checked only when the step is taken, so a publisher
    still sees "Publish" and learns there what is missing."""
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


def plan(
    *,
    obj: Publishable,
    to: str,
    user: User,
    comment: str = "",
    publish_at: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
) -> Plan:
    """What moving ``obj`` (at its current status) to ``to`` does, on behalf of ``user``.

    ``to="published"`` publishes now (or at a past ``publish_at`` given with the step), or
    schedules when ``publish_at`` lies in the future;
    ``to="scheduled"`` needs a future time (``publish_at`` or the item's own). Raises
    ``ValidationError`` keyed by field when the item's status allows no such step, a change
    request has no comment, or a schedule time is not in the future; ``NotPermitted`` when the
    user's role does not allow the step. Publishing requirements are checked by the services
    once the item's links are written (``publishing_problems``)."""
    now = now or timezone.now()
    to = _target(obj, to, publish_at, now)
    step = _step(obj, to, now)
    if step is None:
        raise ValidationError(
            {
                "status": gettext("“%(item)s” is %(status)s; it cannot go to “%(to)s”.")
                % {"item": obj, "status": obj.get_status_display().lower(), "to": to}
            }
        )
    if not _permitted(user, obj, step):
        raise NotPermitted(
            gettext("Only a publisher can %(action)s “%(item)s”.")
            % {"action": str(step.label).lower(), "item": obj}
            if step.needs_publish
            else gettext("You do not have permission to change “%(item)s”.") % {"item": obj}
        )
    if step.action == Action.REQUEST_CHANGES and not comment.strip():
        raise ValidationError({"comment": gettext("Say what needs changing.")})
    if to == SCHEDULED:
        when = publish_at or obj.publish_at
        if when is None or when <= now:
            raise ValidationError(
                {"publish_at": gettext("Choose a time in the future to schedule it.")}
            )
        return Plan(Action.SCHEDULE, Status.PUBLISHED, when)
    if to == Status.PUBLISHED:
        # A time in the past, given with the step, dates the publication back (an import of
        # something published elsewhere); none means now.
        return Plan(Action.PUBLISH, Status.PUBLISHED, publish_at or now)
    # Unpublishing (or sending back to draft) also cancels a schedule; archiving keeps the
    # time readers last began to see the item.
    return Plan(step.action, to, obj.publish_at if to == Status.ARCHIVED else None)


def _target(
    obj: Publishable, to: str, publish_at: datetime.datetime | None, now: datetime.datetime
) -> str:
    """A "publish" with a future time is a "schedule": a time given with the step, or a
    planned time a not yet published item already carries. Anything else publishes now, so an item
    published again (after being unpublished or archived) does not reappear under its old
    date."""
    if to != Status.PUBLISHED:
        return to
    planned = obj.publish_at if obj.status != Status.PUBLISHED else None
    when = publish_at or planned
    return SCHEDULED if when is not None and when > now else to


def publishing_problems(obj: Publishable) -> dict[str, str]:
    """What ``obj``, as stored, still lacks before readers may see it, keyed by field.

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
