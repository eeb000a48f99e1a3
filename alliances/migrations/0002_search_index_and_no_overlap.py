from django.db import migrations

from armistice_site.migration_operations import RunSQLOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [("alliances", "0001_initial")]

    operations = [
        RunSQLOnPostgreSQL(
            "CREATE INDEX alliance_search_idx ON alliances_alliance USING gin (search_vector);",
            "DROP INDEX IF EXISTS alliance_search_idx;",
        ),
        RunSQLOnPostgreSQL("CREATE EXTENSION IF NOT EXISTS btree_gist;", migrations.RunSQL.noop),
        # Model validation explains the rule to editors; this keeps any other writer honest.
        RunSQLOnPostgreSQL(
            "ALTER TABLE alliances_membership ADD CONSTRAINT membership_no_overlap "
            "EXCLUDE USING gist (alliance_id WITH =, country_id WITH =, "
            "daterange(joined_on, left_on, '[)') WITH &&);",
            "ALTER TABLE alliances_membership DROP CONSTRAINT IF EXISTS membership_no_overlap;",
        ),
    ]
