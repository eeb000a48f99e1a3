from django.apps import AppConfig


class ArmisticeSiteConfig(AppConfig):
    name = "armistice_site"
    verbose_name = "Site"

    def ready(self):
        from armistice_site import citable, dependencies, invalidation, statement_timeout

        dependencies.connect()  # what a cached page shows (page_cache.py)
        invalidation.connect()  # cached pages follow every content write (page_cache.py)
        statement_timeout.connect()  # the reader's bound on every query (statement_timeout.py)
        citable.connect()  # migrate stores the "Cite this" texts rows lack (citable.py)
