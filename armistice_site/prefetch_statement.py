"""``prefetch_related_objects(items, *lookups)`` in one statement built with the ORM once per
process.

An article's page and its API detail prefetch nine lists (tags, authors, sources, see-also,
documents, glossary terms, questions, readings, corrections). Django builds and compiles a
statement for each, for every request: about two thirds of the API detail went on that,
against well under a millisecond of PostgreSQL's time (bench/profile.md). Those statements
are the same every time but for the item's key and the moment visibility is judged at, so
here they are built once, as one statement that returns each list as a JSON array of its rows
(each related row selected with ``select_related`` nested in its row), with stand-ins for
those two values; ``attach`` runs it with the real ones and leaves the item exactly as Django's
prefetch leaves it: the same model instances, with the same fields loaded, in the same order,
cached where Django caches them (``_prefetched_objects_cache``, or the lookup's ``to_attr``).

Lookups that filter by visibility are given as a function of the moment (``lookups(now)``),
so that ``public(now)`` can be built with the stand-in; others as a plain list. Supported:
one-level lookups of many-to-many and reverse foreign-key relations, with or without a
``Prefetch`` queryset, whose queryset may ``defer`` columns and ``select_related`` one level
of foreign keys.
tests/armistice_site/test_prefetch_statement.py compares the result with Django's prefetch."""

import json
from collections.abc import Callable

from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ImproperlyConfigured
from django.db import connections, router
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    DateField,
    F,
    FileField,
    ForeignKey,
    Func,
    IntegerField,
    JSONField,
    ManyToManyField,
    ManyToOneRel,
    Model,
    OuterRef,
    Prefetch,
    QuerySet,
    TextField,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import JSONObject
from django.utils import timezone

from armistice_site import stand_ins

_JSON_SAFE = (
    BooleanField,
    CharField,  # and slugs, URLs, e-mail addresses
    DateField,  # and DateTimeField
    FileField,  # the stored name
    IntegerField,  # and the auto, small, big and positive kinds
    JSONField,
    TextField,
)
#: A key below every serial (the moment's stand-in is ``stand_ins.NOW``).
_STAND_IN_PK = -314159


class PrefetchStatement:
    def __init__(self, model: type[Model], lookups: Callable[..., list] | list):
        self.model = model
        self.lookups = lookups if callable(lookups) else lambda now=None: list(lookups)
        self._built = None

    def prefetch(self, now=None) -> list:
        """The lookups for Django's own ``prefetch_related``."""
        return self.lookups(now)

    def attach(self, items: list[Model]) -> None:
        """What ``prefetch_related_objects(items, *self.prefetch())`` does."""
        if not items:
            return
        sql, params, relations = self._statement()
        keys = [item.pk for item in items]
        filled = [_real(param, keys) for param in params]
        with connections[router.db_for_read(self.model)].cursor() as cursor:
            cursor.execute(sql, filled)
            found = {row[0]: row[1:] for row in cursor.fetchall()}
        nothing = [None] * len(relations)
        for item in items:
            if not hasattr(item, "_prefetched_objects_cache"):
                item._prefetched_objects_cache = {}
            for relation, rows in zip(relations, found.get(item.pk, nothing), strict=True):
                relation.attach(item, [_decoded(row) for row in rows or []])

    def _statement(self) -> tuple[str, list, list]:
        if self._built is None:
            relations = [_Relation(self.model, lookup) for lookup in self.lookups(stand_ins.NOW)]
            keys = RawSQL("SELECT unnest(%s)", [[_STAND_IN_PK]])
            queryset = (
                self.model._base_manager.filter(pk__in=keys)
                .order_by()  # rows are matched to items by key
                .values_list("pk", *(relation.array() for relation in relations))
            )
            sql, params = queryset.query.sql_with_params()
            self._built = (sql, list(params), relations)
        return self._built


def _decoded(row) -> dict:
    # Django has the driver hand JSON over as text (JSONField decodes it itself).
    return json.loads(row) if isinstance(row, str) else row


def _real(param, keys: list):
    if stand_ins.is_stand_in(param, stand_ins.NOW):
        return timezone.now()
    if stand_ins.is_stand_in(param, [_STAND_IN_PK]):
        return keys
    return param


