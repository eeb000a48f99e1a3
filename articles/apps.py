from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from armistice_site import references
        from articles.models import Source
        from articles.resolvers import resolve_sources

        references.register("source", resolve_sources, model=Source, citation=True)
