"""The API's JSON renderer: orjson (through drf-orjson-renderer) instead of the standard
library's encoder, several times faster on a list of twenty articles, with the same output.

What orjson does not know is handed to DRF's own encoder, so the bytes match what
``rest_framework.renderers.JSONRenderer`` wrote before: compact separators, UTF-8 text,
datetimes as DRF writes them (``OPT_PASSTHROUGH_DATETIME``: ISO 8601 with milliseconds and
``Z``, not orjson's microseconds), decimals and lazy translations as DRF converts them."""

import orjson
from drf_orjson_renderer.renderers import ORJSONRenderer
from rest_framework.utils.encoders import JSONEncoder

_encoder = JSONEncoder()


class JSONRenderer(ORJSONRenderer):
    options = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS

    @staticmethod
    def default(obj):
        return _encoder.default(obj)
