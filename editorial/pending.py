"""Pending revisions of live content, read and written as data: what a proposed change says,
the item as it would be, and the change to apply when a publisher publishes it.

A ``PendingRevision`` (``editorial.models``) holds only what differs from the live item:

- ``fields``: column name -> proposed value (JSON; ``Field.to_python`` reads it back);
- ``relations``: many-to-many name -> proposed target primary keys;
- ``parts``: for each kind of row inside the item (``registry.Part``), the rows added or
  changed (``{"id": pk or None, "key": "new-1", <column>: value, …}``) and the ids removed;
- ``base``: for each thing it changes, a fingerprint of the live value it was made from.

Because it is a difference, a change made to the live item elsewhere (a publisher's quick fix)
stays when the proposal is published, unless the proposal changes the same thing: then the
fingerprints differ and publishing is a conflict (``conflicts()``).

This module decides nothing about who may do what (``editorial.workflow``) and writes nothing
itself (``editorial.services``); it imports no app."""

import datetime
import decimal
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext

from armistice_site import registry
from armistice_site.citable import Citable
from armistice_site.publishing import Publishable
from editorial.models import PendingRevision

#: Fields a proposal never carries: they say when or how the item is stored or shown.
NOT_PROPOSED = frozenset(
    {
        "status",
        "publish_at",
        "created_at",
        "updated_at",
        "first_published_at",
        "search_vector",
        "body_text",
    }
)
PARTS = "parts:"


def fingerprint(value: Any) -> str:
    """A short, stable digest of a JSON-able value (a field, a set of links, a set of rows)."""
    text = json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# --- what an item has ---------------------------------------------------------------------------


def proposed_fields(model: type[models.Model]) -> list[models.Field]:
    """The concrete fields a proposal may change (content, not workflow or bookkeeping)."""
    return [
        f
        for f in model._meta.concrete_fields
        if f.editable and not f.primary_key and f.name not in NOT_PROPOSED
    ]


def linked_fields(model: type[models.Model]) -> list[models.ManyToManyField]:
    """Many-to-many links an editor sets directly (not those made of rows inside the item)."""
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def field_value(obj: models.Model, f: models.Field) -> Any:
    """The JSON form of ``obj``'s value for ``f``, the same however the value arrived (a form's
    text with CRLF line ends, a decimal without trailing zeros, a time in another zone): a
    file is its stored name."""
    value = getattr(obj, f.attname)
    if isinstance(f, models.FileField):
        if value and not getattr(value, "_committed", True):
            value.save(value.name, value.file, save=False)  # keep an upload a proposal carries
        value = value.name if value else ""
    elif isinstance(value, str):
        value = value.replace("\r\n", "\n")
    elif isinstance(value, decimal.Decimal) and isinstance(f, models.DecimalField):
        value = value.quantize(decimal.Decimal(1).scaleb(-f.decimal_places))
    elif isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = value.astimezone(datetime.UTC)
    return _json(value)


def read_value(f: models.Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(f, models.FileField):
        return value
    return f.to_python(value)


def link_ids(obj: models.Model, f: models.ManyToManyField) -> list:
    if obj.pk is None:
        return []
    return sorted(getattr(obj, f.name).values_list("pk", flat=True))


def part_key(part: registry.ContentType) -> str:
    return PARTS + part.label


def row_values(row: models.Model, part: registry.ContentType) -> dict:
    """A row inside an item as JSON, without its primary key and its link to the item."""
    parent = part.part.parent
    return {
        f.attname: field_value(row, f)
        for f in row._meta.concrete_fields
        if not f.primary_key and f.name != parent
    }


def live_rows(item: models.Model, part: registry.ContentType) -> list[models.Model]:
    if item.pk is None:
        return []
    return list(
        part.model._default_manager.filter(**{part.part.parent: item}).order_by(
            *part.model._meta.ordering or ["pk"]
        )
    )


def rows_fingerprint(rows: Iterable[models.Model], part: registry.ContentType) -> str:
    return fingerprint(sorted(([row.pk, row_values(row, part)] for row in rows), key=str))


def live_fingerprints(item: models.Model) -> dict[str, str]:
    """A fingerprint of everything a proposal could change on ``item``, as it is live now."""
    model = type(item)
    prints = {f.attname: fingerprint(field_value(item, f)) for f in proposed_fields(model)}
    prints |= {f.name: fingerprint(link_ids(item, f)) for f in linked_fields(model)}
    for part in registry.parts_of(model):
        prints[part_key(part)] = rows_fingerprint(live_rows(item, part), part)
    return prints


# --- finding a proposal -------------------------------------------------------------------------


def pending_for(item: models.Model, *, lock: bool = False) -> PendingRevision | None:
    """The item's pending revision, if it has one (``lock``: until the transaction ends)."""
    if item is None or item.pk is None:
        return None
    rows = PendingRevision.objects.filter(
        content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
        object_id=str(item.pk),
    )
    if lock:
        return rows.select_for_update(of=("self",)).select_related("author").first()
    return rows.select_related("author").first()


def pending_ids(model: type[models.Model]) -> set[str]:
    """The primary keys (as text) of ``model``'s items that have a pending revision."""
    return set(
        PendingRevision.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False)
        ).values_list("object_id", flat=True)
    )


