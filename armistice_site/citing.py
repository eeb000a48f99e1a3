"""Who cites an item: the public content that links to it (a many-to-many field such as an
article's sources or documents) or cites it in its body (``[[kind:slug]]``, recorded on save).
Sources and documents list these on their pages; the registry says which types to look in, so
a new type that cites things is found without being named here."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Q

from armistice_site import references, registry
from armistice_site.publishing import Publishable
from armistice_site.rendering import RenderedBody


@dataclass(frozen=True)
class Citing:
    label: str
    items: list[models.Model]


def citing(obj: models.Model) -> list[Citing]:
    """Per publishable type, its public items that link to or cite ``obj``: one query each."""
    tokens = [references.token(kind, obj.slug) for kind in references.kinds_for(type(obj))]
    found = []
    for entry in registry.entries(registry.Role.PUBLISHABLE):
        model = entry.model
        if not issubclass(model, Publishable) or model is type(obj):
            continue
        links = Q()
        for field in model._meta.local_many_to_many:
            if field.related_model is type(obj):
                links |= Q(**{field.name: obj})
        if issubclass(model, RenderedBody):
            for token in tokens:
                links |= Q(body_references__contains=token)
        if not links:
            continue
        items = list(
            model._default_manager.public()
            .for_list()
            .filter(links)
            .distinct()
            .order_by(*model._meta.ordering or ["pk"])
        )
        if items:
            found.append(Citing(str(model._meta.verbose_name_plural).capitalize(), items))
    return found
