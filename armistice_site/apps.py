from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed


class ArmisticeSiteConfig(AppConfig):
    name = "armistice_site"
    verbose_name = "Site"

    def ready(self):
        # The audit log's admin lives in its own module because admin.py holds the site's admin
        # configuration; importing it here registers it whether or not admin.py exists.
        from armistice_site import audit, audit_admin, invalidation  # noqa: F401

        invalidation.connect()  # cached pages follow every content write (page_cache.py)

        m2m_changed.connect(
            audit.record_group_change,
            sender=get_user_model().groups.through,
            dispatch_uid="armistice_site.audit.record_group_change",
        )
