"""TimelineJS 3 output (``?format=timelinejs``) for event lists and curated timelines.

TimelineJS reads one JSON document: a ``title`` slide and a list of ``events`` slides, each
with ``start_date`` (and maybe ``end_date``) objects holding only the parts of the date that
are known, so an event known to the month shows as "June 1950" and not "1 June 1950".
Viewsets that offer it list the actions in ``timelinejs_actions`` and choose a slide
serializer when ``request.accepted_renderer.format`` is ``timelinejs``."""

import datetime

from django.utils.html import escape
from rest_framework.renderers import JSONRenderer

from armistice_site.precision import Precision

FORMAT = "timelinejs"
LIST_HEADLINE = "Armistice timeline"
LIST_TEXT = "Events from the Armistice archive of modern military history."


def date_parts(day: datetime.date | None, precision: str) -> dict[str, str] | None:
    """A TimelineJS date object with only the known parts: year, then month, then day."""
    if day is None:
        return None
    parts = {"year": str(day.year)}
    if precision in (Precision.MONTH, Precision.DAY):
        parts["month"] = str(day.month)
    if precision == Precision.DAY:
        parts["day"] = str(day.day)
    return parts


def text(headline: str, body: str = "") -> dict[str, str]:
    """A TimelineJS text object; TimelineJS shows ``text`` as HTML, so plain text is escaped."""
    return {"headline": escape(headline), "text": f"<p>{escape(body)}</p>" if body else ""}


def document(headline: str, body: str, slides: list[dict]) -> dict:
    return {"title": {"text": text(headline, body)}, "events": slides}


class TimelineJSRenderer(JSONRenderer):
    """JSON in TimelineJS's shape. A paginated event list becomes a document of that page's
    slides; errors keep the API's ``{"detail": …}`` shape."""

    format = FORMAT

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        is_page = isinstance(data, dict) and "results" in data
        if response is not None and response.status_code < 400 and is_page:
            data = document(LIST_HEADLINE, LIST_TEXT, data["results"])
        return super().render(data, accepted_media_type, renderer_context)


class TimelineJSMixin:
    """Adds the TimelineJS renderer to the actions named in ``timelinejs_actions``."""

    timelinejs_actions: tuple[str, ...] = ()

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action in self.timelinejs_actions:
            renderers.append(TimelineJSRenderer())
        return renderers

    def wants_timelinejs(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return getattr(renderer, "format", None) == FORMAT


_STRING = {"type": "string"}
SCHEMA_COMPONENTS = {
    "TimelineJSDate": {
        "type": "object",
        "description": "Only the known parts of the date.",
        "required": ["year"],
        "properties": {"year": _STRING, "month": _STRING, "day": _STRING},
        "additionalProperties": False,
    },
    "TimelineJSText": {
        "type": "object",
        "required": ["headline", "text"],
        "properties": {"headline": _STRING, "text": {**_STRING, "description": "HTML"}},
    },
    "TimelineJSSlide": {
        "type": "object",
        "required": ["start_date", "text", "unique_id"],
        "properties": {
            "start_date": {"$ref": "#/components/schemas/TimelineJSDate"},
            "end_date": {"$ref": "#/components/schemas/TimelineJSDate"},
            "display_date": _STRING,
            "text": {"$ref": "#/components/schemas/TimelineJSText"},
            "group": {**_STRING, "description": "The event's category."},
            "unique_id": {**_STRING, "description": "The event's slug."},
        },
    },
    "TimelineJSDocument": {
        "type": "object",
        "description": "A TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html).",
        "required": ["title", "events"],
        "properties": {
            "title": {
                "type": "object",
                "required": ["text"],
                "properties": {"text": {"$ref": "#/components/schemas/TimelineJSText"}},
            },
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/TimelineJSSlide"}},
        },
    },
}
FORMAT_DESCRIPTION = (
    "`timelinejs` returns a TimelineJS 3 document instead of the usual JSON; "
    "for a list it holds the requested page of events."
)


def document_timelinejs(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: on each operation that offers TimelineJS, explain
    the ``format`` parameter (drf-spectacular lists it) and let its 200 be either shape."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(SCHEMA_COMPONENTS)
    for path, _regex, method, callback in generator.endpoints:
        action = (getattr(callback, "actions", None) or {}).get(method.lower())
        if method != "GET" or action not in getattr(callback.cls, "timelinejs_actions", ()):
            continue
        operation = result["paths"][path]["get"]
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "format":
                parameter["description"] = FORMAT_DESCRIPTION
        content = operation["responses"]["200"]["content"]["application/json"]
        content["schema"] = {
            "oneOf": [content["schema"], {"$ref": "#/components/schemas/TimelineJSDocument"}]
        }
    return result
