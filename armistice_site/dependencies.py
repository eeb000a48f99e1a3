"""What a cached page shows, and the version numbers that say whether it changed.

While a cacheable page renders (``recording()``), two things are noted: every content item
loaded (a ``post_init`` receiver, active only inside the render, notes
``app_label.model:pk``) and every table read (an ``execute_wrapper`` on each database
connection notes the table names in the SQL, which covers lists, counts and joins that load
no instance). Each has a version number in the shared cache:

- ``dep:item:<label>:<pk>`` moves when that item is written;
- ``dep:table:<db_table>`` moves when a write may change which rows a query finds or their
  order (a create, a delete, a workflow step, a slug, a field lists filter or sort by);
- ``EVERYTHING_KEY`` moves for writes no signal announces (imports, restores, generated data);
- ``EPOCH_KEY`` moves on every content write of any kind. The page cache reads it before and
  after a render and stores nothing if it moved (the page may show half of a write), and
  pages whose dependencies cannot be traced row by row (site search, filtered API lists,
  pages loading thousands of items) depend on it alone.

A page-cache entry keeps the versions its dependencies had when it was stored; a hit reads
them again (``current_values``; with Redis inside the same script that reads the entry,
``GuardedRedisCache.get_current``) and is served only if every one matches. A version that is
missing (never written, or evicted) is created with ``add`` at store time, never assumed:
an entry is only stored against numbers that are really in the cache, so losing a number
can only cause a miss.

Only registered content (``registry.content_models()``) is recorded and versioned; users,
sessions and logs do not change what anonymous readers see."""

import re
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connections, models
from django.db.models.signals import post_init

from armistice_site import registry

EVERYTHING_KEY = "content-generation"
EPOCH_KEY = "content-epoch"
#: Past this many items a page depends on every write instead (a sitemap, a long feed).
MAX_ITEMS = 400
_TABLE = re.compile(r'\b(?:FROM|JOIN|UPDATE|INTO)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?', re.IGNORECASE)


def item_key(label: str, pk) -> str:
    return f"dep:item:{label}:{pk}"


def table_key(db_table: str) -> str:
    return f"dep:table:{db_table}"


def label_of(model: type[models.Model]) -> str:
    return model._meta.concrete_model._meta.label_lower


@dataclass
class Recorder:
    """What one render read."""

    items: set[str] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)
    every_write: bool = False
    #: The content epoch read before the render began (``recording(epoch)``).
    epoch: int | None = None

    def keys(self) -> list[str]:
        """The version keys the page depends on (besides ``EVERYTHING_KEY``, always)."""
        if self.every_write or len(self.items) > MAX_ITEMS:
            return [EPOCH_KEY]
        content_tables = _content_tables()
        tables = sorted(self.tables & content_tables)
        return [*(table_key(t) for t in tables), *(item_key(*i.split(":", 1)) for i in self.items)]


_recorder: ContextVar[Recorder | None] = ContextVar("dependency_recorder", default=None)


def _content_tables() -> frozenset[str]:
    return frozenset(model._meta.db_table for model in registry.content_models())


def _note_tables(execute, sql, params, many, context):
    recorder = _recorder.get()
    if recorder is not None and isinstance(sql, str):
        recorder.tables.update(_TABLE.findall(sql))
    return execute(sql, params, many, context)


def _note_instance(sender, instance, **kwargs) -> None:
    recorder = _recorder.get()
    if recorder is not None and instance.pk is not None:
        recorder.items.add(f"{label_of(sender)}:{instance.pk}")


@contextmanager
def recording(epoch: int | None = None) -> Iterator[Recorder]:
    """Note what the code run inside reads (this thread or task only); ``epoch`` is the one
    read before it began, for ``epoch_before_render``."""
    recorder = Recorder(epoch=epoch)
    token = _recorder.set(recorder)
    try:
        with ExitStack() as stack:
            for connection in connections.all():
                stack.enter_context(connection.execute_wrapper(_note_tables))
            yield recorder
    finally:
        _recorder.reset(token)


