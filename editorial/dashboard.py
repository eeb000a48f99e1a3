"""What the editors' dashboard (the admin's home page) lists: the work waiting for each editor.

Each function reads every registered publishable type (and, for proposals, every type) with a
fixed number of queries per type, so the page costs the same however much content there is;
lists are cut to ``LIMIT`` entries. An ``Entry`` names the item, says what it is and links to
the page where the work is done."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import capfirst

from armistice_site import registry
from armistice_site.publishing import Status
from editorial import workflow
from editorial.models import AuditEntry, PendingRevision
from editorial.workflow import User

LIMIT = 8
FACT_CHECK_FIELD = "fact_check_status"
NEEDS_CHECKING = ("unchecked", "disputed")


@dataclass(frozen=True)
class Entry:
    title: str
    kind: str
    url: str
    when: datetime.datetime | None = None
    who: str = ""
    note: str = ""


def change_url(model: type[models.Model], pk) -> str:
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])
    except NoReverseMatch:
        return ""


def _kind(model: type[models.Model]) -> str:
    return capfirst(str(model._meta.verbose_name))


def _publishable() -> list[type[models.Model]]:
    return [entry.model for entry in registry.entries(registry.Role.PUBLISHABLE)]


def _viewable(user: User, model: type[models.Model]) -> bool:
    return workflow.has_perm(user, model, "view") or workflow.has_perm(user, model, "change")


def _entries(rows, model, when: str, note=lambda row: "") -> list[Entry]:
    return [
        Entry(str(row), _kind(model), change_url(model, row.pk), getattr(row, when), "", note(row))
        for row in rows
    ]


def _newest(entries: list[Entry], *, reverse_order: bool = True) -> list[Entry]:
    far = timezone.now().replace(year=1) if reverse_order else timezone.now().replace(year=9999)
    return sorted(entries, key=lambda e: e.when or far, reverse=reverse_order)[:LIMIT]


def awaiting_review(user: User) -> list[Entry]:
    """Items in review that this user may publish, oldest first (waiting longest)."""
    found = []
    for model in _publishable():
        if workflow.can_publish(user, model):
            rows = model._default_manager.filter(status=Status.IN_REVIEW).for_list()
            found += _entries(rows.order_by("updated_at")[:LIMIT], model, "updated_at")
    return _newest(found, reverse_order=False)


def proposals(user: User, *, mine: bool = False) -> list[Entry]:
    """Pending revisions: those this user may publish, or (``mine``) those they proposed."""
    rows = PendingRevision.objects.select_related("content_type").order_by("updated_at")
    if mine:
        rows = rows.filter(author=user) if user is not None else rows.none()
    found = []
    for row in rows[: LIMIT * 4]:
        model = row.content_type.model_class()
        if model is None or not (mine or workflow.can_publish(user, model)):
            continue
        found.append(
            Entry(
                row.object_repr,
                _kind(model),
                change_url(model, row.object_id),
                row.updated_at,
                row.author_name,
                row.reason,
            )
        )
    return found[:LIMIT]


def _written_by(user: User, model: type[models.Model]) -> models.QuerySet:
    """Ids of ``model``'s items this user created or edited (from the revision history)."""
    history = getattr(model, "history", None)
    if history is None or user is None:
        return model._default_manager.none().values("pk")
    return history.filter(history_user=user).values("id")


def my_drafts(user: User) -> list[Entry]:
    """Drafts this user has worked on, most recently changed first."""
    found = []
    for model in _publishable():
        rows = model._default_manager.filter(
            status=Status.DRAFT, pk__in=_written_by(user, model)
        ).for_list()
        found += _entries(rows.order_by("-updated_at")[:LIMIT], model, "updated_at")
    return _newest(found)


