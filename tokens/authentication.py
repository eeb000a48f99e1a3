"""``Authorization: Token <key>`` (or ``Bearer <key>``) for the API: the token's user, within
the token's scope. A read-only token sending a write gets 403 saying so."""

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import SAFE_METHODS

from tokens.models import ApiToken, lookup_of
from tokens.services import token_used

KEYWORDS = (b"token", b"bearer")


class ApiTokenAuthentication(BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Invalid token header."))
        try:
            key = parts[1].decode()
        except UnicodeError as error:
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from error
        token = (
            ApiToken.objects.usable().select_related("user").filter(lookup=lookup_of(key)).first()
        )
        if token is None or not token.matches(key):
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        if request.method not in SAFE_METHODS and not token.allows_writes:
            raise exceptions.PermissionDenied(
                _("This token is read-only: it may not %(method)s. Ask for a write token.")
                % {"method": request.method}
            )
        token_used(token)
        return token.user, token

    def authenticate_header(self, request) -> str:
        return self.keyword
