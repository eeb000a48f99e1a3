"""The content-type registry: each content model declares itself once, and every cross-cutting
part of the site reads the declaration instead of keeping its own list.

    @content_type(Role.PUBLISHABLE, url_name="articles:detail", api=Api("articles", "article",
                  "articles.api.ArticleViewSet"), search=Search(...), sitemap_priority=0.8)
    class Article(Publishable, ...):

Readers of the registry: cache invalidation (which writes move the content generation),
editorial roles (which permissions each group holds), backups (which models, in which order),
old-address redirects (which routes carry a slug), the sitemap, site search, the API router,
the revision history (which rows live inside an item) and the editorial services (what a
write to a row inside an item means for that item). A test enumerates every concrete model of
the content apps and fails on one that is not registered, so a new type cannot be half-wired.

Like Django's admin registry, this module imports no app; the apps import it."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from django.db import models
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model


class Role(StrEnum):
    """How a content type takes part in editing.

    - ``PUBLISHABLE``: readers see it once published (the workflow applies).
    - ``PART``: a row that lives inside a publishable item (an alliance's memberships), edited
      with the item's rights and shown in the item's history.
    - ``REFERENCE``: shared data that published content cites (sources, countries, topics)."""

    PUBLISHABLE = "publishable"
    PART = "part"
    REFERENCE = "reference"


@dataclass(frozen=True)
class Api:
    """Where the API serves the type: ``/api/v1/<prefix>/``, URL names ``api:<basename>-…``,
    and the dotted path of its viewset (imported by the router only)."""

    prefix: str
    basename: str
    viewset: str


@dataclass(frozen=True)
class Search:
    """How the type takes part in site search: the field shown as the hit's title, the text
    fields snippets are cut from, and the weighted fields of the stored search vector."""

    title: str
    text: tuple[str, ...]
    weights: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Part:
    """For ``Role.PART``: the foreign key to the item the row lives in, the label of the rows
    in the item's history ("Members"), and how one row is described there."""

    parent: str
    label: str
    describe: Callable[[models.Model], str] = str


@dataclass(frozen=True)
class ContentType:
    model: type[models.Model]
    role: Role
    url_name: str = ""
    api: Api | None = None
    search: Search | None = None
    sitemap_priority: float | None = None
    part: Part | None = None

    @property
    def label(self) -> str:
        """``"articles.article"``: the model's label, as permissions and backups name it."""
        return self.model._meta.label_lower

    @property
    def name(self) -> str:
        """``"article"``: the model name, as search results and templates name the type."""
        return self.model._meta.model_name

    @property
    def revisioned(self) -> bool:
        """Whether every change keeps a revision (django-simple-history)."""
        try:
            get_history_model_for_model(self.model)
        except NotHistoricalModelError:
            return False
        return True

    @property
    def parent_model(self) -> type[models.Model] | None:
        if self.part is None:
            return None
        return self.model._meta.get_field(self.part.parent).related_model

    def slug_routes(self) -> list[str]:
        """The slug-addressed detail routes that show this type: its page and its API item."""
        routes = [self.url_name] if self.url_name else []
        if self.api is not None:
            routes.append(f"api:{self.api.basename}-detail")
        return routes


_registry: dict[type[models.Model], ContentType] = {}


def content_type(
    role: Role,
    *,
    url_name: str = "",
    api: Api | None = None,
    search: Search | None = None,
    sitemap_priority: float | None = None,
    part: Part | None = None,
) -> Callable[[type[models.Model]], type[models.Model]]:
    """Class decorator: registers the model it decorates (see the module docstring)."""
    if (role == Role.PART) != (part is not None):
        raise ValueError("A part names its parent (part=Part(...)); only a part does.")

    def register(model: type[models.Model]) -> type[models.Model]:
        if model in _registry:
            raise ValueError(f"{model._meta.label} is registered twice.")
        _registry[model] = ContentType(
            model=model,
            role=role,
            url_name=url_name,
            api=api,
            search=search,
            sitemap_priority=sitemap_priority,
            part=part,
        )
        content_models.cache_clear()
        return model

    return register


def entries(role: Role | None = None) -> list[ContentType]:
    """Registered types in registration order (app order, then definition order), optionally
    only those of one role."""
    return [entry for entry in _registry.values() if role is None or entry.role == role]


def entry(model: type[models.Model] | models.Model) -> ContentType:
    """The registration of ``model`` (a class or an instance); KeyError if it has none."""
    model = model if isinstance(model, type) else type(model)
    return _registry[model._meta.concrete_model]


def get(model: type[models.Model] | models.Model) -> ContentType | None:
    model = model if isinstance(model, type) else type(model)
    return _registry.get(getattr(model._meta, "concrete_model", model))


def parts_of(model: type[models.Model]) -> list[ContentType]:
    """The part types that live inside ``model`` (an alliance's memberships)."""
    return [entry for entry in entries(Role.PART) if entry.parent_model is model]


@cache
def content_models() -> frozenset[type[models.Model]]:
    """Every registered model and the link tables of its many-to-many fields: the models whose
    writes change what readers may see. Asked on every save, so computed once."""
    found = set()
    for item in _registry.values():
        found.add(item.model)
        found.update(f.remote_field.through for f in item.model._meta.local_many_to_many)
    return frozenset(found)


def dependency_order() -> list[ContentType]:
    """Registered types ordered so that each one's foreign keys point at earlier ones (the
    order a backup writes and restores them in); ties keep registration order."""
    pending = list(_registry.values())
    ordered: list[ContentType] = []
    placed: set[type[models.Model]] = set()
    while pending:
        ready = next(
            (candidate for candidate in pending if _dependencies(candidate.model) <= placed),
            None,
        )
        if ready is None:
            raise ValueError("Registered content types have circular foreign keys.")
        ordered.append(ready)
        placed.add(ready.model)
        pending.remove(ready)
    return ordered


def _dependencies(model: type[models.Model]) -> set[type[models.Model]]:
    """The other registered models ``model`` links to, by foreign key or many-to-many."""
    links = [*model._meta.concrete_fields, *model._meta.local_many_to_many]
    return {
        f.related_model
        for f in links
        if f.is_relation and f.related_model in _registry and f.related_model is not model
    }
