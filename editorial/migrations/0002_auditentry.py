"""The audit log's model, moved here from ``armistice_site`` (its 0002 drops it from that app's
state). State only: the table ``armistice_site_auditentry`` and its rows stay as they are.

The content type row is renamed with the model, so the permissions attached to it (the Admin
role's "view audit entry") keep pointing at the audit log."""

import django.core.serializers.json
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

ACTIONS = [
    ("create", "Created"),
    ("edit", "Edited"),
    ("rename", "Address changed"),
    ("submit", "Submitted for review"),
    ("request_changes", "Changes requested"),
    ("publish", "Published"),
    ("schedule", "Scheduled"),
    ("unpublish", "Unpublished"),
    ("archive", "Archived"),
    ("delete", "Deleted"),
    ("revert", "Reverted"),
    ("role_change", "Role changed"),
    ("import", "Imported"),
]


def move_content_type(apps, schema_editor, source="armistice_site", target="editorial"):
    content_type = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not content_type.objects.using(db).filter(app_label=target, model="auditentry").exists():
        content_type.objects.using(db).filter(app_label=source, model="auditentry").update(
            app_label=target
        )


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, source="editorial", target="armistice_site")


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles"),
        ("armistice_site", "0002_move_auditentry_to_editorial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "username",
                            models.CharField(
                                blank=True,
                                help_text="Kept as text so the entry still names its author after the account goes.",
                                max_length=150,
                                verbose_name="username",
                            ),
                        ),
                        (
                            "action",
                            models.CharField(
                                choices=ACTIONS, db_index=True, max_length=32, verbose_name="action"
                            ),
                        ),
                        ("object_id", models.CharField(blank=True, max_length=64, verbose_name="object id")),
                        (
                            "object_repr",
                            models.CharField(
                                blank=True,
                                help_text="The item's name at the time, kept after it is renamed or deleted.",
                                max_length=300,
                                verbose_name="object",
                            ),
                        ),
                        ("comment", models.TextField(blank=True, verbose_name="comment")),
                        (
                            "created_at",
                            models.DateTimeField(
                                db_index=True, default=django.utils.timezone.now, verbose_name="when"
                            ),
                        ),
                        (
                            "extra",
                            models.JSONField(
                                blank=True,
                                default=dict,
                                encoder=django.core.serializers.json.DjangoJSONEncoder,
                                help_text="Action-specific details, e.g. the go-live time or the groups changed.",
                                verbose_name="details",
                            ),
                        ),
                        (
                            "content_type",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to="contenttypes.contenttype",
                                verbose_name="content type",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty for commands run from the shell, or once the account is deleted.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="audit_entries",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="user",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit log",
                        "db_table": "armistice_site_auditentry",
                        "ordering": ["-created_at", "-pk"],
                        "indexes": [
                            models.Index(fields=["content_type", "object_id"], name="audit_object_idx")
                        ],
                    },
                )
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
