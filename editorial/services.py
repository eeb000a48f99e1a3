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

**Pending revisions.** A change to something readers can see, by someone who may not publish
it (``workflow.proposes``), does not touch the live row: ``content_save`` stores it as the
item's ``PendingRevision`` instead (validated the same way, one audit entry "Change
proposed") and returns that. Rows inside a live item (memberships, timeline entries) are
proposed as a change of their item. ``pending_publish()`` applies a proposal through
``content_save`` — one revision, one audit entry — and refuses, naming what clashes, when the
live item changed in the same place since; ``pending_discard()`` drops it.

This module imports no app: it works on any registered model."""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from armistice_site import references, registry
from armistice_site.citable import Citable, citable_models
from armistice_site.invalidation import bump_items
from armistice_site.publishing import Publishable, Status
from armistice_site.rendering import DERIVED_FIELDS, RenderedBody
from armistice_site.revisioning import write_revision
from editorial import pending as proposals
from editorial import workflow
from editorial.audit import audit
from editorial.models import AuditEntry, PendingRevision
from editorial.workflow import NotPermitted, User

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
    """Rows inside the item to write with it: new or changed rows, and rows to delete.

    Editing a pending revision, a new row it proposes has no primary key yet: such a row
    carries ``pending_key`` (its key in the proposal), and ``deleted_keys`` removes some."""

    saved: list[models.Model] = field(default_factory=list)
    deleted: list[models.Model] = field(default_factory=list)
    deleted_keys: list[str] = field(default_factory=list)
    model: type[models.Model] | None = None

    def __bool__(self) -> bool:
        return bool(self.saved or self.deleted or self.deleted_keys)

    def part_model(self) -> type[models.Model]:
        """The kind of row these are (given, or that of the first row)."""
        rows = [*self.saved, *self.deleted]
        return self.model or type(rows[0])


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
    pending: bool | None = None,
) -> models.Model:
    """Create ``obj`` (no primary key yet) or change it, on behalf of ``user`` (None: the
    system), as described in the module docstring. Returns the saved item, or the
    ``PendingRevision`` that holds the change when it was proposed (``pending``: True to
    propose, False never, None as ``workflow.proposes`` decides).

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
    item = None if creating else obj
    if entry.part is not None:
        parent = fields.get(entry.part.parent)
        item = parent if isinstance(parent, models.Model) else workflow.item_of(obj)
    if move is None and workflow.proposes(user, item, pending):
        return _propose(
            obj=obj,
            item=item,
            entry=entry,
            user=user,
            fields=fields,
            relations=relations,
            parts=parts,
            reason=reason,
        )
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
    # Which lists may change (armistice_site.invalidation): a workflow step may move status
    # and go-live time, which ``changed`` (taken before the step) does not show.
    obj._changed_fields = None if creating or step is not None else set(changed)
    try:
        obj.save()
        for name, pks in linked.items():
            getattr(obj, name).set(pks)
    finally:
        del obj.skip_history_when_saving
        del obj._changed_fields
    _write_parts(obj, parts, user)
    if linked and isinstance(obj, RenderedBody):
        content_rerender(obj)  # what the body shows may depend on the links (glossary terms)
    if isinstance(obj, Citable) and linked.keys() & obj.cited_relations.keys():
        content_recite(obj)  # "Cite this" shows the links (an article's authors)
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
    if not creating:
        recite(cited_by(obj, changed))  # a renamed author: the articles that cite them
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
        bump_items(model, [item.pk])
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
) -> PendingRevision | None:
    """Delete ``obj`` after ``workflow.check_delete``, with an audit entry. A row inside an
    item also leaves a revision of the item. Removing a row from a live item by someone who
    may not publish it is proposed instead: the pending revision is returned."""
    item = workflow.item_of(obj)
    if item is not None and workflow.proposes(user, item, None):
        entry = registry.entry(obj)
        return _propose(
            obj=obj,
            item=item,
            entry=entry,
            user=user,
            fields={},
            relations={},
            parts=[PartRows(deleted=[obj])],
            reason=comment,
            row_deleted=True,
        )
    workflow.check_delete(user, obj)
    audit(user=user, action=Action.DELETE, obj=obj, comment=comment)
    reason = step_reason(Action.DELETE, comment)
    obj._history_user = user
    obj._change_reason = reason[:100]
    row = str(obj)
    pk = obj.pk
    slugs = {obj.slug, *_former_slugs(obj)} if hasattr(obj, "slug") else set()
    citing = cited_by(obj)
    obj.delete()
    recite(citing)
    if item is None:  # a deleted item's proposed change goes with it
        PendingRevision.objects.filter(
            content_type=proposal_content_type(obj), object_id=str(pk)
        ).delete()
    if slugs:
        rerender_dependents(obj, slugs)
    if item is not None:
        reason = gettext("Deleted %(part)s “%(row)s”.") % {
            "part": obj._meta.verbose_name,
            "row": row,
        }
        _revise_item(item, user, reason)
    return None


