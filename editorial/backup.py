"""Content backups that round-trip: every content object, drafts included, written as one JSON
or JSONL file that names objects by natural key (slugs), never by database id.

- The same data always gives the same bytes: records are sorted by model and natural key,
  many-to-many lists by natural key, object keys alphabetically, and the file holds no export
  time. Two backups of one database can be compared with ``cmp``.
- Derived columns (rendered HTML, table of contents, reading time, search vector, "Cite
  this" texts) are not written; importing renders them again through the one Markdown
  function, formats the citations once the links are in place and refreshes the search
  vectors, so the result is what saving the content produces.
- Import is one transaction that validates every object (``full_clean``) before anything is
  committed: a damaged, truncated or inconsistent file changes nothing.
- Old addresses always travel: for an item that had other slugs, and for a deleted item, the
  latest revision under each slug it had, so after a restore its old URLs still redirect and
  its slugs stay retired. With ``--with-history`` every revision travels instead. Revisions
  are restored only into an empty database; merging adds one "Merged from backup" revision
  per object instead, and an item restored without revisions gets an "Imported from backup"
  one.
- Uploaded files (lead images) are not in the file, only their names under ``MEDIA_ROOT``:
  back that folder up alongside (``media_files()`` lists what a backup names; the commands say
  so, and import names any that are missing).
"""

import datetime
import decimal
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

from armistice_site import citable, registry
from armistice_site.invalidation import bump_generation
from armistice_site.markdown import render_markdown
from editorial import services
from editorial.audit import audit
from editorial.models import AuditEntry

FORMAT = "armistice-content"
VERSION = 1

#: Columns computed on save from other columns; rebuilt on import, so never written.
DERIVED = frozenset(
    {"body_html", "body_text", "toc", "reading_time", "search_vector", *citable.DERIVED_FIELDS}
)
IMPORTED = "Imported from backup"
MERGED = "Merged from backup"


class BackupError(Exception):
    """The file cannot be imported; the message says where and why. Nothing was changed."""


Record = dict[str, Any]
Key = tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    """What a backup holds of one model: its own columns and its plain many-to-many lists.
    Memberships and timeline entries are records of their own, not lists on their parents."""

    label: str
    model: type[models.Model]
    fields: tuple[models.Field, ...]
    m2m: tuple[models.ManyToManyField, ...]

    @property
    def names(self) -> set[str]:
        return {f.name for f in self.fields} | {f.name for f in self.m2m}

    @property
    def history(self) -> type[models.Model] | None:
        try:
            return get_history_model_for_model(self.model)
        except NotHistoricalModelError:
            return None


def specs() -> list[Spec]:
    """Every registered content model, in an order where each one's links point at earlier
    ones (``registry.dependency_order``)."""
    result = []
    for entry in registry.dependency_order():
        label, model = entry.label, entry.model
        fields = tuple(
            f for f in model._meta.concrete_fields if not f.primary_key and f.name not in DERIVED
        )
        m2m = tuple(
            f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created
        )
        result.append(Spec(label, model, fields, m2m))
    return result


# --- Export ---------------------------------------------------------------------------------


class KeyCache:
    """Natural keys by (model, pk), read once per model: keeps export at a few queries per model
    whatever the number of relations."""

    def __init__(self):
        self._keys: dict[type[models.Model], dict[int, list[str]]] = {}

    def key(self, model: type[models.Model], pk: int | None) -> list[str] | None:
        if pk is None:
            return None
        if model not in self._keys:
            manager = model._default_manager.all()
            related = [
                f.name for f in model._meta.concrete_fields if f.is_relation and f.many_to_one
            ]
            self._keys[model] = {
                obj.pk: list(obj.natural_key()) for obj in manager.select_related(*related)
            }
        return self._keys[model].get(pk)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    return value


def dump_fields(spec: Spec, row: models.Model, keys: KeyCache) -> dict[str, Any]:
    """The row's columns as JSON values, foreign keys as natural keys. Works for live rows and
    historical ones (which have the same columns)."""
    data = {}
    for field in spec.fields:
        if field.is_relation:
            data[field.name] = keys.key(field.related_model, getattr(row, field.attname))
        else:
            data[field.name] = _plain(field.value_from_object(row))
    return data


def _sorted_keys(keys: Iterable[list[str] | None]) -> list[list[str]]:
    return sorted(key for key in keys if key is not None)


