from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_migrate


class EditorialConfig(AppConfig):
    """Editing content: the workflow, the one write path, revisions, concurrency, preview, the
    audit log, roles, stable addresses, backups and the admin's base classes."""

    name = "editorial"
    verbose_name = "Editorial"

    def ready(self):
        from editorial import audit

        m2m_changed.connect(
            audit.record_group_change,
            sender=get_user_model().groups.through,
            dispatch_uid="editorial.audit.record_group_change",
        )
        post_migrate.connect(repair_roles, sender=self, dispatch_uid="editorial.roles.repair")


def repair_roles(sender, using: str = "default", **kwargs) -> None:
    """After every ``migrate``: give the roles the permissions of every registered content
    type, including one whose app was added since the roles were first set up."""
    from editorial.roles import setup_roles

    setup_roles(using=using)
