"""API tokens for partners. A token acts as its user (that account's role and permissions
apply) within its scope: *read-only* tokens read what the user may read and never write;
*write* tokens also write as far as the user's role allows. Only a hash of the key is stored
(its first characters are kept to find it and to tell tokens apart); the key itself is shown
once, when the token is created."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "arm_"
LOOKUP_LENGTH = 12  # "arm_" and 8 random characters; 8 characters for migrated keys


def digest(key: str) -> str:
    """SHA-256 of a key. Keys are 256 random bits, so a fast hash is enough: nothing can be
    guessed from it, and checking a request costs one hash."""
    return hashlib.sha256(key.encode()).hexdigest()


def lookup_of(key: str) -> str:
    return key[:LOOKUP_LENGTH] if key.startswith(KEY_PREFIX) else key[:8]


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, now=None) -> "ApiTokenQuerySet":
        """Not revoked, not expired, and its user still active."""
        now = now or timezone.now()
        return self.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now),
            revoked_at__isnull=True,
            user__is_active=True,
        )


class ApiToken(models.Model):
    class Scope(models.TextChoices):
        READ = "read", _("Read-only")
        WRITE = "write", _("Read and write")

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("Who or what uses it, e.g. “War Memorial museum kiosk”."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("acts as"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
        help_text=_(
            "The account whose role and permissions the token has. Give partners an account "
            "of their own with only the role they need."
        ),
    )
    scope = models.CharField(
        _("scope"),
        max_length=8,
        choices=Scope.choices,
        default=Scope.READ,
        help_text=_(
            "Read-only: GET requests only, even if the account may write. Read and write: "
            "also POST, PUT, PATCH and DELETE, as far as the account's role allows."
        ),
    )
    lookup = models.CharField(_("starts with"), max_length=16, unique=True, editable=False)
    key_digest = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    expires_at = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a token that never expires."),
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.lookup}…)"

    def set_key(self, key: str) -> None:
        self.lookup = lookup_of(key)
        self.key_digest = digest(key)

    def matches(self, key: str) -> bool:
        return secrets.compare_digest(self.key_digest, digest(key))

    def state(self, now=None) -> str:
        now = now or timezone.now()
        if self.revoked_at:
            return str(_("Revoked"))
        if self.expires_at and self.expires_at <= now:
            return str(_("Expired"))
        return str(_("Active"))

    @property
    def allows_writes(self) -> bool:
        return self.scope == self.Scope.WRITE
