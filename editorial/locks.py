"""Soft edit locks: "Ada has been editing this since 14:02". Nothing is refused because of a
lock (the version check on save does that); it only tells two editors early that they are
working on the same item, so they can talk before one of them has to merge.

Opening an item's change form marks the editor as present; the form's script renews the mark
every ``RENEW_SECONDS`` while the page stays open, and the mark expires on its own
``EXPIRE_SECONDS`` after the last renewal (a closed tab, a crashed browser). Marks live in the
shared cache, so every app server sees them."""

import datetime

from django.core.cache import cache
from django.http import Http404, HttpRequest, JsonResponse
from django.utils import formats, timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from armistice_site import registry

RENEW_SECONDS = 30
EXPIRE_SECONDS = 90


def _key(label: str, object_id) -> str:
    return f"edit-lock:{label}:{object_id}"


def mark(user, label: str, object_id) -> list[dict]:
    """Record ``user`` as editing the item now; return the other editors present, each with
    ``name`` and ``since`` (when they opened it)."""
    key = _key(label, object_id)
    now = timezone.now()
    present = {
        uid: entry
        for uid, entry in (cache.get(key) or {}).items()
        if now - entry["seen"] < datetime.timedelta(seconds=EXPIRE_SECONDS)
    }
    mine = present.get(user.pk)
    present[user.pk] = {
        "name": user.get_username(),
        "since": mine["since"] if mine else now,
        "seen": now,
    }
    cache.set(key, present, EXPIRE_SECONDS)
    return others(present, user)


def others(present: dict, user) -> list[dict]:
    return [
        {
            "name": entry["name"],
            "since": formats.time_format(timezone.localtime(entry["since"]), "H:i"),
        }
        for uid, entry in sorted(present.items(), key=lambda item: item[1]["since"])
        if uid != user.pk
    ]


def release(user, label: str, object_id) -> None:
    key = _key(label, object_id)
    present = cache.get(key) or {}
    if present.pop(user.pk, None) is not None:
        cache.set(key, present, EXPIRE_SECONDS)


@require_POST
def heartbeat(request: HttpRequest, label: str, object_id: str) -> JsonResponse:
    """The change form's script says "still here" (or ``leaving=1``); answers who else is."""
    known = {entry.label for entry in registry.entries()}
    if label not in known or len(object_id) > 64:
        raise Http404
    if request.POST.get("leaving"):
        release(request.user, label, object_id)
        editors = []
    else:
        editors = mark(request.user, label, object_id)
    response = JsonResponse({"others": editors})
    add_never_cache_headers(response)
    return response
