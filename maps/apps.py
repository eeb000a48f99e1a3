from django.apps import AppConfig


class MapsConfig(AppConfig):
    name = "maps"
    verbose_name = "Maps"

    def ready(self):
        from armistice_site import references
        from maps.references import resolve_maps

        references.register("map", resolve_maps)
