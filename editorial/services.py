"""The one write path for content. The admin's forms and actions, the API, revert, the legacy
importer and the demo loader all change content through ``content_save()`` and
``content_delete()``; ``content_transition()`` is ``content_save()`` with a workflow step and
no edits. The apps' ``services.py`` name the fields and relations of their own types and call
these.

A save runs in one transaction. It locks the item's row and starts from the stored values (so
a stale copy in the caller's hands never overwrites someone else's change), checks that the user
may edit the item (``workflow.check_edit``) and take the step (``workflow.plan``), validates
(``full_clean``: the admin's messages, never an IntegrityError), writes the row, the
relations it was given and the rows inside the item (memberships, timeline entries), checks
the publishing requirements if readers will see the result, and then leaves **exactly one
revision** (who, when, a reason) and **one audit entry** (created, edited, address changed, or
the workflow step). A save that changes nothing writes nothing. Anything refused raises and
rolls the whole write back: ``ValidationError`` with field-keyed messages, or
``workflow.NotPermitted``.

This module imports no app: it works on any registered model."""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from armistice_site import references, registry
from armistice_site.invalidation import bump_generation
from armistice_site.publishing import Publishable, Status
from armistice_site.rendering import DERIVED_FIELDS, RenderedBody
from armistice_site.revisioning import write_revision
from editorial import workflow
from editorial.audit import audit
from editorial.models import AuditEntry
from editorial.workflow import User

Action = AuditEntry.Action

#: Fields that say when or how an item was stored, never set by a write.
BOOKKEEPING = frozenset({"created_at", "updated_at", "first_published_at"})
#: Fields that change only through a workflow step.
WORKFLOW_FIELDS = frozenset({"status", "publish_at"})


class Route(StrEnum):
    """Where a change comes from: the default reason of its revision names it."""

    ADMIN = "admin"
    API = "api"
    IMPORT = "import"
    DEMO = "demo"
    SHELL = "shell"


DEFAULT_REASONS = {
    Route.ADMIN: ("Created in the admin", "Edited in the admin"),
    Route.API: ("Created through the API", "Edited through the API"),
    Route.IMPORT: ("Imported", "Updated by an import"),
    Route.DEMO: ("Loaded with the demo content", "Updated from the demo content"),
    Route.SHELL: ("Created from the shell", "Edited from the shell"),
}


@dataclass(frozen=True)
class Move:
    """A workflow step to take with a save: ``to`` is a status or ``"scheduled"``."""

    to: str
    comment: str = ""
    publish_at: datetime.datetime | None = None


@dataclass
class PartRows:
    """Rows inside the item to write with it: new or changed rows, and rows to delete."""

    saved: list[models.Model] = field(default_factory=list)
    deleted: list[models.Model] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.saved or self.deleted)


def default_reason(route: Route, *, created: bool) -> str:
    return DEFAULT_REASONS[route][0 if created else 1]


def step_reason(action: str, comment: str) -> str:
    label = str(Action(action).label)
    return f"{label}: {comment}" if comment else label


def editable_fields(model: type[models.Model]) -> list[models.Field]:
    """The concrete fields a write may set (not the primary key, not bookkeeping)."""
    return [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in BOOKKEEPING and f.editable
    ]


def _value(obj: models.Model, f: models.Field) -> Any:
    value = f.value_from_object(obj)
    return getattr(value, "name", value) if isinstance(f, models.FileField) else value


def _load_stored(obj: models.Model) -> models.Model:
    """Lock the item's row and put its stored values on ``obj``; returns the stored copy."""
    model = type(obj)
    stored = model._default_manager.select_for_update().get(pk=obj.pk)
    for f in model._meta.concrete_fields:
        setattr(obj, f.attname, getattr(stored, f.attname))
    return stored


def _changed_relations(
    obj: models.Model, relations: Mapping[str, Iterable[models.Model] | None], creating: bool
) -> dict[str, list]:
    """The relations whose targets differ from what is stored, as primary keys to set."""
    changed = {}
    for name, targets in relations.items():
        if targets is None:
            continue
        wanted = list(dict.fromkeys(t.pk if isinstance(t, models.Model) else t for t in targets))
        current = set() if creating else set(getattr(obj, name).values_list("pk", flat=True))
        if set(wanted) != current:
            changed[name] = wanted
    return changed