class _Relation:
    """One lookup: how to select its rows as JSON and how to put them where Django would."""

    def __init__(self, model: type[Model], lookup):
        if isinstance(lookup, str):
            lookup = Prefetch(lookup)
        name = lookup.prefetch_through
        if "__" in name:
            raise ImproperlyConfigured(f"{name}: only one-level lookups are supported.")
        self.name, self.to_attr, self.queryset = name, lookup.to_attr, lookup.queryset
        field = model._meta.get_field(name)
        self.related = field.related_model
        base = self.queryset if self.queryset is not None else self.related._default_manager.all()
        if isinstance(field, ManyToManyField):
            self.back_field = None
            self.rows = base.filter(_EqualsAny(F(field.m2m_target_field_name()), _linked(field)))
        elif isinstance(field, ManyToOneRel):
            self.back_field = field.field
            self.rows = base.filter(**{field.field.name: OuterRef("pk")})
        else:
            raise ImproperlyConfigured(f"{name}: only to-many relations are supported.")
        self.columns = _loaded_fields(self.rows, self.related, "")
        joined = self.rows.query.select_related
        if joined is True or any((joined or {}).values()):
            raise ImproperlyConfigured(f"{name}: name the relations to select, one level deep.")
        self.joined = []
        for joined_name in joined or {}:
            field = self.related._meta.get_field(joined_name)
            columns = _loaded_fields(self.rows, field.related_model, f"{joined_name}__")
            self.joined.append((field, joined_name, columns))

    def array(self) -> ArraySubquery:
        shape = {field.attname: F(field.attname) for field in self.columns}
        for field, joined, columns in self.joined:
            nested = {f.attname: F(f"{joined}__{f.attname}") for f in columns}
            shape[f"{joined}__"] = Case(
                When(**{f"{field.attname}__isnull": True}, then=None),
                default=JSONObject(**nested),
            )
        return ArraySubquery(self.rows.values(row=JSONObject(**shape)))

    def attach(self, item: Model, rows: list[dict]) -> None:
        found = [self._instance(row) for row in rows]
        if self.back_field is not None:
            for related in found:
                self.back_field.set_cached_value(related, item)
        if self.to_attr:
            setattr(item, self.to_attr, found)
            return
        manager = getattr(item, self.name)
        if self.queryset is not None:
            queryset = manager._apply_rel_filters(self.queryset)
        else:
            queryset = manager.get_queryset()
        queryset._result_cache = found
        queryset._prefetch_done = True
        cache_name = (
            manager.prefetch_cache_name
            if self.back_field is None
            else self.back_field.remote_field.cache_name
        )
        item._prefetched_objects_cache[cache_name] = queryset

    def _instance(self, row: dict) -> Model:
        found = _from_json(self.related, self.columns, row)
        for field, joined, columns in self.joined:
            nested = row[f"{joined}__"]
            target = None if nested is None else _from_json(field.related_model, columns, nested)
            field.set_cached_value(found, target)
        return found


class _EqualsAny(Func):
    """``value = ANY(array)``."""

    arity = 2
    arg_joiner = " = ANY("
    template = "%(expressions)s)"
    output_field = BooleanField()


def _linked(field: ManyToManyField) -> ArraySubquery:
    """The keys of the rows an item links to, from the link table alone.

    Rows found by ``key = ANY(ARRAY(SELECT ...))`` are fetched by their primary key index, an
    index scan per item's few links. Joined to the link table instead, PostgreSQL hashed the
    whole related table once per item: four hundred tags, twenty times for a page of
    twenty articles, 1.4 against 0.5 ms at 100 000 articles (bench/profile.md). The link
    table holds each pair once, so the rows are the same."""
    through = field.remote_field.through._base_manager
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    return ArraySubquery(through.filter(**{source: OuterRef(OuterRef("pk"))}).values(target))


def _loaded_fields(queryset: QuerySet, model: type[Model], prefix: str) -> list:
    """The concrete fields of ``model`` (reached through ``prefix``) the queryset loads."""
    deferred, defer = queryset.query.deferred_loading
    names = {name.removeprefix(prefix) for name in deferred if name.startswith(prefix)}
    names = {name for name in names if "__" not in name}
    fields = model._meta.concrete_fields
    if defer:
        loaded = [f for f in fields if f.name not in names and f.attname not in names]
    else:
        loaded = [f for f in fields if f.primary_key or f.name in names or f.attname in names]
    for field in loaded:
        if not _as_json_as_ever(field):
            raise ImproperlyConfigured(
                f"{model.__name__}.{field.name}: a {type(field).__name__} does not come back from "
                "JSON as the database driver gives it; defer it or prefetch it as usual."
            )
    return loaded


def _as_json_as_ever(field) -> bool:
    """Whether a column of this kind, rendered as JSON and read back (dates and times through
    the field's ``to_python``), is the value the driver gives for it."""
    if isinstance(field, ForeignKey):
        return _as_json_as_ever(field.target_field)
    return isinstance(field, _JSON_SAFE)


def _from_json(model: type[Model], fields: list, row: dict) -> Model:
    values = [_python(field, row[field.attname]) for field in fields]
    return model.from_db(router.db_for_read(model), [field.attname for field in fields], values)


def _python(field, value):
    """What the database driver would have given for ``value`` as JSON renders it."""
    if value is not None and isinstance(field, DateField):  # and DateTimeField
        return field.to_python(value)
    return value
