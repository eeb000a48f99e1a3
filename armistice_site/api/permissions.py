"""Who may read drafts and who may write through the API."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model
from rest_framework.exceptions import PermissionDenied

from armistice_site.publishing import Status

# Statuses that only a holder of the publish permission may set or leave: publishing,
# scheduling, unpublishing and archiving all go through them.
PUBLISHING_STATUSES = {Status.PUBLISHED, Status.ARCHIVED}


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


def check_publish_permission(
    *, user: AbstractBaseUser, model: type[Model], old_status: str | None, new_status: str | None
) -> None:
    """Publishing, scheduling, unpublishing, archiving, and changing or deleting an item
    that is published or archived need ``publish_<model>``; anything else does not."""
    touches_published = old_status in PUBLISHING_STATUSES or new_status in PUBLISHING_STATUSES
    if touches_published and not user.has_perm(_perm(model, "publish")):
        raise PermissionDenied(
            f"Publishing or changing published {model._meta.verbose_name_plural} needs the "
            f"“{_perm(model, 'publish')}” permission."
        )
