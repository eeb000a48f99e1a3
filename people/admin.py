from django.contrib import admin
from django.db import models

from editorial.admin_base import RevisionAdmin
from people.models import Person


@admin.register(Person)
class PersonAdmin(RevisionAdmin):
    list_display = ("name", "role_title", "affiliation")
    search_fields = ("name", "slug", "role_title", "affiliation")
    prepopulated_fields = {"slug": ("name",)}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ("name", "slug", "role_title", "affiliation", "bio", "web_page")
