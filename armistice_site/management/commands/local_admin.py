import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "For local use: make sure an administrator exists and say how to sign in. A new "
        "account gets a generated password, printed once; it is never a fixed password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin: {url} (an administrator exists; to set a new password run "
                f"`.venv/bin/python manage.py changepassword {username}`)"
            )
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {url}  user: {username}  password: {password}\n"
                "This password is shown only once; change it with "
                f"`.venv/bin/python manage.py changepassword {username}`."
            )
        )
