"""Django's admin installed as the Armistice editors' site (``editorial.admin_site``): listed in
``INSTALLED_APPS`` in place of ``django.contrib.admin``, so every ``@admin.register`` lands there.
Its own module, because an app's ``apps.py`` may declare only one default configuration."""

from django.contrib.admin.apps import AdminConfig


class ArmisticeAdminConfig(AdminConfig):
    """Django's admin with the Armistice site (branding and the editorial dashboard)."""

    default_site = "editorial.admin_site.ArmisticeAdminSite"
