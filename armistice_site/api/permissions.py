"""Who may read drafts through the API (who may write is the editorial workflow's to say)."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model

from armistice_site.publishing import permission_name


def can_read_unpublished(user: AbstractBaseUser | AnonymousUser, model: type[Model]) -> bool:
    """An authenticated client holding the model's view or change permission reads drafts.

    Unlike the website's staff preview this does not ask for ``is_staff``: API partners
    write with a token and must be able to read back the draft they just created."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (
            user.has_perm(permission_name(model, "view"))
            or user.has_perm(permission_name(model, "change"))
        )
    )
