"""API clients for the editorial roles of ``editorial.roles``, authenticated with a DRF token
(``Authorization: Token …``) as partners' tools are."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from editorial.models import AuditEntry
from editorial.roles import setup_roles
from tokens.services import token_create


def role_client(group: str, username: str) -> APIClient:
    """A client acting as a new member of ``group`` ("Writer", "Publisher" or "Admin")."""
    setup_roles()  # the migration made the groups; a transactional test may have flushed them
    user = get_user_model().objects.create_user(username=username, password=f"pw-{username}-1")
    user.groups.add(Group.objects.get(name=group))
    client = APIClient()
    _, key = token_create(user=user, name=f"{group} tool", scope="write")
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def content_entries():
    """Audit entries about content (joining a group is audited as a role change too)."""
    return AuditEntry.objects.exclude(action=AuditEntry.Action.ROLE_CHANGE)
