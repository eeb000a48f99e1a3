from django.apps import AppConfig


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = "Media library"

    def ready(self):
        from armistice_site import references
        from media_library.models import Image
        from media_library.resolvers import resolve_images

        references.register("image", resolve_images, model=Image)
