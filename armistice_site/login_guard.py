"""What the brute-force guard (django-axes) asks of the project: the username a failed login
attempt is counted under."""

from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest

USERNAME_MAX_LENGTH = AccessAttempt._meta.get_field("username").max_length


def attempted_username(request: HttpRequest, credentials: dict | None) -> str | None:
    """The username a login attempt names, cut to the length axes stores. Django's login form
    does not limit it, and a longer one would fail the insert (a 500) instead of counting as
    a failed attempt."""
    field = str(settings.AXES_USERNAME_FORM_FIELD)
    if credentials:
        username = credentials.get(field)
    else:
        username = getattr(request, "data", request.POST).get(field)
    return username[:USERNAME_MAX_LENGTH] if isinstance(username, str) else username


def client_address(request: HttpRequest) -> str | None:
    """The address a login attempt came from. Behind ``TRUSTED_PROXY_COUNT`` proxies that each
    append to ``X-Forwarded-For``, it is the entry the outermost of them added (entries left
    of it are the client's own claims); without proxies, the socket's address. Otherwise every
    client would share the proxy's address and one lock would bar a username everywhere."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [hop for hop in forwarded if hop]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies][:45]
    return request.META.get("REMOTE_ADDR")