# --- Stored renderings ------------------------------------------------------------------------


def content_rerender(obj: RenderedBody) -> None:
    """Render ``obj``'s body again and store what it derives (HTML, contents, what it shows).
    The authored text is unchanged, so this leaves no revision and no audit entry."""
    obj.render_body()
    values = {name: getattr(obj, name) for name in DERIVED_FIELDS}
    type(obj)._default_manager.filter(pk=obj.pk).update(**values)
    bump_items(type(obj), [obj.pk])  # an update sends no signal: every page showing it


def content_recite(obj: Citable) -> None:
    """Format ``obj``'s "Cite this" texts again and store them: what they show changed
    without a save of the item (its links, or a linked row). No revision, no audit entry."""
    obj.store_citations()
    type(obj)._default_manager.filter(pk=obj.pk).update(citation_texts=obj.citation_texts)
    bump_items(type(obj), [obj.pk])  # an update sends no signal: every page showing it


def cited_by(obj: models.Model, fields: Iterable[str] | None = None) -> dict[type, list]:
    """The primary keys, by model, of the items whose "Cite this" texts show ``obj`` (the
    articles a person wrote): all of them, or those that show one of ``fields`` of it."""
    found = {}
    for model in citable_models():
        for relation, shown in model.cited_relations.items():
            if model._meta.get_field(relation).related_model is not type(obj)._meta.concrete_model:
                continue
            if fields is not None and not set(shown) & set(fields):
                continue
            pks = model._default_manager.filter(**{relation: obj.pk}).values_list("pk", flat=True)
            found.setdefault(model, []).extend(pks)
    return {model: pks for model, pks in found.items() if pks}


def recite(citing: Mapping[type, list]) -> int:
    """Store again the texts of the items ``cited_by()`` found, as their links now stand
    (after a rename, or once a deleted row's links are gone). Returns how many."""
    count = 0
    for model, pks in citing.items():
        items = model._default_manager.filter(pk__in=pks).prefetch_related(*model.cited_relations)
        for item in items.order_by("pk"):
            content_recite(item)
            count += 1
    return count


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
    return True


# --- Pending revisions ----------------------------------------------------------------------


class PendingConflict(ValidationError):
    """The live item changed, since the proposal was made, in something the proposal changes
    too: publishing it would silently replace that change. ``labels`` names what clashes."""

    def __init__(self, item: models.Model, labels: list[str]):
        self.labels = labels
        super().__init__(
            gettext(
                "“%(item)s” was changed in %(what)s since this change was proposed. Compare the "
                "live version with the proposal, then publish the proposal anyway (it replaces "
                "those changes) or ask for it to be redone."
            )
            % {"item": item, "what": ", ".join(labels)},
            code="pending_conflict",
        )


def _apply_rows(draft: proposals.Draft, part: registry.ContentType, rows: PartRows) -> None:
    """Put a form's or a request's row edits into the draft's rows of ``part``."""
    key = proposals.part_key(part)
    current = draft.rows[key]
    gone_ids = {row.pk for row in rows.deleted if row.pk is not None}
    gone_keys = set(rows.deleted_keys)
    current[:] = [
        row for row in current if row["id"] not in gone_ids and row.get("key") not in gone_keys
    ]
    for row in rows.saved:
        values = proposals.row_values(row, part)
        key_of_row = getattr(row, "pending_key", "") or ""
        for existing in current:
            same_id = row.pk is not None and existing["id"] == row.pk
            same_key = row.pk is None and key_of_row and existing.get("key") == key_of_row
            if same_id or same_key:
                existing.update(values)
                break
        else:
            current.append({"id": row.pk, **values})


def _validate_row(row: models.Model, part: registry.ContentType) -> None:
    """A proposed row is checked like a saved one, except against other rows, which the
    proposal may change too: those checks run again when it is published."""
    row.full_clean(validate_unique=False, validate_constraints=False)


