"""The home page's "on this day" looks events up by month and day (``month * 100 + day``);
this expression index answers that without reading every event."""

from django.db import migrations

from armistice_site.migration_operations import RunSQLOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_summary_length")]

    operations = [
        RunSQLOnPostgreSQL(
            "CREATE INDEX event_anniversary_idx ON timeline_event "
            "(((EXTRACT(MONTH FROM start_date) * 100) + EXTRACT(DAY FROM start_date)));",
            "DROP INDEX IF EXISTS event_anniversary_idx;",
        ),
    ]
