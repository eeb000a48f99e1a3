from django.db import migrations

from armistice_site.migration_operations import RunSQLOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [
        RunSQLOnPostgreSQL(
            "CREATE INDEX article_search_idx ON articles_article USING gin (search_vector);",
            "DROP INDEX IF EXISTS article_search_idx;",
        ),
    ]