def _propose(
    *,
    obj: models.Model,
    item: models.Model,
    entry: registry.ContentType,
    user: User,
    fields: Mapping[str, Any],
    relations: Mapping[str, Iterable[models.Model] | None],
    parts: list[PartRows],
    reason: str,
    row_deleted: bool = False,
) -> PendingRevision | models.Model:
    """Store an edit of the live ``item`` (or of ``obj``, a row inside it) as its pending
    revision, validated as a save would be; the live row is not touched."""
    if refusal := workflow.propose_refusal(user, obj):
        raise NotPermitted(refusal)
    model = type(item)
    item = model._default_manager.select_for_update().get(pk=item.pk)
    existing = proposals.pending_for(item, lock=True)
    draft = proposals.draft_of(item, existing)
    if entry.part is None:
        candidate = proposals.draft_instance(item, existing)
        for name, value in fields.items():
            setattr(candidate, name, value)
        candidate.full_clean()
        draft.fields = {
            f.attname: proposals.field_value(candidate, f) for f in proposals.proposed_fields(model)
        }
        for name, targets in relations.items():
            if targets is not None and name in draft.relations:
                draft.relations[name] = sorted(
                    {t.pk if isinstance(t, models.Model) else t for t in targets}
                )
        for rows in parts:
            part = registry.entry(rows.part_model())
            for row in rows.saved:
                setattr(row, part.part.parent, candidate)
                _validate_row(row, part)
            _apply_rows(draft, part, rows)
    else:
        for name, value in fields.items():
            setattr(obj, name, value)
        if not row_deleted:
            _validate_row(obj, entry)
            _apply_rows(draft, entry, PartRows(saved=[obj]))
        else:
            _apply_rows(draft, entry, PartRows(deleted=[obj]))

    proposal = proposals.difference(item, draft, existing.base if existing else {})
    if existing is not None and proposals.same_change(existing, proposal):
        return existing
    if proposals.is_empty(proposal):
        if existing is None:
            return item
        audit(
            user=user,
            action=Action.DISCARD_PENDING,
            obj=item,
            comment=gettext("The proposed change was edited back to the live version."),
        )
        existing.delete()
        return item
    target = existing or PendingRevision(
        content_type=proposal_content_type(item), object_id=str(item.pk), created_at=timezone.now()
    )
    target.fields, target.relations = proposal.fields, proposal.relations
    target.parts, target.base = proposal.parts, proposal.base
    target.object_repr = str(item)[:300]
    if existing is None:
        history = getattr(item, "history", None)
        latest = history.order_by("-history_date", "-history_id").first() if history else None
        target.base_history_id = latest.history_id if latest else None
    target.author = user if user is not None and user.is_authenticated else None
    target.author_name = user.get_username() if target.author else ""
    target.reason = reason[:300]
    target.updated_at = timezone.now()
    target.save()
    audit(
        user=user,
        action=Action.PROPOSE,
        obj=item,
        comment=reason,
        changed=proposals.changed_labels(target),
        pending_id=target.pk,
    )
    return target


def proposal_content_type(item: models.Model) -> ContentType:
    return ContentType.objects.get_for_model(item, for_concrete_model=False)


@transaction.atomic
def pending_publish(
    *,
    pending: PendingRevision,
    user: User,
    comment: str = "",
    replace: bool = False,
    route: Route = Route.SHELL,
) -> models.Model:
    """Publish a proposed change: it becomes the live version, as one revision ("Published
    the change proposed by …") and one audit entry, and the proposal is gone.

    What the live item gained since the proposal was made stays, unless the proposal changes
    the same thing: then ``PendingConflict`` names what clashes, and only ``replace=True``
    (the publisher has compared and chosen the proposal) publishes it over those changes."""
    pending = (
        PendingRevision.objects.select_for_update(of=("self",))
        .select_related("author")
        .get(pk=pending.pk)
    )
    item = pending.model._default_manager.select_for_update().get(pk=pending.object_id)
    if not workflow.can_publish(user, item):
        raise NotPermitted(
            gettext("Only a publisher can publish the change proposed to “%(item)s”.")
            % {"item": item}
        )
    clashes = proposals.conflicts(pending, item)
    if clashes and not replace:
        raise PendingConflict(item, clashes)
    change = proposals.application(pending, item)
    who = pending.author_name or gettext("someone")
    reason = gettext("Published the change proposed by %(who)s") % {"who": who}
    if pending.reason:
        reason = f"{reason}: {pending.reason}"
    saved = content_save(
        obj=item,
        user=user,
        fields=change.fields,
        relations=change.relations,
        parts=[PartRows(saved=saved, deleted=deleted) for saved, deleted in change.parts],
        pending=False,
        route=route,
        reason=reason,
        action=Action.PUBLISH_PENDING,
        comment=comment,
        extra={"proposed_by": who, "replaced": clashes},
    )
    pending.delete()
    return saved


@transaction.atomic
def pending_discard(*, pending: PendingRevision, user: User, comment: str = "") -> None:
    """Drop a proposed change without publishing it: its author or a publisher may."""
    pending = PendingRevision.objects.select_for_update().get(pk=pending.pk)
    item = pending.item()
    mine = user is not None and pending.author_id is not None and pending.author_id == user.pk
    if not (mine or workflow.can_publish(user, item)):
        raise NotPermitted(
            gettext("Only its author or a publisher can discard the change proposed to “%(item)s”.")
            % {"item": item}
        )
    audit(
        user=user,
        action=Action.DISCARD_PENDING,
        obj=item,
        comment=comment,
        proposed_by=pending.author_name,
        changed=proposals.changed_labels(pending),
    )
    pending.delete()