def depend_on_every_write() -> None:
    """Called by a view whose results cannot be traced to rows (site search)."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.every_write = True


def depend_on_rows(rows: Iterable[str]) -> None:
    """Called where rows are shown without being loaded (an item's stored representation,
    ``armistice_site.api.item_cache``): each ``label:pk`` as if its instance had been made."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.items.update(rows)


def depend_on_table(model: type[models.Model]) -> None:
    """Called where a table's contents are used without a query (a cached count)."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.tables.add(model._meta.db_table)


def connect() -> None:
    """Called once from ``AppConfig.ready()``: the receiver is cheap outside a render (one
    context-variable read per instance of a content model)."""
    for model in registry.content_models():
        post_init.connect(_note_instance, sender=model, dispatch_uid=f"deps-{label_of(model)}")


# --- Versions ---------------------------------------------------------------------------------


def _fresh() -> int:
    """A starting number no earlier version of any key used (nanoseconds since 1970)."""
    return time.time_ns()


def bump(keys: Iterable[str]) -> None:
    """Move each version on; every write moves the epoch too."""
    for key in {*keys, EPOCH_KEY}:
        try:
            cache.incr(key)
        except ValueError:  # no number yet, or evicted: start from one never used
            cache.add(key, _fresh(), timeout=None)


def epoch() -> int | None:
    return cache.get(EPOCH_KEY)


def current_values(keys: list[str]) -> dict:
    """The values stored with ``store_values`` whose versions all still hold, by key. With Redis
    the versions are compared inside Redis, in one round trip (``GuardedRedisCache.
    get_current_many``); any other backend reads the entries, then their versions."""
    if hasattr(cache, "get_current_many"):
        return cache.get_current_many(keys)
    entries = {
        key: entry
        for key, entry in cache.get_many(keys).items()
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0]
    }
    names = sorted({name for versions, _ in entries.values() for name in versions})
    now = cache.get_many(names) if names else {}
    return {
        key: value
        for key, (versions, value) in entries.items()
        if all(now.get(name) == number for name, number in versions.items())
    }


def store_values(entries: dict[str, tuple[dict[str, int], object]]) -> None:
    """Store each ``key: (versions, value)`` for ``CACHE_SECONDS``, for ``current_values``."""
    if hasattr(cache, "set_current_many"):
        cache.set_current_many(entries, settings.CACHE_SECONDS)
    else:
        cache.set_many(entries, settings.CACHE_SECONDS)


def settled_versions(keys: list[str], epoch_before: int | None) -> dict[str, int] | None:
    """The versions to store an entry against, or None if it must not be stored: a write
    moved the epoch since the render began, or a missing version could not be created."""
    found = cache.get_many([*keys, EVERYTHING_KEY, EPOCH_KEY])
    if epoch_before is None or found.get(EPOCH_KEY) != epoch_before:
        return None
    if EPOCH_KEY not in keys:
        del found[EPOCH_KEY]
    missing = {key: _fresh() for key in [*keys, EVERYTHING_KEY] if key not in found}
    if not _added(missing):
        return None  # someone else (a write?) set one meanwhile: store next time
    found.update(missing)
    return found


def _added(versions: dict[str, int]) -> bool:
    """Whether every one of ``versions`` was created now (none was there): in one round trip
    with Redis (``GuardedRedisCache.add_many``), one ``add`` each otherwise."""
    add_many = getattr(cache, "add_many", None)
    if add_many is not None:
        return not add_many(versions, timeout=None)
    return all(cache.add(key, value, timeout=None) for key, value in versions.items())


def epoch_before_render() -> int | None:
    """The epoch as it was before the render now running began: the page cache's reading
    when it records the render, else read (and created if missing) now."""
    recorder = _recorder.get()
    if recorder is not None and recorder.epoch is not None:
        return recorder.epoch
    return ensure_epoch()


def ensure_epoch() -> int | None:
    """The epoch, created if missing (None only while the cache is away)."""
    current = epoch()
    if current is None:
        cache.add(EPOCH_KEY, _fresh(), timeout=None)
        current = epoch()
    return current
