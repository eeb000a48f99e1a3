from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Editorial roles, stable addresses and content backups: the newsroom's safety rails."""

    name = "editorial"
    verbose_name = "Editorial"
