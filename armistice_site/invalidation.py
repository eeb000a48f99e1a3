"""Content writes move the versions of what they changed (``armistice_site.dependencies``), so
the next request for a page that shows it renders afresh on every app server, and pages that
do not show it stay cached. Nothing has to find and delete entries.

A write moves:

- the written item's version (every page that loaded it);
- its table's version only when the set of rows a query finds, or their order, may change: a
  create, a delete, a save of any field other than long text (``text_only_fields``: bodies,
  summaries, what is rendered from them). ``content_save()`` says which fields it changed
  (``obj._changed_fields``); a save that does not say (the admin's bulk actions, the shell)
  moves the table, to be safe;
- a many-to-many change moves its link table and the item;
- ``bump_generation()`` moves ``EVERYTHING_KEY`` for writes that send no signals (imports,
  restores, ``COPY``), and ``bump_items()`` is for ``QuerySet.update()`` on known rows.

Signals are used here, not for core flow but as cache plumbing: every writer (admin, API,
workflow, imports, shell) saves through the ORM, and a receiver cannot be forgotten by one of
them. Versions move twice: at once, so the writing process never serves its own stale copy,
and again when the transaction commits, so a page another server rendered from the not yet
committed state in between is dropped too.

A scheduled item going live is not a write; entries expire after ``CACHE_SECONDS``, which
bounds how long a page can miss it. While the cache is away nothing is cached and versions
cannot move; when it answers again everything moves on (``cache_came_back``), so a page
cached before the outage is not served after a write made during it."""

from collections.abc import Iterable
from functools import cache as memoize

from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from armistice_site import registry
from armistice_site.cache_guard import cache_recovered
from armistice_site.dependencies import (
    EPOCH_KEY,
    EVERYTHING_KEY,
    bump,
    item_key,
    label_of,
    table_key,
)
from armistice_site.rendering import DERIVED_FIELDS

GENERATION_KEY = EVERYTHING_KEY


def current_generation() -> int | None:
    """The version every entry depends on (moved by imports, restores, cache recovery)."""
    return cache.get(EVERYTHING_KEY)


def current_epoch() -> int | None:
    """The version every content write moves."""
    return cache.get(EPOCH_KEY)


def bump_generation() -> None:
    """Everything cached is stale: for writes no signal announces."""
    bump([EVERYTHING_KEY])


def announce(keys: list[str], using: str = "default") -> None:
    """Move ``keys`` now and again when the current transaction commits."""
    bump(keys)
    transaction.on_commit(lambda: bump(keys), using=using)


def bump_items(model: type[models.Model], pks: Iterable, *, table: bool = False) -> None:
    """For ``QuerySet.update()`` on known rows (rendered bodies stored again, a parent's
    ``updated_at``): no signal is sent, so the writer announces the items itself."""
    keys = [item_key(label_of(model), pk) for pk in pks]
    if table:
        keys.append(table_key(model._meta.db_table))
    announce(keys)


@memoize
def text_only_fields(model: type[models.Model]) -> frozenset[str]:
    """Fields no list filters or sorts by: long text, not unique, no choices, not in the
    default ordering, and what is rendered from the body. Changing only these cannot change
    which rows a query finds or their order, so the table's version stays."""
    ordering = set()
    for term in model._meta.ordering or ():
        ordering.update(_field_names(term))
    names = {
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, models.TextField)
        and not f.unique
        and not f.choices
        and not f.db_index
        and f.name not in ordering
    }
    return frozenset(names | {name for name in DERIVED_FIELDS if _has_field(model, name)})


def _field_names(term) -> set[str]:
    if isinstance(term, str):
        return {term.lstrip("-").split("__")[0]}
    if hasattr(term, "name") and isinstance(term.name, str):
        return {term.name.split("__")[0]}
    found = set()
    for part in getattr(term, "get_source_expressions", list)():
        found |= _field_names(part)
    return found


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def keys_for_save(model, instance, created: bool, update_fields) -> list[str]:
    keys = [item_key(label_of(model), instance.pk)]
    changed = getattr(instance, "_changed_fields", None)
    if update_fields:
        changed = set(update_fields)
    if created or changed is None or not set(changed) <= text_only_fields(model):
        keys.append(table_key(model._meta.db_table))
    return keys


def content_saved(sender, instance, created=False, update_fields=None, using="default", **kw):
    if sender in registry.content_models():
        announce(keys_for_save(sender, instance, created, update_fields), using)


def content_deleted(sender, instance, using="default", **kwargs) -> None:
    if sender in registry.content_models():
        keys = [item_key(label_of(sender), instance.pk), table_key(sender._meta.db_table)]
        announce(keys, using)


def links_changed(sender, instance, action: str, using="default", **kwargs) -> None:
    """Tags, authors, sources…: the link table (every list that joins it) and the item."""
    if not action.startswith("post_") or sender not in registry.content_models():
        return
    keys = [table_key(sender._meta.db_table), item_key(label_of(type(instance)), instance.pk)]
    model, pks = kwargs.get("model"), kwargs.get("pk_set") or ()
    if model is not None:
        keys += [item_key(label_of(model), pk) for pk in pks]
    announce(keys, using)


def cache_came_back(**kwargs) -> None:
    """Writes made while the cache was away could not move any version; pages cached
    before the outage must not be served as if nothing had changed."""
    bump_generation()


def connect() -> None:
    """Called once from the site's ``AppConfig.ready()``."""
    post_save.connect(content_saved, dispatch_uid="invalidation-saved")
    post_delete.connect(content_deleted, dispatch_uid="invalidation-deleted")
    m2m_changed.connect(links_changed, dispatch_uid="invalidation-links")
    cache_recovered.connect(cache_came_back, dispatch_uid="invalidation-cache-recovered")