def _write_parts(obj: models.Model, parts: Iterable[PartRows], user: User) -> None:
    for rows in parts:
        for row in rows.deleted:
            row._history_user = user
            row.delete()
        for row in rows.saved:
            parent = registry.entry(row).part.parent
            setattr(row, parent, obj)
            row._history_user = user
            row.full_clean()
            row.save()


@transaction.atomic
def content_save(
    *,
    obj: models.Model,
    user: User,
    fields: Mapping[str, Any] | None = None,
    relations: Mapping[str, Iterable[models.Model] | None] | None = None,
    parts: Iterable[PartRows] = (),
    move: Move | None = None,
    route: Route = Route.SHELL,
    reason: str = "",
    action: str = "",
    comment: str = "",
    extra: Mapping[str, Any] | None = None,
) -> models.Model:
    """Create ``obj`` (no primary key yet) or change it, on behalf of ``user`` (None: the
    system), as described in the module docstring.

    ``fields`` are set on the item (for a new item, on top of what ``obj`` carries); each
    relation in ``relations`` is replaced by the targets given (None leaves it alone); ``parts``
    are rows inside the item to save or delete with it; ``move`` is a workflow step to take in
    the same write. ``reason`` goes into the revision (default: the route's, or the step and
    its comment); ``action``, ``comment`` and ``extra`` override the audit entry's action, give
    its comment (default: the step's) and add to its details (revert, import)."""
    fields, relations, parts = dict(fields or {}), dict(relations or {}), [p for p in parts if p]
    if WORKFLOW_FIELDS & fields.keys() and isinstance(obj, Publishable):
        raise ValueError("Status and go-live time change through a workflow step (move=…).")
    entry = registry.entry(obj)
    creating = obj.pk is None
    stored = None if creating else _load_stored(obj)
    for name, value in fields.items():
        setattr(obj, name, value)
    if creating and isinstance(obj, Publishable):
        obj.status, obj.publish_at = Status.DRAFT, None

    changed = [
        f.name
        for f in editable_fields(type(obj))
        if creating or _value(obj, f) != _value(stored, f)
    ]
    linked = _changed_relations(obj, relations, creating)
    edits = bool(creating or changed or linked or parts)
    if edits:
        workflow.check_edit(user, stored or obj)
        if stored is not None and entry.part is not None:
            workflow.check_edit(user, obj)  # a row moved to another item: that one too
    step = None
    if move is not None:
        step = workflow.plan(
            obj=obj, to=move.to, user=user, comment=move.comment, publish_at=move.publish_at
        )
        obj.status, obj.publish_at = step.status, step.publish_at
    if not edits and step is None:
        return obj

    obj.full_clean()
    obj.skip_history_when_saving = True
    try:
        obj.save()
        for name, pks in linked.items():
            getattr(obj, name).set(pks)
    finally:
        del obj.skip_history_when_saving
    _write_parts(obj, parts, user)
    if linked and isinstance(obj, RenderedBody):
        content_rerender(obj)  # what the body shows may depend on the links (glossary terms)
    readers_see = isinstance(obj, Publishable) and obj.status == Status.PUBLISHED
    if readers_see and (problems := workflow.publishing_problems(obj)):
        raise ValidationError(problems)

    if step is not None:
        reason = reason or step_reason(step.action, move.comment)
    reason = reason or default_reason(route, created=creating)
    if entry.revisioned:
        write_revision(obj, created=creating, user=user, reason=reason)
    details = {"changed": sorted([*changed, *linked])} if stored and (changed or linked) else {}
    if stored is not None and "slug" in changed:
        details["slug"] = [stored.slug, obj.slug]
    if step is not None:
        details["publish_at"] = obj.publish_at
    details.update(extra or {})
    if entry.part is not None:
        _revise_item(workflow.item_of(obj), user, _part_reason(obj, creating))
    if hasattr(obj, "slug"):
        rerender_dependents(obj, {obj.slug, getattr(stored, "slug", obj.slug)})
    audit(
        user=user,
        action=action or _action(step, creating, stored, obj),
        obj=obj,
        comment=comment or (move.comment if move is not None else ""),
        **details,
    )
    return obj


