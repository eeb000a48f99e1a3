"""Revisions for editors: what changed between any two revisions of an item, and going back.

Three layers, each usable alone:

- ``compare()`` and ``diff_lines()`` are pure: they take snapshots (a label mapped to a value)
  and return the changes, field by field, with Markdown text diffed line by line and relations
  as the names added and removed. No database, so they are tested with plain dictionaries.
- ``snapshot()`` reads one django-simple-history record into such a mapping, including the
  many-to-many links recorded with it and, for rows edited inside the item (memberships,
  timeline entries), those rows as they stood at that moment.
- ``revert()`` is the service behind the admin's Revert button: it restores a revision's content
  through the one write path (``editorial.services``), as a new revision with an audit entry.

This module imports no app: it works on any history-tracked model through its ``_meta``."""

import datetime
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from simple_history.utils import get_history_manager_for_model, get_m2m_reverse_field_name

from armistice_site import registry
from editorial import workflow
from editorial.models import AuditEntry, PendingRevision
from editorial.services import Route, content_save
from editorial.workflow import User


class Text(str):
    """A snapshot value compared line by line (Markdown bodies, summaries), not as one value."""

    __slots__ = ()


FieldValue = str | Text | frozenset[str]
EMPTY = "—"


@dataclass(frozen=True)
class Line:
    """One line of a text diff: ``kind`` is "same", "removed", "added", or "gap" (unchanged
    lines left out between two hunks)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Change:
    """How one field differs between two revisions."""

    field: str
    old: str = ""
    new: str = ""
    lines: tuple[Line, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """ "text" (see ``lines``), "relation" (see ``added``/``removed``) or "value"."""
        if self.lines:
            return "text"
        if self.added or self.removed:
            return "relation"
        return "value"


def diff_lines(old: str, new: str, context: int = 3) -> list[Line]:
    """A line-by-line diff of two texts, keeping ``context`` unchanged lines around each change
    and marking the unchanged stretches left out between hunks with a "gap" line."""
    before, after = old.splitlines(), new.splitlines()
    lines: list[Line] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    groups = list(matcher.get_grouped_opcodes(context))
    for number, group in enumerate(groups):
        if number or group[0][1] > 0:
            lines.append(Line("gap", "…"))
        for tag, a_start, a_end, b_start, b_end in group:
            if tag == "equal":
                lines.extend(Line("same", text) for text in before[a_start:a_end])
                continue
            lines.extend(Line("removed", text) for text in before[a_start:a_end])
            lines.extend(Line("added", text) for text in after[b_start:b_end])
    if groups and groups[-1][-1][2] < len(before):
        lines.append(Line("gap", "…"))
    return lines


def compare(old: Mapping[str, FieldValue], new: Mapping[str, FieldValue]) -> list[Change]:
    """The fields whose values differ between two snapshots, in the newer snapshot's order
    (fields only the older one has come last). A field missing on one side counts as empty."""
    changes = []
    for field in [*new, *(name for name in old if name not in new)]:
        before, after = old.get(field), new.get(field)
        if before == after:
            continue
        if isinstance(before, frozenset) or isinstance(after, frozenset):
            before, after = before or frozenset(), after or frozenset()
            changes.append(
                Change(
                    field,
                    added=tuple(sorted(after - before)),
                    removed=tuple(sorted(before - after)),
                )
            )
        elif isinstance(before, Text) or isinstance(after, Text):
            lines = diff_lines(before or "", after or "")
            changes.append(Change(field, old=before or "", new=after or "", lines=tuple(lines)))
        else:
            changes.append(Change(field, old=before or EMPTY, new=after or EMPTY))
    return changes


# --- Reading revisions ------------------------------------------------------------------------


def parts(model: type[models.Model]) -> list[registry.ContentType]:
    """The rows edited inside ``model``'s items (an alliance's memberships, a timeline's
    entries), from the registry: an item's revisions show them as they stood at the time."""
    return registry.parts_of(model)


#: Fields that say when or how an item was stored, not what it says; never compared or reverted.
BOOKKEEPING = {"created_at", "updated_at", "first_published_at"}


def content_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields an editor writes: concrete, editable, not the primary key."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and field.name not in BOOKKEEPING
    ]


def _display(field: models.Field, value) -> FieldValue:
    if isinstance(field, models.TextField):
        return Text(value or "")
    if value is None or value == "":
        return EMPTY
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else gettext("(deleted #%(pk)s)") % {"pk": value}
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(getattr(value, "name", value))


def m2m_ids(record: models.Model, field: models.ManyToManyField) -> list:
    """The primary keys ``field`` linked to when ``record`` was written."""
    target = get_m2m_reverse_field_name(field)
    return [getattr(row, f"{target}_id") for row in getattr(record, field.name).all()]


