from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the Writer, Publisher and Admin groups and set their permissions to exactly "
        "what editorial/roles.py describes. Safe to run again; migrate also runs it."
    )

    def handle(self, *args, **options):
        for name, count in setup_roles().items():
            self.stdout.write(f"{name}: {count} permissions")
