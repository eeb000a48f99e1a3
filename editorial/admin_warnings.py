"""After a save, the admin tells the editor what the stored body could not show: references
that name nothing, and footnotes that cite no source or document. A warning, not a refusal:
the text is saved, and readers see the reference as plain text until it is fixed."""

from django.contrib import messages
from django.utils.translation import gettext as _


class ReferenceWarningsMixin:
    """For admins of models with a rendered body (``RenderedBody``)."""

    def _warn(self, request, obj) -> None:
        for problem in getattr(obj, "reference_problems", []):
            self.message_user(request, _("Check the text: %s") % problem, messages.WARNING)

    def response_add(self, request, obj, post_url_continue=None):
        self._warn(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._warn(request, obj)
        return super().response_change(request, obj)
