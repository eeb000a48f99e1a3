"""Writing the audit log. One function, ``audit()``, records an action; services call it inside
their own transaction so an action and its record are saved together or not at all."""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext as _
from simple_history.models import HistoricalRecords

from editorial.models import AuditEntry


def audit(
    *,
    user: AbstractBaseUser | AnonymousUser | None,
    action: str,
    obj: models.Model | None = None,
    comment: str = "",
    **extra: Any,
) -> AuditEntry:
    """Record that ``user`` did ``action`` (an ``AuditEntry.Action``) to ``obj``.

    ``user`` may be None (shell, migrations, management commands); ``extra`` keeps details that
    differ per action, such as the go-live time of a scheduled item."""
    if user is not None and not user.is_authenticated:
        user = None
    entry = AuditEntry(
        user=user,
        username=user.get_username() if user is not None else "",
        action=AuditEntry.Action(action),
        comment=comment,
        extra=extra,
    )
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:300]
    entry.full_clean()
    entry.save()
    return entry


def acting_user() -> AbstractBaseUser | None:
    """The signed-in user of the request being served, if any.

    Signal receivers get no request; django-simple-history's middleware already keeps the current
    request in a context-local, so the audit log reads the actor from there."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def record_group_change(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``m2m_changed`` receiver for ``User.groups``: a change of group is a change of role.

    A signal, not a service, because groups change through Django's own user admin and
    ``Group`` forms, which no service of ours wraps; this is audit plumbing, not core flow.
    Handles both sides (``user.groups.add(group)`` and ``group.user_set.add(user)``) and
    ``clear()``, whose removed rows are only knowable before the clear."""
    if action == "pre_clear":
        related = instance.user_set if reverse else instance.groups
        instance._audit_cleared_pks = set(related.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if action == "post_clear":
        pk_set = getattr(instance, "_audit_cleared_pks", set())
    if not pk_set:
        return
    user_model = get_user_model()
    if reverse:
        changes = [(user, [instance.name]) for user in user_model.objects.filter(pk__in=pk_set)]
    else:
        names = sorted(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))
        changes = [(instance, names)]
    added = action == "post_add"
    for member, groups in changes:
        joined = ", ".join(groups)
        audit(
            user=acting_user(),
            action=AuditEntry.Action.ROLE_CHANGE,
            obj=member,
            comment=(_("Added to %(groups)s") if added else _("Removed from %(groups)s"))
            % {"groups": joined},
            **{"added" if added else "removed": groups},
        )
