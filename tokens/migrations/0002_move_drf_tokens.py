"""Moves Django REST framework's plain-text tokens into hashed, named tokens: each keeps
working with the same key (read and write, no expiry, named "Token created before
<date>"), and the plain-text copy is deleted. See the README, "API tokens"."""

import hashlib

from django.db import migrations
from django.utils import timezone


def move(apps, schema_editor):
    old = apps.get_model("authtoken", "Token")
    new = apps.get_model("tokens", "ApiToken")
    today = timezone.now().date().isoformat()
    for token in old.objects.all():
        new.objects.create(
            name=f"Token created before {today}",
            user_id=token.user_id,
            scope="write",
            lookup=token.key[:8],
            key_digest=hashlib.sha256(token.key.encode()).hexdigest(),
            created_at=token.created,
        )
    old.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tokens", "0001_initial"),
        ("authtoken", "0004_alter_tokenproxy_options"),
    ]

    operations = [migrations.RunPython(move, migrations.RunPython.noop)]