# --- the item as proposed -----------------------------------------------------------------------


@dataclass
class Draft:
    """The item as a proposal has it: its values, its links and its rows."""

    fields: dict[str, Any]
    relations: dict[str, list]
    rows: dict[str, list[dict]] = field(default_factory=dict)


def draft_of(item: models.Model, pending: PendingRevision | None) -> Draft:
    """The live item with ``pending`` applied (the live item itself if there is none)."""
    model = type(item)
    fields = {f.attname: field_value(item, f) for f in proposed_fields(model)}
    relations = {f.name: link_ids(item, f) for f in linked_fields(model)}
    rows = {}
    for part in registry.parts_of(model):
        rows[part_key(part)] = [
            {"id": row.pk, **row_values(row, part)} for row in live_rows(item, part)
        ]
    if pending is not None:
        fields |= {k: v for k, v in pending.fields.items() if k in fields}
        relations |= {k: sorted(v) for k, v in pending.relations.items() if k in relations}
        for key, change in pending.parts.items():
            if key in rows:
                rows[key] = apply_rows(rows[key], change)
    return Draft(fields, relations, rows)


def apply_rows(rows: list[dict], change: dict) -> list[dict]:
    """Rows with a proposal's added, changed and removed rows applied."""
    removed = set(change.get("deleted", []))
    result = {row["id"]: dict(row) for row in rows if row["id"] not in removed}
    added = []
    for row in change.get("saved", []):
        if row.get("id") is not None:
            if row["id"] in result:
                result[row["id"]] = {**result[row["id"]], **row}
        else:
            added.append(dict(row))
    return [*result.values(), *added]


def difference(item: models.Model, draft: Draft, base: dict[str, str]) -> PendingRevision:
    """An unsaved ``PendingRevision`` holding how ``draft`` differs from the live ``item``;
    ``base`` keeps the fingerprints of things already proposed (their live value then)."""
    live = draft_of(item, None)
    now = live_fingerprints(item)
    pending = PendingRevision(
        fields={k: v for k, v in draft.fields.items() if live.fields.get(k) != v},
        relations={k: v for k, v in draft.relations.items() if sorted(live.relations[k]) != v},
    )
    parts = {}
    for key, wanted in draft.rows.items():
        current = {row["id"]: row for row in live.rows[key]}
        saved = [
            row
            for row in wanted
            if row.get("id") is None
            or (row["id"] in current and _row_content(current[row["id"]]) != _row_content(row))
        ]
        kept = {row.get("id") for row in wanted}
        deleted = sorted(pk for pk in current if pk not in kept)
        if saved or deleted:
            for number, row in enumerate((r for r in saved if r.get("id") is None), start=1):
                row["key"] = f"new-{number}"
            parts[key] = {"saved": saved, "deleted": deleted}
    pending.parts = parts
    pending.base = {key: base.get(key, now[key]) for key in pending_keys(pending)}
    return pending


def _row_content(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ("id", "key")}


def pending_keys(pending: PendingRevision) -> list[str]:
    return [*pending.fields, *pending.relations, *pending.parts]


def is_empty(pending: PendingRevision) -> bool:
    return not (pending.fields or pending.relations or pending.parts)


def same_change(first: PendingRevision, second: PendingRevision) -> bool:
    return (first.fields, first.relations, first.parts) == (
        second.fields,
        second.relations,
        second.parts,
    )


# --- instances for forms, previews, the API and the diff --------------------------------------


def draft_instance(item: models.Model, pending: PendingRevision | None) -> models.Model:
    """A copy of ``item`` (never saved) as ``pending`` proposes it, with its links and rows
    where forms, serializers and reader templates look for prefetched relations. Links to
    items readers cannot see are kept: callers showing it to readers filter them
    (``admin_views.preview_instance`` does)."""
    return apply_to(type(item)._default_manager.get(pk=item.pk), pending)


def apply_to(instance: models.Model, pending: PendingRevision | None) -> models.Model:
    """``instance`` (a live item, fetched by the caller) changed in memory as ``pending``
    proposes: see ``draft_instance``."""
    model = type(instance)
    draft = draft_of(instance, pending)
    by_attname = {f.attname: f for f in proposed_fields(model)}
    for attname, value in draft.fields.items():
        setattr(instance, attname, read_value(by_attname[attname], value))
    cache = {}
    for f in linked_fields(model):
        cache[f.name] = f.related_model._default_manager.filter(pk__in=draft.relations[f.name])
    for part in registry.parts_of(model):
        rows = draft_rows(instance, part, draft.rows[part_key(part)])
        fk = part.model._meta.get_field(part.part.parent)
        cache[fk.remote_field.cache_name] = rows
    instance._prefetched_objects_cache = cache
    instance.pending_revision = pending
    if hasattr(instance, "render_body"):
        instance.render_body()
    if pending is not None and isinstance(instance, Citable):
        instance.store_citations()  # "Cite this" as proposed (a new title, other authors)
    return instance


