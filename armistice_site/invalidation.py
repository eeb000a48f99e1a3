"""The content generation: one number in the shared cache that every cached page and API
response is keyed by. Any write to content moves it on, so the next request on every app
server misses the old entries and renders afresh; nothing has to find and delete them.

Signals are used here, not for core flow but as cache plumbing: every writer (admin, API,
workflow, imports, shell) saves through the ORM, and a receiver cannot be forgotten by one of
them. The number moves twice: at once, so the writing process never serves its own stale
copy, and again when the transaction commits, so a page another server rendered from the
not yet committed state in between is dropped too. Writes that send no signals (bulk
``QuerySet.update()``, ``COPY``) call ``bump_generation()`` themselves.

A scheduled item going live is not a write; entries expire after ``CACHE_SECONDS``, which
bounds how long a page can miss it. While the cache is away nothing is cached and the number
cannot move; when it answers again the number moves on (``cache_came_back``), so a page
cached before the outage is not served after a write made during it."""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from armistice_site import registry
from armistice_site.cache_guard import cache_recovered

GENERATION_KEY = "content-generation"


def _fresh_start() -> int:
    """A starting number no earlier generation used, should the key ever be evicted."""
    return time.time_ns()


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_start(), timeout=None)
        generation = cache.get(GENERATION_KEY, 0)
    return generation


def bump_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no number yet (or evicted): start afresh
        cache.add(GENERATION_KEY, _fresh_start(), timeout=None)


def content_changed(sender, using: str = "default", **kwargs) -> None:
    """Receiver for every model's writes; only registered content types (and their link
    tables) count, so a new type is followed from its registration alone."""
    if sender not in registry.content_models():
        return
    bump_generation()
    transaction.on_commit(bump_generation, using=using)


def cache_came_back(**kwargs) -> None:
    """Writes made while the cache was away could not move the generation; pages cached
    before the outage must not be served as if nothing had changed."""
    bump_generation()


def connect() -> None:
    """Called once from the site's ``AppConfig.ready()``."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"invalidation-{id(signal)}")
    cache_recovered.connect(cache_came_back, dispatch_uid="invalidation-cache-recovered")
