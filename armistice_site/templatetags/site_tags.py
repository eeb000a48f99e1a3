"""Template helpers for the reader site: JSON-LD blocks and query-preserving page links."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Inside <script> the HTML parser ends the block at "</script" and treats "<!--" specially;
# escaping <, > and & as JSON unicode escapes keeps the data identical and the block closed.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_text(data: dict) -> str:
    """The JSON text for a ``<script type="application/ld+json">`` block, escaped for HTML."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


@register.simple_tag
def json_ld(data: dict | None) -> SafeString:
    if not data:
        return SafeString("")
    # json_ld_text escapes every character that could end the block early.
    return mark_safe(  # noqa: S308
        f'<script type="application/ld+json">{json_ld_text(data)}</script>'
    )


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (``None`` removes one), so a
    page link keeps the reader's filters: ``href="?{% query_with page=3 %}"``."""
    request: HttpRequest = context["request"]
    query = request.GET.copy()
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return query.urlencode()
