"""The audit log in the admin: a read-only list. Nobody, not even a superuser, can add, edit or
delete an entry here; the log is only written by the services that perform the actions."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "username", "action", "content_type", "object_repr", "comment"]
    list_filter = ["action", "content_type", "created_at"]
    search_fields = ["username", "object_repr", "comment"]
    date_hierarchy = "created_at"
    list_select_related = ["content_type"]
    readonly_fields = [
        "created_at",
        "user",
        "username",
        "action",
        "content_type",
        "object_id",
        "object_repr",
        "comment",
        "extra",
    ]
    fieldsets = [
        (None, {"fields": ["created_at", "username", "user", "action", "comment"]}),
        (_("Item"), {"fields": ["content_type", "object_id", "object_repr", "extra"]}),
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
