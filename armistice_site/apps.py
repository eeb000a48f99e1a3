from django.apps import AppConfig


class ArmisticeSiteConfig(AppConfig):
    name = "armistice_site"
    verbose_name = "Site"
