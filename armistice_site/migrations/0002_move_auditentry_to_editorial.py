"""The audit log moved to the ``editorial`` app (editorial/0002). Only Django's idea of which app
owns the model changes here: the table and every row in it stay where they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("armistice_site", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEntry")],
            database_operations=[],
        )
    ]
