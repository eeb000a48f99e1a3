"""Create the Writer, Publisher and Admin groups on ``migrate``, through the same function as the
``setup_roles`` command, so a fresh database has its roles without an extra step."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from editorial.roles import setup_roles

    setup_roles(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("authtoken", "0004_alter_tokenproxy_options"),
        ("armistice_site", "0001_initial"),
        ("articles", "0003_publish_permission"),
        ("alliances", "0003_publish_permission"),
        ("timeline", "0003_publish_permission"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