def _m2m_history(spec: Spec, field: models.ManyToManyField) -> type[models.Model]:
    through = field.remote_field.through
    return apps.get_model(spec.model._meta.app_label, f"Historical{through._meta.object_name}")


def address_revisions(spec: Spec, live_pks: set[int]) -> set[int]:
    """The revisions (history ids) that keep old addresses: for each item that had more than
    one slug, or no longer exists, the latest revision under each slug it had. Models without
    slugs (memberships) have no addresses."""
    if "slug" not in spec.names:
        return set()
    latest: dict[tuple[int, str], int] = {}
    slugs: dict[int, set[str]] = defaultdict(set)
    rows = spec.history.objects.order_by("history_date", "history_id")
    for history_id, pk, slug in rows.values_list("history_id", "id", "slug"):
        latest[(pk, slug)] = history_id
        slugs[pk].add(slug)
    return {
        history_id
        for (pk, _slug), history_id in latest.items()
        if pk not in live_pks or len(slugs[pk]) > 1
    }


def _history_records(
    spec: Spec, keys: KeyCache, only: set[int] | None = None
) -> dict[int, list[Record]]:
    """Revisions of the model (all, or those with the history ids in ``only``), by object id,
    oldest first, with their m2m snapshots."""
    history = spec.history
    tracked_m2m = {f.name for f in getattr(history, "_history_m2m_fields", [])}
    snapshots: dict[tuple[str, int], list[list[str]]] = defaultdict(list)
    for field in spec.m2m:
        if field.name not in tracked_m2m:
            continue
        target = field.m2m_reverse_field_name()
        links = _m2m_history(spec, field).objects.all()
        if only is not None:
            links = links.filter(history_id__in=only)
        for history_id, pk in links.values_list("history_id", f"{target}_id"):
            snapshots[(field.name, history_id)].append(keys.key(field.related_model, pk))
    revisions = defaultdict(list)
    rows = history.objects.select_related("history_user").order_by("history_date", "history_id")
    if only is not None:
        rows = rows.filter(history_id__in=only)
    for row in rows:
        fields = dump_fields(spec, row, keys)
        for name in sorted(tracked_m2m):
            fields[name] = _sorted_keys(snapshots.get((name, row.history_id), []))
        revisions[row.id].append(
            {
                "date": row.history_date.isoformat(),
                "type": row.history_type,
                "user": row.history_user.get_username() if row.history_user else None,
                "reason": row.history_change_reason or "",
                "fields": fields,
            }
        )
    return revisions


def export_records(*, with_history: bool = False) -> list[Record]:
    """All content as records, in a fixed order (model, then natural key): with every
    revision, or (the default) with those that keep old addresses (``address_revisions``)."""
    keys = KeyCache()
    records = []
    for spec in specs():
        revisions = {}
        if spec.history and with_history:
            revisions = _history_records(spec, keys)
        elif spec.history:
            live = set(spec.model._default_manager.values_list("pk", flat=True))
            revisions = _history_records(spec, keys, only=address_revisions(spec, live))
        related = [f.name for f in spec.fields if f.is_relation]
        objects = (
            spec.model._default_manager.select_related(*related)
            .prefetch_related(*(f.name for f in spec.m2m))
            .order_by("pk")
        )
        model_records = []
        for obj in objects:
            fields = dump_fields(spec, obj, keys)
            for field in spec.m2m:
                fields[field.name] = sorted(
                    list(item.natural_key()) for item in getattr(obj, field.name).all()
                )
            record = {"model": spec.label, "key": list(obj.natural_key()), "fields": fields}
            history = revisions.pop(obj.pk, [])
            if history or (with_history and spec.history):
                record["history"] = history
            model_records.append(record)
        model_records.sort(key=lambda record: record["key"])
        # What remains belongs to deleted items: their slugs stay retired after a restore.
        deleted = [
            {"model": spec.label, "deleted": True, "history": history}
            for history in revisions.values()
        ]
        deleted.sort(key=lambda record: json.dumps(record["history"], sort_keys=True))
        records.extend(model_records + deleted)
    return records


def media_files(records: list[Record]) -> list[str]:
    """The uploaded files (paths under ``MEDIA_ROOT``) that a backup's items name."""
    names = set()
    for spec in specs():
        file_fields = [f.name for f in spec.fields if isinstance(f, models.FileField)]
        for record in records:
            if record["model"] == spec.label and not record.get("deleted"):
                names.update(record["fields"].get(name) for name in file_fields)
    return sorted(name for name in names if name)


