"""Optimistic locking for editors: a version token taken when an item is loaded, checked when it
is saved, so two people editing the same item never silently overwrite each other.

The token combines the item's latest revision (django-simple-history's ``history_id``) and its
``updated_at`` time: every save through the admin, the API or a service writes a revision and
moves ``updated_at``, and a relation-only change (tags, sources) writes a revision too. The admin
keeps it in a hidden form field; the API sends it as the ``ETag`` and checks ``If-Match`` with
``check_version()``. The token is opaque to clients: compare it, never parse it outside here.
An item's pending revision is part of its version: editing the proposal while someone else
does is a conflict too.

This module imports no app: it works on any model through its ``_meta``."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_manager_for_model

from editorial.models import PendingRevision

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Conflict:
    """Someone saved the item after the editor loaded it: who, when, which revision, and the
    token that is current now (the API's new ETag)."""

    user: AbstractBaseUser | None
    when: datetime.datetime | None
    history_id: int | None
    token: str = ""
    #: The change was to the item's pending revision, not to the live item.
    pending: bool = False


def _latest_record(model: type[models.Model], pk) -> models.Model | None:
    try:
        history = get_history_manager_for_model(model)
    except NotHistoricalModelError:
        return None
    return (
        history.filter(**{model._meta.pk.attname: pk})
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )


def _micros(when: datetime.datetime | None) -> int:
    return (when - EPOCH) // datetime.timedelta(microseconds=1) if when else 0


def _token(history_id: int | None, updated_at: datetime.datetime | None, pending: str = "") -> str:
    token = f"{history_id or 0}.{_micros(updated_at)}"
    return f"{token}.{pending}" if pending else token


def _pending_part(model: type[models.Model], pk) -> str:
    row = (
        PendingRevision.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            object_id=str(pk),
        )
        .values("pk", "updated_at")
        .first()
    )
    return f"p{row['pk']}-{_micros(row['updated_at'])}" if row else ""


def version_token(obj: models.Model) -> str:
    """The version of ``obj`` as stored now, e.g. ``"412.1746000000123456"``, with its
    pending revision's when it has one."""
    record = _latest_record(type(obj), obj.pk)
    return _token(
        record.history_id if record else None,
        getattr(obj, "updated_at", None),
        _pending_part(type(obj), obj.pk),
    )


def live_token(obj: models.Model) -> str:
    """The version of the live item only (what a pending revision was made from)."""
    record = _latest_record(type(obj), obj.pk)
    return _token(record.history_id if record else None, getattr(obj, "updated_at", None))


def token_history_id(token: str) -> int | None:
    """The revision a token was taken at (for "compare what you loaded with what is there")."""
    head = (token or "").split(".", 1)[0]
    return int(head) if head.isdigit() and int(head) > 0 else None


def check_version(
    obj_or_model: models.Model | type[models.Model], pk, token: str
) -> Conflict | None:
    """None if the item ``pk`` is still at ``token``; otherwise who changed it, and when.

    Locks the row (``select_for_update``) so that no other save can slip in between this check
    and the caller's write: call it inside the transaction that saves (the admin's change view
    and DRF's ``ATOMIC_REQUESTS``-style services already run in one). An empty token is always a
    conflict: a client that never loaded the item cannot claim to have seen its latest version."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    with transaction.atomic():
        fields = ["pk", "updated_at"] if hasattr(model, "updated_at") else ["pk"]
        row = model._default_manager.select_for_update().filter(pk=pk).values(*fields).first()
        if row is None:
            return Conflict(user=None, when=None, history_id=None, token="")
        record = _latest_record(model, pk)
        pending = _pending_part(model, pk)
        current = _token(record.history_id if record else None, row.get("updated_at"), pending)
    if token and token == current:
        return None
    proposal = _pending_changed(model, pk, token, pending)
    if proposal is not None:
        return Conflict(
            user=proposal.author,
            when=proposal.updated_at,
            history_id=record.history_id if record else None,
            token=current,
            pending=True,
        )
    return Conflict(
        user=record.history_user if record else None,
        when=record.history_date if record else row.get("updated_at"),
        history_id=record.history_id if record else None,
        token=current,
    )


def _pending_changed(model, pk, token: str, pending: str) -> PendingRevision | None:
    """The pending revision, when it (and not the live item) is what changed since ``token``."""
    if not pending or not token or token.split(".")[2:] == [pending]:
        return None
    return (
        PendingRevision.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            object_id=str(pk),
        )
        .select_related("author")
        .first()
    )
