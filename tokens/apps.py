from django.apps import AppConfig


class TokensConfig(AppConfig):
    """API tokens for partners: named, scoped (read-only or write), optionally expiring,
    shown once and stored hashed; revocable in the admin."""

    name = "tokens"
    verbose_name = "API tokens"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from tokens import schema  # noqa: F401 - registers the OpenAPI description
