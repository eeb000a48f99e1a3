"""Who may read drafts and who may write through the API."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model
from rest_framework.exceptions import PermissionDenied

from armistice_site import workflow
from armistice_site.publishing import Publishable


def _perm(model: type[Model], action: str) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def can_read_unpublished(user: AbstractBaseUser | AnonymousUser, model: type[Model]) -> bool:
    """An authenticated client holding the model's view or change permission reads drafts.

    Unlike the website's staff preview this does not ask for ``is_staff``: API partners
    write with a token and must be able to read back the draft they just created."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.has_perm(_perm(model, "view")) or user.has_perm(_perm(model, "change")))
    )


def check_can_change(user: AbstractBaseUser | AnonymousUser, obj: Publishable) -> None:
    """403 unless ``workflow.can_change`` lets the user edit ``obj``'s content: writers edit
    drafts and items in review; published (live or scheduled) and archived items only a
    publisher edits, exactly as in the admin."""
    if workflow.can_change(user, obj):
        return
    if user.has_perm(workflow.permission_name(obj, "change")):
        raise PermissionDenied(
            f"Only a publisher can change “{obj}”: it is {obj.get_status_display().lower()}. "
            "Ask a publisher to change it or to send it back to draft."
        )
    raise PermissionDenied(f"You do not have permission to change “{obj}”.")
