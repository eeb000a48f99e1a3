"""GeoJSON output (``?format=geojson``, RFC 7946) for the event list: a FeatureCollection of
the public events that have coordinates, with the list's filters, ordering and pagination.

Each feature is a Point (``[longitude, latitude]``, as RFC 7946 orders them) whose properties
summarise the event, including how closely the point places it (``location_precision``). The
page's ``count``, ``next`` and ``previous`` travel as foreign members of the collection."""

from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

FORMAT = "geojson"
MEDIA_TYPE = "application/geo+json"


class GeoJSONRenderer(JSONRenderer):
    media_type = MEDIA_TYPE
    format = FORMAT

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        is_page = isinstance(data, dict) and "results" in data
        if response is not None and response.status_code < 400 and is_page:
            data = {
                "type": "FeatureCollection",
                "features": data["results"],
                "count": data["count"],
                "next": data["next"],
                "previous": data["previous"],
            }
        return super().render(data, accepted_media_type, renderer_context)


class GeoJSONMixin:
    """Adds the GeoJSON renderer to the actions named in ``geojson_actions``."""

    geojson_actions: tuple[str, ...] = ()

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action in self.geojson_actions:
            renderers.append(GeoJSONRenderer())
        return renderers

    def wants_geojson(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return getattr(renderer, "format", None) == FORMAT


class EventFeatureSerializer(serializers.BaseSerializer):
    """One event with coordinates as a GeoJSON Feature."""

    def to_representation(self, event) -> dict:
        request = self.context.get("request")
        url = event.get_absolute_url()
        return {
            "type": "Feature",
            "id": event.slug,
            "geometry": {
                "type": "Point",
                "coordinates": [float(event.longitude), float(event.latitude)],
            },
            "properties": {
                "slug": event.slug,
                "title": event.title,
                "display_date": event.display_date,
                "start_date": event.start_date.isoformat(),
                "category": event.category,
                "importance": event.importance,
                "place": event.location_name,
                "location_precision": event.location_precision or None,
                "url": request.build_absolute_uri(url) if request else url,
            },
        }


_STRING = {"type": "string"}
_NULLABLE_STRING = {"type": "string", "nullable": True}
SCHEMA_COMPONENTS = {
    "EventFeature": {
        "type": "object",
        "required": ["type", "id", "geometry", "properties"],
        "properties": {
            "type": {"type": "string", "enum": ["Feature"]},
            "id": {**_STRING, "description": "The event's slug."},
            "geometry": {
                "type": "object",
                "required": ["type", "coordinates"],
                "properties": {
                    "type": {"type": "string", "enum": ["Point"]},
                    "coordinates": {
                        "type": "array",
                        "description": "[longitude, latitude] in decimal degrees (WGS 84).",
                        "items": {"type": "number"},
                        "minItems": 2,
                        "maxItems": 2,
                    },
                },
            },
            "properties": {
                "type": "object",
                "required": ["slug", "title", "display_date", "start_date", "url"],
                "properties": {
                    "slug": _STRING,
                    "title": _STRING,
                    "display_date": _STRING,
                    "start_date": {"type": "string", "format": "date"},
                    "category": _STRING,
                    "importance": {"type": "integer"},
                    "place": _STRING,
                    "location_precision": {
                        **_NULLABLE_STRING,
                        "enum": ["exact", "city", "region", "country", None],
                    },
                    "url": {"type": "string", "format": "uri"},
                },
            },
        },
    },
    "EventFeatureCollection": {
        "type": "object",
        "description": "A GeoJSON FeatureCollection (RFC 7946) of the page's events that have "
        "coordinates, served as application/geo+json.",
        "required": ["type", "features", "count"],
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": {"$ref": "#/components/schemas/EventFeature"}},
            "count": {"type": "integer"},
            "next": {**_NULLABLE_STRING, "format": "uri"},
            "previous": {**_NULLABLE_STRING, "format": "uri"},
        },
    },
}
FORMAT_DESCRIPTION = (
    "`timelinejs` returns a TimelineJS 3 document instead of the usual JSON; `geojson` returns "
    "a GeoJSON FeatureCollection (application/geo+json) of the events that have coordinates. "
    "Both hold the requested page of events."
)


def document_geojson(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: on each operation that offers GeoJSON, explain the
    ``format`` parameter and add the application/geo+json response."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(SCHEMA_COMPONENTS)
    for path, _regex, method, callback in generator.endpoints:
        action = (getattr(callback, "actions", None) or {}).get(method.lower())
        if method != "GET" or action not in getattr(callback.cls, "geojson_actions", ()):
            continue
        operation = result["paths"][path]["get"]
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "format":
                parameter["description"] = FORMAT_DESCRIPTION
        operation["responses"]["200"]["content"][MEDIA_TYPE] = {
            "schema": {"$ref": "#/components/schemas/EventFeatureCollection"}
        }
    return result
