from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from armistice_site import references
        from glossary.models import GlossaryTerm
        from glossary.resolvers import resolve_terms

        references.register("term", resolve_terms, model=GlossaryTerm)
