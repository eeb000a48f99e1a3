"""The Content-Security-Policy header, built once per process instead of once per response.

django-csp's middleware builds the header from settings on every response (a dataclass
copied with ``asdict`` and the directives joined, twice: the policy and its report-only
variant), which was a sixth of the cost of the constant response. The site's policy is the
same for every response that neither carries a per-view override (django-csp's decorators)
nor asks for a nonce (no template does: the policy is strict, with no inline code), so those
responses get the header built the first time and kept; any other response is built by
django-csp as before. Changing a CSP setting (tests do) drops what was kept."""

from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

OVERRIDES = (
    "_csp_config", "_csp_update", "_csp_replace",
    "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro",
)  # fmt: skip
_built: dict[str, tuple[str, tuple[str, ...]]] = {}


@receiver(setting_changed, dispatch_uid="armistice_csp_setting_changed")
def _forget(setting: str, **kwargs) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _built.clear()


class PrebuiltCSPMiddleware(CSPMiddleware):
    """``csp.middleware.CSPMiddleware`` whose policy strings are computed once (see module)."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        debug_page = settings.DEBUG and response.status_code in (404, 500)
        if (
            debug_page
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in OVERRIDES)
        ):
            return super().process_response(request, response)
        if not _built:
            _built.update(self._policies(request, response))
        for header, exempt in ((HEADER, "_csp_exempt"), (HEADER_REPORT_ONLY, "_csp_exempt_ro")):
            value, prefixes = _built[header]
            if (
                value
                and header not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(prefixes)
            ):
                response[header] = value
        # As django-csp does: asking for a nonce after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def _policies(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Each header's value and the path prefixes it is not sent for."""
        policy = self.get_policy_parts(request=request, response=response)
        report_only = self.get_policy_parts(request=request, response=response, report_only=True)
        return {
            HEADER: (build_policy(**asdict(policy)), _excluded("CONTENT_SECURITY_POLICY")),
            HEADER_REPORT_ONLY: (
                build_policy(**asdict(report_only), report_only=True),
                _excluded("CONTENT_SECURITY_POLICY_REPORT_ONLY"),
            ),
        }


def _excluded(setting: str) -> tuple[str, ...]:
    return tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())
