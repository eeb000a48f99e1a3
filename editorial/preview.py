"""Staff preview of unpublished items, shared by every app's detail views.

Readers only ever get ``.public()`` rows. The one exception is deliberate and narrow: a staff
member who may change a content type can open a non-public item at its own URL to check it
before it goes live. That response is marked (a visible status, ``noindex``) and never cached,
so no shared cache or search engine keeps a copy of a draft."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model, QuerySet
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from armistice_site.publishing import Publishable, permission_name
from editorial.services import content_refresh


def can_preview(user: AbstractBaseUser | AnonymousUser, model: type[Model]) -> bool:
    """Active staff holding the model's change permission may preview its unpublished items."""
    return bool(
        user.is_active and user.is_staff and user.has_perm(permission_name(model, "change"))
    )


def preview_label(item: Publishable) -> str:
    """The marker a previewing editor sees: "Draft", "Scheduled for 1 May 2026, 09:00", …"""
    if item.is_scheduled():
        return _("Scheduled for %(when)s") % {
            "when": date_format(item.publish_at, "DATETIME_FORMAT", use_l10n=True)
        }
    return item.get_status_display()


class PreviewMixin:
    """For detail views of a Publishable model.

    Subclasses implement ``get_base_queryset()`` (the rows and their related-object plan);
    ``get_queryset()`` then narrows it to ``.public()`` unless the request may preview.
    """

    def get_base_queryset(self) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet:
        queryset = self.get_base_queryset()
        if can_preview(self.request.user, queryset.model):
            return queryset  # explicit staff branch: the object may be a draft
        return queryset.public()

    def get_object(self, queryset=None):
        """The item, its body rendered again first if something it cites has since gone live."""
        obj = super().get_object(queryset)
        content_refresh(obj)
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.object.is_public():
            context["preview_label"] = preview_label(self.object)
            context["noindex"] = True
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_public():
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex"
        return response
