from django.apps import AppConfig


class AlliancesConfig(AppConfig):
    name = "alliances"
    verbose_name = "Alliances and countries"

    def ready(self):
        from alliances.models import Alliance
        from alliances.resolvers import alliance_slug, resolve_alliance_maps
        from armistice_site import references

        references.register(
            "alliance-map", resolve_alliance_maps, model=Alliance, item_slug=alliance_slug
        )