def missing_media(records: list[Record]) -> list[str]:
    """The uploaded files a backup names that ``MEDIA_ROOT`` does not hold."""
    root = Path(settings.MEDIA_ROOT)
    return [name for name in media_files(records) if not (root / name).is_file()]


def write(records: list[Record], stream: IO[str], *, fmt: str = "json") -> None:
    """Write a backup. JSON is one document; JSONL is a header line, then one record per line.
    Both carry per-model counts, so a truncated file is recognised on import."""
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        counts[record["model"]] += 1
    header = {"format": FORMAT, "version": VERSION, "counts": dict(sorted(counts.items()))}
    if fmt == "jsonl":
        for line in [header, *records]:
            stream.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        document = {**header, "records": records}
        stream.write(json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1) + "\n")


# --- Import ---------------------------------------------------------------------------------


def read(stream: IO[str]) -> list[Record]:
    """Parse and check a backup file without touching the database; return its records."""
    text = stream.read()
    try:
        head = json.loads(text.lstrip().split("\n", 1)[0])
    except ValueError:
        head = None
    # JSONL starts with a complete header line; a JSON document (pretty or on one line) does not.
    is_jsonl = isinstance(head, dict) and "records" not in head
    try:
        if is_jsonl:
            lines = [line for line in text.split("\n") if line.strip()]
            header = json.loads(lines[0])
            records = []
            for number, line in enumerate(lines[1:], start=2):
                try:
                    records.append(json.loads(line))
                except ValueError as error:
                    raise BackupError(f"line {number} is damaged or cut short: {error}") from error
        else:
            header = json.loads(text)
            records = header.pop("records", None) if isinstance(header, dict) else None
    except ValueError as error:
        raise BackupError(f"the file is damaged or cut short: {error}") from error
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError(f"this is not an Armistice content backup (no “{FORMAT}” header)")
    if header.get("version") != VERSION:
        raise BackupError(f"backup version {header.get('version')} is not {VERSION}")
    if not isinstance(records, list):
        raise BackupError("the backup has no list of records")
    _check_records(header, records)
    return records


def _check_records(header: dict[str, Any], records: list[Record]) -> None:
    by_label = {spec.label: spec for spec in specs()}
    counts: dict[str, int] = defaultdict(int)
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or record.get("model") not in by_label:
            raise BackupError(f"record {number} names no known content type")
        counts[record["model"]] += 1
        if record.get("deleted"):
            if not isinstance(record.get("history"), list) or not record["history"]:
                raise BackupError(f"record {number} (a deleted item) has no revisions")
            continue
        key, fields = record.get("key"), record.get("fields")
        if not isinstance(key, list) or not all(isinstance(part, str) for part in key):
            raise BackupError(f"record {number} ({record['model']}) has no natural key")
        if not isinstance(fields, dict):
            raise BackupError(f"record {number} ({record['model']} {key}) has no fields")
        unknown = set(fields) - by_label[record["model"]].names
        if unknown:
            raise BackupError(
                f"{record['model']} {key} has unknown fields: {', '.join(sorted(unknown))}"
            )
    expected = header.get("counts")
    if expected != dict(counts):
        raise BackupError(
            f"the file is incomplete or altered: the header promises {expected}, "
            f"the file holds {dict(counts)}"
        )


