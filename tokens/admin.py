"""API tokens in the admin: create one (its key is shown once, on the page that follows),
see which exist, when each was last used, and revoke them. Keys are never listed: only
their first characters, to tell tokens apart."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework.authtoken.models import TokenProxy

from tokens.models import ApiToken, new_key
from tokens.services import token_revoke

ALLOWS = _(
    "A token lets a program use the API as the account it acts as, without a password. "
    "Every token reads what readers see; with the account's permissions it also reads drafts. "
    "A read-only token can never change anything. A read-and-write token also creates and "
    "changes content as far as the account's role allows: a Writer's changes to live content "
    "become proposals a publisher reviews; a Publisher's go live. Programs send it in the "
    "Authorization header: the word Token, a space, then the key. Give each partner its own "
    "token and an expiry date, and revoke it when they stop."
)


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return (("active", _("Active")), ("inactive", _("Revoked or expired")))

    def queryset(self, request, queryset):
        usable = ApiToken.objects.usable().values("pk")
        if self.value() == "active":
            return queryset.filter(pk__in=usable)
        if self.value() == "inactive":
            return queryset.exclude(pk__in=usable)
        return queryset


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "user",
        "scope",
        "starts_with",
        "created_at",
        "expires_at",
        "last_used_at",
        "state",
    )
    list_filter = ("scope", StateFilter)
    list_select_related = ("user",)
    search_fields = ("name", "user__username", "lookup")
    autocomplete_fields = ("user",)
    actions = ["revoke"]
    fieldsets = (
        (None, {"fields": ("name", "user", "scope", "expires_at"), "description": ALLOWS}),
    )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("user", "starts_with", "created_at", "created_by", "last_used_at", "state")

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets
        return (
            (None, {"fields": ("name", "user", "scope", "expires_at"), "description": ALLOWS}),
            (
                _("Use"),
                {
                    "fields": (
                        "starts_with",
                        "created_at",
                        "created_by",
                        "last_used_at",
                        "state",
                    )
                },
            ),
        )

    @admin.display(description=_("starts with"))
    def starts_with(self, obj: ApiToken) -> str:
        return f"{obj.lookup}…"

    @admin.display(description=_("state"))
    def state(self, obj: ApiToken) -> str:
        return obj.state()

    def save_model(self, request, obj: ApiToken, form, change: bool) -> None:
        if not change:
            request._new_token_key = new_key()
            obj.set_key(request._new_token_key)
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        """The key, once: the page says to copy it now; nothing stores it."""
        context = {
            **self.admin_site.each_context(request),
            "title": _("Copy the new token now"),
            "opts": self.model._meta,
            "token": obj,
            "key": request._new_token_key,
            "allows": ALLOWS,
        }
        response = TemplateResponse(request, "admin/tokens/created.html", context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description=_("Revoke selected tokens"), permissions=["change"])
    def revoke(self, request, queryset) -> None:
        count = 0
        for token in queryset.filter(revoked_at__isnull=True):
            token_revoke(token=token)
            count += 1
        self.message_user(
            request,
            _("Revoked %(count)s token(s): requests with them now get 401.") % {"count": count},
            messages.SUCCESS,
        )

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and (
            obj is None or obj.revoked_at is None or obj.revoked_at > timezone.now()
        )


# DRF's own token list showed whole keys; tokens now live here (see the README).
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)
