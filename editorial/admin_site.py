"""The editors' admin site: Django's admin branded "Armistice", whose home page is the
editorial dashboard (``editorial.dashboard``), plus the staff-only endpoints the change forms
use from the browser: the Markdown preview, the content search behind the editor's "link"
and "image" buttons, and the edit-lock heartbeat.

Installed through ``editorial.apps.ArmisticeAdminConfig`` in place of ``django.contrib.admin``,
so every ``@admin.register`` lands here."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from editorial import dashboard, locks, writing


class ArmisticeAdminSite(admin.AdminSite):
    site_header = _("Armistice")
    site_title = _("Armistice editors")
    index_title = _("Dashboard")
    index_template = "admin/armistice/dashboard.html"

    def index(self, request, extra_context=None):
        """The dashboard; the list of apps and models moves below it."""
        context = {
            **self.each_context(request),
            "title": self.index_title,
            "subtitle": None,
            "app_list": self.get_app_list(request),
            "panels": dashboard.panels(request.user),
            "activity": dashboard.recent_activity(request.user),
            **(extra_context or {}),
        }
        request.current_app = self.name
        return TemplateResponse(request, self.index_template, context)

    def get_urls(self):
        view = self.admin_view
        return [
            path("editorial/markdown-preview/", view(writing.markdown_preview), name="md_preview"),
            path("editorial/content-search/", view(writing.content_search), name="content_search"),
            path(
                "editorial/edit-lock/<str:label>/<str:object_id>/",
                view(locks.heartbeat),
                name="edit_lock",
            ),
            *super().get_urls(),
        ]