def returned_with_changes(user: User) -> list[Entry]:
    """Drafts a publisher sent back with a comment, to whoever worked on them."""
    models_by_type = ContentType.objects.get_for_models(*_publishable())
    requests = AuditEntry.objects.filter(
        content_type__in=models_by_type.values(), action=AuditEntry.Action.REQUEST_CHANGES
    ).order_by("-created_at")[: LIMIT * 3 * len(models_by_type)]
    comments: dict[int, dict[str, AuditEntry]] = {}
    for request in requests:  # the newest request for each item
        comments.setdefault(request.content_type_id, {}).setdefault(request.object_id, request)
    found = []
    for model, content_type in models_by_type.items():
        commented = comments.get(content_type.pk)
        if not commented:
            continue
        rows = model._default_manager.filter(
            status=Status.DRAFT, pk__in=list(commented), id__in=_written_by(user, model)
        ).for_list()
        for row in rows[:LIMIT]:
            request = commented[str(row.pk)]
            found.append(
                Entry(
                    str(row),
                    _kind(model),
                    change_url(model, row.pk),
                    request.created_at,
                    request.username,
                    request.comment,
                )
            )
    return _newest(found)


def scheduled_next(user: User) -> list[Entry]:
    """What goes live next, soonest first."""
    found = []
    for model in _publishable():
        if _viewable(user, model):
            rows = model._default_manager.scheduled().for_list().order_by("publish_at")
            found += _entries(rows[:LIMIT], model, "publish_at")
    return _newest(found, reverse_order=False)


def recently_published(user: User) -> list[Entry]:
    found = []
    for model in _publishable():
        if _viewable(user, model):
            rows = model._default_manager.public().for_list().order_by("-publish_at")
            found += _entries(rows[:LIMIT], model, "publish_at")
    return _newest(found)


def fact_check(user: User) -> list[Entry]:
    """Items not yet fact-checked, or disputed: disputed first, then the newest."""
    found = []
    for model in _publishable():
        names = {f.name for f in model._meta.concrete_fields}
        if FACT_CHECK_FIELD not in names or not _viewable(user, model):
            continue
        rows = (
            model._default_manager.filter(**{f"{FACT_CHECK_FIELD}__in": NEEDS_CHECKING})
            .exclude(status=Status.ARCHIVED)
            .for_list()
            .order_by(FACT_CHECK_FIELD, "-updated_at")[:LIMIT]
        )
        found += _entries(
            rows,
            model,
            "updated_at",
            lambda row: f"{row.get_fact_check_status_display()} · {row.get_status_display()}",
        )
    return sorted(found, key=lambda e: not e.note.startswith("Disputed"))[:LIMIT]


def recent_activity(user: User) -> list[Entry]:
    """The latest entries of the audit log: who did what to which item."""
    found = []
    for row in AuditEntry.objects.select_related("content_type")[: LIMIT + 4]:
        model = row.content_type.model_class() if row.content_type else None
        url = change_url(model, row.object_id) if model is not None and row.object_id else ""
        if row.action == AuditEntry.Action.DELETE:
            url = ""
        found.append(
            Entry(
                row.object_repr,
                _kind(model) if model is not None else "",
                url,
                row.created_at,
                row.username or "system",
                row.get_action_display(),
            )
        )
    return found


def panels(user: User) -> list[tuple[str, str, list[Entry]]]:
    """The dashboard's panels for ``user``, in order: (id, heading, entries). A publisher sees
    what waits for review first; a writer their own work."""
    publisher = any(workflow.can_publish(user, model) for model in _publishable())
    review = [
        ("review", "Awaiting your review", awaiting_review(user)),
        ("proposals", "Proposed changes to live content", proposals(user)),
    ]
    own = [
        ("drafts", "Your drafts", my_drafts(user)),
        ("returned", "Returned with changes", returned_with_changes(user)),
        ("mine", "Your proposed changes", proposals(user, mine=True)),
    ]
    common = [
        ("scheduled", "Scheduled next", scheduled_next(user)),
        ("published", "Recently published", recently_published(user)),
        ("factcheck", "Needs fact-checking or disputed", fact_check(user)),
    ]
    return [*(review if publisher else []), *own, *common]
