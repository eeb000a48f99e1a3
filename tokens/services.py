"""Creating, using and revoking API tokens."""

import datetime

from django.db import transaction
from django.utils import timezone

from tokens.models import ApiToken, new_key

#: How stale ``last_used_at`` may get before a request writes it again (one write a minute,
#: not one per request).
LAST_USED_EVERY = datetime.timedelta(minutes=1)


@transaction.atomic
def token_create(
    *,
    user,
    name: str,
    scope: str = ApiToken.Scope.READ,
    expires_at: datetime.datetime | None = None,
    created_by=None,
) -> tuple[ApiToken, str]:
    """A new token and its key. The key is returned only here: store it now, it is not kept."""
    key = new_key()
    token = ApiToken(
        user=user, name=name, scope=scope, expires_at=expires_at, created_by=created_by
    )
    token.set_key(key)
    token.full_clean()
    token.save()
    return token, key


def token_revoke(*, token: ApiToken) -> None:
    """The next request with this token gets 401."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        ApiToken.objects.filter(pk=token.pk).update(revoked_at=token.revoked_at)


def token_used(token: ApiToken, now: datetime.datetime | None = None) -> None:
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        token.last_used_at = now
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