def _names(model: type[models.Model], ids: Iterable) -> frozenset[str]:
    ids = list(ids)
    found = model._default_manager.in_bulk(ids)
    return frozenset(
        str(found[pk]) if pk in found else gettext("(deleted #%(pk)s)") % {"pk": pk} for pk in ids
    )


def item_pk(record: models.Model):
    """The primary key of the item a revision belongs to (``record.pk`` is the revision's)."""
    return getattr(record, record.instance_type._meta.pk.attname)


def part_rows(part: registry.ContentType, record: models.Model) -> list[models.Model]:
    """``part``'s rows belonging to the item as they stood when ``record`` was written."""
    history = get_history_manager_for_model(part.model)
    parent = f"{part.part.parent}_id"
    return list(history.as_of(record.history_date).filter(**{parent: item_pk(record)}))


def snapshot(record: models.Model) -> dict[str, FieldValue]:
    """What the item said at ``record``, as field label -> value, ready for ``compare()``."""
    model = record.instance_type
    values: dict[str, FieldValue] = {}
    for field in content_fields(model):
        values[capfirst(field.verbose_name)] = _display(field, getattr(record, field.attname))
    for field in record._history_m2m_fields:
        values[capfirst(field.verbose_name)] = _names(field.related_model, m2m_ids(record, field))
    for part in parts(model):
        rows = part_rows(part, record)
        values[str(part.part.label)] = frozenset(part.part.describe(row) for row in rows)
    return values


def snapshot_instance(obj: models.Model) -> dict[str, FieldValue]:
    """What an item (live, or a pending revision's in-memory copy) says, like ``snapshot()``:
    its links and rows are read through its prefetched relations when it has them."""
    model = type(obj)
    values: dict[str, FieldValue] = {}
    for field in content_fields(model):
        values[capfirst(field.verbose_name)] = _display(field, getattr(obj, field.attname))
    for field in model._meta.many_to_many:
        if field.remote_field.through._meta.auto_created:
            targets = getattr(obj, field.name).all()
            values[capfirst(field.verbose_name)] = frozenset(str(t) for t in targets)
    for part in parts(model):
        fk = part.model._meta.get_field(part.part.parent)
        rows = getattr(obj, fk.remote_field.get_accessor_name()).all()
        values[str(part.part.label)] = frozenset(part.part.describe(row) for row in rows)
    return values


def revision_label(record: models.Model) -> str:
    """ "3 May 2026, 10:04 by ada" — how editors name a revision."""
    when = date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT")
    user = record.history_user
    return (
        gettext("%(when)s by %(user)s") % {"when": when, "user": user.get_username()}
        if user
        else when
    )


# --- Going back -------------------------------------------------------------------------------


def can_revert(user: User, obj: models.Model) -> bool:
    """Reverting is editing: whoever may change the item, or propose a change to it, may
    restore an earlier version. A writer's revert of what readers see is a proposal, like any
    other edit of theirs: it waits for a publisher (``workflow.proposes``)."""
    return workflow.can_change(user, obj) or not workflow.propose_refusal(user, obj)


@transaction.atomic
def revert(*, record: models.Model, user: User) -> models.Model | PendingRevision:
    """Restore the content of revision ``record`` on behalf of ``user``, as a new revision.

    Content only: fields and many-to-many links come back; the status and go-live time stay as
    they are, because they move only through workflow steps. Links to items deleted since are
    dropped. Rows inside the item (memberships) keep their own history and are not restored.
    A published item must still meet the publishing requirements afterwards. Returns the item,
    or the ``PendingRevision`` holding the revert when it is a proposal (a writer reverting a
    live item). Raises ``workflow.NotPermitted`` when the user may not change the item or
    propose a change, ``ValidationError`` when the result would be invalid."""
    model = record.instance_type
    obj = model._default_manager.get(pk=item_pk(record))
    kept = {"status", "publish_at"}
    fields = {
        field.attname: getattr(record, field.attname)
        for field in content_fields(model)
        if field.name not in kept
    }
    relations = {
        field.name: field.related_model._default_manager.filter(pk__in=m2m_ids(record, field))
        for field in record._history_m2m_fields
    }
    when = date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT")
    reason = gettext("Reverted to revision of %(when)s by %(user)s") % {
        "when": when,
        "user": user.get_username() if user else gettext("the system"),
    }
    return content_save(
        obj=obj,
        user=user,
        fields=fields,
        relations=relations,
        route=Route.ADMIN,
        reason=reason,
        action=AuditEntry.Action.REVERT,
        comment=gettext("Restored the revision of %(label)s.") % {"label": revision_label(record)},
        extra={"history_id": record.history_id},
    )