def draft_rows(item: models.Model, part: registry.ContentType, rows: list[dict]) -> list:
    """Unsaved row instances (existing ones keep their primary key) for ``rows``."""
    fields = {f.attname: f for f in part.model._meta.concrete_fields}
    result = []
    for values in rows:
        row = part.model(pk=values.get("id"))
        for attname, value in values.items():
            if attname in fields and attname != part.model._meta.pk.attname:
                setattr(row, attname, read_value(fields[attname], value))
        setattr(row, part.part.parent, item)
        row.pending_key = values.get("key", "")
        result.append(row)
    _load_targets(result, part.part.parent)
    return result


def _load_targets(rows: list[models.Model], parent: str) -> None:
    """Fetch what the rows link to (a membership's country) in one query per link, so that
    describing or serialising them does not ask once per row."""
    if not rows:
        return
    for f in rows[0]._meta.concrete_fields:
        if not f.is_relation or f.name == parent:
            continue
        ids = {getattr(row, f.attname) for row in rows} - {None}
        found = f.related_model._default_manager.in_bulk(ids)
        for row in rows:
            target = found.get(getattr(row, f.attname))
            if target is not None:
                setattr(row, f.name, target)


# --- publishing it ------------------------------------------------------------------------------


def conflicts(pending: PendingRevision, item: models.Model) -> list[str]:
    """The labels of what the proposal changes that changed on the live item since it was
    proposed (empty: publishing it keeps every other change made to the live item)."""
    now = live_fingerprints(item)
    return [
        label_of(type(item), key)
        for key in pending_keys(pending)
        if key in now and pending.base.get(key) != now[key]
    ]


def label_of(model: type[models.Model], key: str) -> str:
    if key.startswith(PARTS):
        for part in registry.parts_of(model):
            if part_key(part) == key:
                return str(part.part.label)
        return key
    for f in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if key in (f.attname, f.name):
            return str(f.verbose_name)[:1].upper() + str(f.verbose_name)[1:]
    return key


def changed_labels(pending: PendingRevision) -> list[str]:
    return [label_of(pending.model, key) for key in pending_keys(pending)]


@dataclass
class Application:
    """What publishing a proposal writes to the live item, in ``content_save``'s terms."""

    fields: dict[str, Any]
    relations: dict[str, models.QuerySet]
    parts: list[tuple[list[models.Model], list[models.Model]]]


def application(pending: PendingRevision, item: models.Model) -> Application:
    """The proposal as fields, links and rows to save or delete on the live ``item``."""
    model = type(item)
    by_attname = {f.attname: f for f in proposed_fields(model)}
    fields = {
        attname: read_value(by_attname[attname], value)
        for attname, value in pending.fields.items()
        if attname in by_attname
    }
    links = {f.name: f for f in linked_fields(model)}
    relations = {
        name: links[name].related_model._default_manager.filter(pk__in=pks)
        for name, pks in pending.relations.items()
        if name in links
    }
    parts = []
    for part in registry.parts_of(model):
        change = pending.parts.get(part_key(part))
        if not change:
            continue
        current = {row.pk: row for row in live_rows(item, part)}
        saved = []
        for values in change.get("saved", []):
            row = current.get(values.get("id")) if values.get("id") is not None else None
            if values.get("id") is not None and row is None:
                continue  # deleted from the live item since: nothing left to change
            (target,) = draft_rows(item, part, [{**values, "id": row.pk if row else None}])
            saved.append(target)
        deleted = [current[pk] for pk in change.get("deleted", []) if pk in current]
        parts.append((saved, deleted))
    return Application(fields, relations, parts)


def describe(pending: PendingRevision) -> str:
    """ "Title, Body and Members", for messages."""
    labels = changed_labels(pending)
    if len(labels) <= 1:
        return "".join(labels)
    return gettext("%(first)s and %(last)s") % {"first": ", ".join(labels[:-1]), "last": labels[-1]}


def is_live(obj: models.Model) -> bool:
    """Whether readers can see ``obj``, will see it at its time, or once did: then a change
    by someone who may not publish it becomes a pending revision.

    Publishable content is out once published (or archived). Reference data (sources, topics,
    tags, countries) has no workflow of its own: it is live when readers can reach it, which
    its model's ``.public()`` says (a country always; a topic or tag once a public article
    uses it; a source once public content cites it)."""
    if obj is None or obj.pk is None:
        return False
    if isinstance(obj, Publishable):
        return obj.status in ("published", "archived")
    entry = registry.get(obj)
    if entry is None or entry.role != registry.Role.REFERENCE:
        return False
    public = getattr(type(obj)._default_manager, "public", None)
    return public is not None and public().filter(pk=obj.pk).exists()
