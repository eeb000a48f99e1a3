"""OpenAPI additions drf-spectacular cannot infer: separate write and read shapes, and the
error responses every operation can give."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers

WRITE_METHODS = {"POST", "PUT", "PATCH"}


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in one sentence.")


VALIDATION_ERROR = {
    "type": "object",
    "description": (
        "`{name: [messages]}` for each invalid field, filter or query parameter "
        "(`non_field_errors` for rules across fields)."
    ),
    "additionalProperties": {},
}

READ_ERRORS = {
    "400": OpenApiResponse(VALIDATION_ERROR, "An invalid filter, `fields` or other parameter."),
    "404": OpenApiResponse(ErrorSerializer, "Unknown or unpublished item, or a page past the end."),
    "429": OpenApiResponse(ErrorSerializer, "Too many requests; see the Retry-After header."),
}
WRITE_ERRORS = {
    "400": OpenApiResponse(VALIDATION_ERROR, "Invalid, unknown or read-only fields."),
    "401": OpenApiResponse(ErrorSerializer, "No or invalid credentials."),
    "403": OpenApiResponse(ErrorSerializer, "Missing model or publish permission."),
    "404": OpenApiResponse(ErrorSerializer, "Unknown item."),
}


class ApiAutoSchema(AutoSchema):
    """Writes take ``view.write_serializer_class`` and answer with the detail read shape
    (``view.serializer_class``); every operation documents its JSON errors."""

    def _write_serializer(self):
        if self.method in WRITE_METHODS:
            return getattr(self.view, "write_serializer_class", None)
        return None

    def get_request_serializer(self):
        return self._write_serializer() or super().get_request_serializer()

    def get_response_serializers(self):
        if self._write_serializer() is not None:
            return self.view.serializer_class
        return super().get_response_serializers()

    def _get_filter_parameters(self):
        parameters = super()._get_filter_parameters()
        fields = getattr(self.view, "ordering_fields", None)
        for parameter in parameters:
            if parameter["name"] == "ordering" and fields:
                parameter["description"] = (
                    f"Sort by {', '.join(fields)}: comma-separated, `-` before a field for "
                    f"descending. Default: {','.join(self.view.ordering)}. Other names are ignored."
                )
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = READ_ERRORS if self.method == "GET" else {**READ_ERRORS, **WRITE_ERRORS}
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(response, code, direction=direction)
        return responses
