from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from editorial.admin_base import ReferenceAdmin
from media_library.models import Image


@admin.register(Image)
class ImageAdmin(ReferenceAdmin):
    list_display = ("thumbnail", "title", "slug", "credit", "licence", "updated")
    search_fields = ("title", "slug", "alt_text", "caption", "credit")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview", "width", "height")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("title", "slug", "file", "preview", ("width", "height"))}),
        (_("For readers"), {"fields": ("alt_text", "caption")}),
        (_("Credit"), {"fields": ("credit", "licence", "source_url")}),
    )

    def _small(self, obj, width: int) -> str:
        made = [r for r in obj.renditions() if r.image_format == "WEBP"] if obj else []
        if not made:
            return "—"
        return format_html(
            '<img src="{}" width="{}" alt="{}" class="admin-thumbnail">',
            made[0].url,
            width,
            obj.alt_text,
        )

    @admin.display(description=_("image"))
    def thumbnail(self, obj) -> str:
        return self._small(obj, 80)

    @admin.display(description=_("preview"))
    def preview(self, obj) -> str:
        return self._small(obj, 320)