def _action(step: workflow.Plan | None, creating: bool, stored, obj) -> str:
    if step is not None:
        return step.action
    if creating:
        return Action.CREATE
    if getattr(stored, "slug", None) != getattr(obj, "slug", None):
        return Action.RENAME
    return Action.EDIT


def _part_reason(row: models.Model, created: bool) -> str:
    text = "Added %(part)s “%(row)s”." if created else "Changed %(part)s “%(row)s”."
    return gettext(text) % {"part": row._meta.verbose_name, "row": row}


def _revise_item(item: models.Model, user: User, reason: str) -> None:
    """A row inside an item changed on its own (not with the item's form): the item records
    it as one revision of its own, so its history shows the row as it now stands."""
    model = type(item)
    if hasattr(item, "updated_at"):
        item.updated_at = timezone.now()
        model._default_manager.filter(pk=item.pk).update(updated_at=item.updated_at)
    if registry.entry(item).revisioned:
        write_revision(item, created=False, user=user, reason=reason)


def content_transition(
    *,
    obj: Publishable,
    to: str,
    user: User,
    comment: str = "",
    publish_at: datetime.datetime | None = None,
    route: Route = Route.SHELL,
) -> Publishable:
    """Take one workflow step with no edits: one revision named after the step, one audit
    entry."""
    return content_save(obj=obj, user=user, move=Move(to, comment, publish_at), route=route)


@transaction.atomic
def content_delete(
    *, obj: models.Model, user: User, comment: str = "", route: Route = Route.SHELL
) -> None:
    """Delete ``obj`` after ``workflow.check_delete``, with an audit entry. A row inside an
    item also leaves a revision of the item."""
    workflow.check_delete(user, obj)
    item = workflow.item_of(obj)
    audit(user=user, action=Action.DELETE, obj=obj, comment=comment)
    reason = step_reason(Action.DELETE, comment)
    obj._history_user = user
    obj._change_reason = reason[:100]
    row = str(obj)
    slugs = {obj.slug, *_former_slugs(obj)} if hasattr(obj, "slug") else set()
    obj.delete()
    if slugs:
        rerender_dependents(obj, slugs)
    if item is not None:
        reason = gettext("Deleted %(part)s “%(row)s”.") % {
            "part": obj._meta.verbose_name,
            "row": row,
        }
        _revise_item(item, user, reason)


# --- Stored renderings ------------------------------------------------------------------------


def content_rerender(obj: RenderedBody) -> None:
    """Render ``obj``'s body again and store what it derives (HTML, contents, what it shows).
    The authored text is unchanged, so this leaves no revision and no audit entry."""
    obj.render_body()
    values = {name: getattr(obj, name) for name in DERIVED_FIELDS}
    type(obj)._default_manager.filter(pk=obj.pk).update(**values)


def rerender_dependents(obj: models.Model, slugs: set[str]) -> int:
    """Render again every stored body that shows ``obj`` (a cited source or document, a marked
    glossary term) under any of ``slugs``, its old and new one: after a save or a delete
    readers never see the citation as it was. Returns how many bodies were rendered."""
    kinds = references.kinds_for(type(obj))
    if not kinds:
        return 0
    slugs = set(slugs) | _former_slugs(obj)
    tokens = [references.token(kind, slug) for kind in kinds for slug in slugs if slug]
    if not tokens:
        return 0
    shows = Q()
    for token in tokens:
        shows |= Q(body_references__contains=token)
    count = 0
    for entry in registry.entries():
        if not issubclass(entry.model, RenderedBody):
            continue
        for dependent in entry.model._default_manager.filter(shows).order_by("pk"):
            content_rerender(dependent)
            count += 1
    return count


def _former_slugs(obj: models.Model) -> set[str]:
    """Every slug the item had, from its revisions: a body may still name it by an old one."""
    history = getattr(type(obj), "history", None)
    if history is None or obj.pk is None:
        return set()
    return set(history.filter(id=obj.pk).values_list("slug", flat=True).distinct())


def content_refresh(obj: models.Model, now: datetime.datetime | None = None) -> bool:
    """Render ``obj``'s body again if a scheduled item it names has gone live since it was
    rendered (no write announced that moment); called by detail views before they show it.
    Returns whether it did."""
    due = getattr(obj, "body_refresh_at", None)
    if due is None or due > (now or timezone.now()):
        return False
    with transaction.atomic():
        content_rerender(obj)
    bump_generation()
    return True
