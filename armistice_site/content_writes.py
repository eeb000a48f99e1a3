"""The steps every content write shares, for the apps' ``services.py`` to build on.

A write sets the given fields, names its user in the revision it leaves, runs the model's
``full_clean()`` (field rules, ``clean()``, unique and check constraints: the admin's
messages, never an IntegrityError), saves, then replaces each relation it was given (None
leaves a relation alone). Status moves only through ``workflow.transition()``, and deleting
goes through ``workflow.delete()``, which refuses what the user's role may not remove and
records it. Imports no app."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction

from armistice_site import workflow


@transaction.atomic
def content_save(
    *,
    obj: models.Model,
    user: AbstractBaseUser,
    fields: Mapping[str, Any],
    relations: Mapping[str, Iterable[models.Model] | None] | None = None,
) -> models.Model:
    for name, value in fields.items():
        setattr(obj, name, value)
    obj._history_user = user
    obj.full_clean()
    obj.save()
    for name, items in (relations or {}).items():
        if items is not None:
            getattr(obj, name).set(items)
    return obj


def content_delete(*, obj: models.Model, user: AbstractBaseUser, comment: str = "") -> None:
    obj._history_user = user
    workflow.delete(obj=obj, user=user, comment=comment)
