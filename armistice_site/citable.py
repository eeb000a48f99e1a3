"""A model mixin for content readers cite: its "Cite this" texts, one per style (APA, MLA,
Chicago), are formatted when it is saved and stored on its row, as a rendered body is, so that
no page waits for citeproc (milliseconds a style, tens for an item).

A page's own address depends on the request (scheme and host), so the texts are formatted with
``PAGE_URL`` standing for it, and ``cite_texts(url)`` puts the page's address in. That gives
what formatting with the real address gives: the styles print a URL as it is, and it is
escaped here as ``citations`` escapes an item's values (``tests/armistice_site/test_citable.py``
compares the two for every style and kind of item).

The texts also show rows the item links to (an article's authors): each model names those
links, and the fields of theirs the texts show, in ``cited_relations``, and
``editorial.services`` stores the texts again when the links or those fields change.
``store_missing()`` fills rows that have no texts (written before they were stored, or before
a style was added); every ``migrate`` runs it (``connect``), and ``manage.py store_citations``
runs it on demand."""

import sys
from collections.abc import Callable, Mapping
from html import escape
from typing import ClassVar

from django.db import connections, models
from django.db.migrations.executor import MigrationExecutor
from django.db.models.signals import post_migrate
from django.utils.safestring import SafeString, mark_safe

from armistice_site import citations, registry
from armistice_site.citations import STYLES, Style
from armistice_site.invalidation import bump_generation
from armistice_site.publishing import list_columns

#: Stands for the page's address while the texts are formatted. ``.invalid`` is reserved
#: (RFC 2606): no real address, and so no content, has it.
PAGE_URL = "https://cite-this-page.invalid/"

#: The column ``store_citations()`` derives.
DERIVED_FIELDS = ("citation_texts",)

STORE_BATCH = 500


class Citable(models.Model):
    citation_texts = models.JSONField(
        editable=False,
        default=dict,
        blank=True,
        help_text="“Cite this” in each style, by style key, formatted on save with PAGE_URL "
        "for the page's address (see armistice_site.citable).",
    )

    #: Links whose rows the texts show, each with the fields of those rows it shows (an
    #: article's authors, by name): a change to either stores the texts again.
    cited_relations: ClassVar[Mapping[str, tuple[str, ...]]] = {}

    class Meta:
        abstract = True

    def citation_item(self, url: str) -> dict:
        """This item as a CSL-JSON item whose address is ``url`` (each model's ``csl()``)."""
        raise NotImplementedError

    def store_citations(self) -> None:
        self.citation_texts = citations.texts(self.citation_item(PAGE_URL))

    def cite_texts(self, url: str) -> list[tuple[Style, SafeString]]:
        """The texts in the order of ``STYLES``, with ``url`` as the page's address; a style
        that gives the item no entry is left out.

        Every write stores them, so a reader's page formats nothing; a row that has none is
        formatted here, in memory: the preview of a revision recorded before texts were
        stored."""
        if not complete(self.citation_texts):
            self.store_citations()
        address = escape(url, quote=False)
        return [
            (style, mark_safe(self.citation_texts[style.key].replace(PAGE_URL, address)))  # noqa: S308
            for style in STYLES
            if self.citation_texts[style.key]
        ]

    def save(self, *args, **kwargs):
        self.store_citations()
        super().save(*args, **kwargs)


def complete(texts: Mapping[str, str]) -> bool:
    """Whether ``texts`` holds one for every style."""
    return all(style.key in texts for style in STYLES)


def citable_models() -> list[type[Citable]]:
    return [entry.model for entry in registry.entries() if issubclass(entry.model, Citable)]


def lacking(model: type[Citable], using: str = "default") -> models.QuerySet:
    """The model's rows without a text for every style."""
    keys = [style.key for style in STYLES]
    return model._default_manager.db_manager(using).exclude(citation_texts__has_keys=keys)


def store_missing(
    *,
    every: bool = False,
    only: list[type[Citable]] | None = None,
    using: str = "default",
    progress: Callable[[int], object] | None = None,
) -> int:
    """Format and store the texts of every row that lacks one (``every``: of every row, e.g.
    after a citeproc upgrade), of the models ``only`` names or of every citable one. Returns
    how many rows were stored; ``progress`` is told each batch's size. Each batch commits on
    its own (an interrupted run resumes where it stopped), in bulk, which sends no signal:
    everything cached moves on."""
    stored = 0
    for model in citable_models() if only is None else only:
        manager = model._default_manager.db_manager(using)
        rows = manager.all() if every else lacking(model, using)
        rows = list_columns(rows.prefetch_related(*model.cited_relations).order_by("pk"))
        batch = []
        for row in rows.iterator(chunk_size=STORE_BATCH):
            row.store_citations()
            batch.append(row)
            if len(batch) == STORE_BATCH:
                stored += _write(manager, batch, progress)
                batch = []
        stored += _write(manager, batch, progress)
    if stored:
        bump_generation()
    return stored


def _write(manager: models.Manager, batch: list[Citable], progress) -> int:
    if batch:
        manager.bulk_update(batch, ["citation_texts"])
        if progress is not None:
            progress(len(batch))
    return len(batch)


def fill_after_migrate(
    sender, using: str = "default", plan=None, verbosity: int = 1, stdout=None, **kwargs
) -> None:
    """After ``migrate``, each app's citable rows without texts are filled, once every
    migration is applied (on an older target the models' columns may not all exist yet).
    ``flush`` sends the same signal with no plan, and leaves nothing to fill."""
    mine = [model for model in citable_models() if model._meta.app_config is sender]
    if plan is None or not mine:
        return
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return
    counts = {model: lacking(model, using).count() for model in mine}
    if not any(counts.values()):
        return
    if verbosity:
        rows = ", ".join(f"{n} {m._meta.verbose_name_plural}" for m, n in counts.items() if n)
        (stdout or sys.stdout).write(f"  Storing the “Cite this” texts of {rows}…\n")
    store_missing(only=[model for model, count in counts.items() if count], using=using)


def connect() -> None:
    """Called once from the site's ``AppConfig.ready()``. A signal, as Django's own apps
    complete a database after ``migrate`` (content types, permissions): it is the one step
    every deployment runs after new code. It is sent once per app with models."""
    post_migrate.connect(fill_after_migrate, dispatch_uid="citable-fill-after-migrate")
