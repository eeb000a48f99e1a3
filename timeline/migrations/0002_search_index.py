from django.db import migrations

from armistice_site.migration_operations import RunSQLOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [("timeline", "0001_initial")]

    operations = [
        RunSQLOnPostgreSQL(
            "CREATE INDEX event_search_idx ON timeline_event USING gin (search_vector);",
            "DROP INDEX IF EXISTS event_search_idx;",
        ),
    ]