class Importer:
    """Loads checked records into the database; run inside one transaction."""

    def __init__(self, *, mode: str, advance: Callable[[int], Any]):
        self.mode = mode
        self.advance = advance
        self.pks: dict[type[models.Model], dict[Key, int]] = defaultdict(dict)
        self.users = {user.get_username(): user for user in get_user_model().objects.all()}
        self.created: dict[type[models.Model], list[models.Model]] = defaultdict(list)
        self.updated: dict[type[models.Model], list[models.Model]] = defaultdict(list)

    def resolve(self, model: type[models.Model], key: list[str] | None) -> int | None:
        if key is None:
            return None
        found = self.pks[model].get(tuple(key))
        if found is None:
            try:
                found = model._default_manager.get_by_natural_key(*key).pk
            except (ObjectDoesNotExist, ValidationError, ValueError) as error:
                label = model._meta.label_lower
                raise BackupError(f"{label} {key} is referred to but not in the file") from error
            self.pks[model][tuple(key)] = found
        return found

    def assign(self, spec: Spec, obj: models.Model, fields: dict[str, Any]) -> None:
        for field in spec.fields:
            if field.name not in fields:
                continue
            value = fields[field.name]
            if field.is_relation:
                setattr(obj, field.attname, self.resolve(field.related_model, value))
            else:
                setattr(obj, field.attname, field.to_python(value))
        if hasattr(obj, "render_body"):
            obj.render_body()

    def load_object(self, spec: Spec, record: Record) -> None:
        key = tuple(record["key"])
        obj = None
        if self.mode == "merge":
            try:
                obj = spec.model._default_manager.get_by_natural_key(*key)
            except (ObjectDoesNotExist, ValidationError, ValueError):
                obj = None
        is_new = obj is None
        obj = obj or spec.model()
        self.assign(spec, obj, record["fields"])
        obj.full_clean()
        # raw: keep the file's timestamps (no auto_now) and write no revision yet; revisions
        # are written once the object's relations are in place.
        obj.save_base(raw=True)
        self.pks[spec.model][key] = obj.pk
        (self.created if is_new else self.updated)[spec.model].append(obj)

    def load_m2m(self, spec: Spec, record: Record) -> None:
        pk = self.pks[spec.model][tuple(record["key"])]
        for field in spec.m2m:
            if field.name not in record["fields"]:
                continue
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through.objects.filter(**{f"{source}_id": pk}).delete()
            through.objects.bulk_create(
                through(
                    **{
                        f"{source}_id": pk,
                        f"{target}_id": self.resolve(field.related_model, key),
                    }
                )
                for key in record["fields"][field.name]
            )

    def revision(
        self, spec: Spec, obj_id: int, revision: dict[str, Any]
    ) -> tuple[models.Model, dict[str, list]]:
        """A historical row from a backed-up revision; its m2m snapshot is returned apart."""
        row = spec.history(
            id=obj_id,
            history_date=datetime.datetime.fromisoformat(revision["date"]),
            history_type=revision["type"],
            history_user=self.users.get(revision.get("user") or ""),
            history_change_reason=revision.get("reason") or "",
        )
        fields = dict(revision["fields"])
        snapshot = {f.name: fields.pop(f.name, []) for f in spec.m2m}
        for field in spec.fields:
            value = fields.get(field.name)
            if field.is_relation:
                found = self.pks[field.related_model].get(tuple(value)) if value else None
                setattr(row, field.attname, found)
            else:
                setattr(row, field.attname, field.to_python(value))
        if "body" in fields:
            rendered = render_markdown(row.body)
            row.body_html, row.body_text, row.toc, row.reading_time = (
                rendered.html,
                rendered.text,
                rendered.toc,
                rendered.reading_minutes,
            )
        return row, snapshot

    def snapshot_of(
        self, spec: Spec, obj: models.Model, *, is_new: bool
    ) -> tuple[models.Model, dict[str, list]]:
        """A revision of ``obj`` as it now stands, for imports that bring no history."""
        row = spec.history(
            history_date=timezone.now(),
            history_type="+" if is_new else "~",
            history_change_reason=MERGED if self.mode == "merge" else IMPORTED,
            **{f.attname: getattr(obj, f.attname) for f in spec.history.tracked_fields},
        )
        snapshot = {
            f.name: [list(item.natural_key()) for item in getattr(obj, f.name).all()]
            for f in spec.m2m
        }
        return row, snapshot

    def save_revisions(self, spec: Spec, revisions: list[tuple[models.Model, dict]]) -> None:
        rows = spec.history.objects.bulk_create([row for row, _ in revisions])
        tracked = {f.name for f in getattr(spec.history, "_history_m2m_fields", [])}
        for field in spec.m2m:
            if field.name not in tracked:
                continue
            history_model = _m2m_history(spec, field)
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            history_model.objects.bulk_create(
                history_model(
                    id=0,
                    history=row,
                    **{
                        f"{source}_id": row.id,
                        f"{target}_id": self.pks[field.related_model].get(tuple(key)),
                    },
                )
                for row, (_, snapshot) in zip(rows, revisions, strict=True)
                for key in snapshot[field.name]
                if self.pks[field.related_model].get(tuple(key)) is not None
            )

    def run(self, records: list[Record]) -> dict[str, int]:
        by_model: dict[str, list[Record]] = defaultdict(list)
        for record in records:
            by_model[record["model"]].append(record)
        all_specs = specs()
        for spec in all_specs:
            for record in by_model[spec.label]:
                if not record.get("deleted"):
                    self._guard(record, self.load_object, spec, record)
                self.advance(1)
        for spec in all_specs:
            for record in by_model[spec.label]:
                if not record.get("deleted"):
                    self._guard(record, self.load_m2m, spec, record)
        for spec in all_specs:
            self._finish(spec, by_model[spec.label])
        self._recite_others()
        return {
            spec.label: len(self.created[spec.model]) + len(self.updated[spec.model])
            for spec in all_specs
        }

    def _finish(self, spec: Spec, records: list[Record]) -> None:
        objects = self.created[spec.model] + self.updated[spec.model]
        created = set(self.created[spec.model])
        if hasattr(spec.model, "refresh_search_vectors") and objects:
            spec.model.refresh_search_vectors(
                spec.model._default_manager.filter(pk__in=[obj.pk for obj in objects])
            )
        if issubclass(spec.model, citable.Citable) and objects:
            for obj in objects:
                obj.store_citations()  # now that its links (an article's authors) are loaded
            spec.model._default_manager.bulk_update(objects, ["citation_texts"])
        if spec.history is None:
            return
        if self.mode == "merge":
            revisions = [self.snapshot_of(spec, obj, is_new=obj in created) for obj in objects]
        else:
            revisions = self.restored_revisions(spec, records)
        self.save_revisions(spec, revisions)

    def _recite_others(self) -> None:
        """A merge may rename a person whose articles the file does not hold: their "Cite
        this" texts are stored again too (those it holds were in ``_finish``)."""
        for updated in self.updated.values():
            for obj in updated:
                for model, pks in services.cited_by(obj).items():
                    imported = {item.pk for item in self.created[model] + self.updated[model]}
                    services.recite({model: [pk for pk in pks if pk not in imported]})

    def restored_revisions(
        self, spec: Spec, records: list[Record]
    ) -> list[tuple[models.Model, dict[str, list]]]:
        """Into an empty database: the revisions a record brings, or, for one that brings
        none, an "Imported from backup" revision of the object as restored."""
        by_pk = {obj.pk: obj for obj in self.created[spec.model]}
        revisions = []
        deleted_id = 0
        for record in records:
            if record.get("deleted"):
                # Ids no live row can ever have, so a deleted item's revisions stay apart.
                deleted_id -= 1
                revisions += [self.revision(spec, deleted_id, item) for item in record["history"]]
                continue
            obj_id = self.pks[spec.model][tuple(record["key"])]
            if record.get("history"):
                revisions += [self.revision(spec, obj_id, item) for item in record["history"]]
            else:
                revisions.append(self.snapshot_of(spec, by_pk[obj_id], is_new=True))
        return revisions

    @staticmethod
    def _guard(record: Record, step: Callable, *args) -> None:
        try:
            step(*args)
        except ValidationError as error:
            raise BackupError(
                f"{record['model']} {record['key']} is not valid: {_messages(error)}"
            ) from error
        except (DatabaseError, ValueError, TypeError) as error:
            raise BackupError(
                f"{record['model']} {record['key']} cannot be saved: {error}"
            ) from error


def _messages(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def existing_content() -> dict[str, int]:
    counts = {spec.label: spec.model._default_manager.count() for spec in specs()}
    return {label: count for label, count in counts.items() if count}


def import_content(
    records: list[Record],
    *,
    mode: str = "refuse",
    source: str = "",
    advance: Callable[[int], Any] = lambda n: None,
) -> dict[str, int]:
    """Load checked records in one transaction; return the objects written per model.

    ``mode="refuse"`` (the default) stops if the database already holds content;
    ``mode="merge"`` updates items with the same natural key and adds the others."""
    with transaction.atomic():
        if mode == "refuse" and (found := existing_content()):
            held = ", ".join(f"{count} {label}" for label, count in found.items())
            raise BackupError(
                f"the database already holds content ({held}). Use --mode merge to merge by slug."
            )
        counts = Importer(mode=mode, advance=advance).run(records)
        audit(
            user=None,
            action=AuditEntry.Action.IMPORT,
            comment=f"{source} ({mode})" if source else mode,
            counts=counts,
        )
        # Links and revisions are bulk-inserted, which sends no signals: tell the page cache.
        transaction.on_commit(bump_generation)
    return counts
