"""How the OpenAPI schema describes token authentication (as DRF's own tokens were)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "tokens.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": (
                "An API token from the admin, sent as `Token <key>` (or `Bearer <key>`). "
                "Read-only tokens may only GET; read-and-write tokens also write, as far as "
                "their account's role allows."
            ),
        }
