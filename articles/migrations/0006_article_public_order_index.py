"""Article lists (site and API) show public articles newest first: ``status = 'published'``,
ordered by ``publish_at`` then ``id``, both descending. This index returns them in exactly
that order, so a page needs no sort and a deep page no incremental sort over all rows."""

from django.db import migrations

from armistice_site.migration_operations import RunSQLOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_summary_length")]

    operations = [
        RunSQLOnPostgreSQL(
            "CREATE INDEX article_public_order_idx ON articles_article (status, publish_at, id);",
            "DROP INDEX IF EXISTS article_public_order_idx;",
        ),
    ]
