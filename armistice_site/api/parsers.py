"""How the API reads JSON bodies: DRF's parser, bounded in depth.

No resource takes more than a list of slugs inside an object, yet Python's ``json`` parser
follows any nesting until it runs out of stack (a ``RecursionError`` past about 1 000 levels),
and every later step that walks the body would have to be written to survive it. A body
nested deeper than ``MAX_JSON_DEPTH`` is refused here with a 400 that says so."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

#: Arrays and objects inside one another; the outermost object is level 1.
MAX_JSON_DEPTH = 32
TOO_DEEP = (
    f"The JSON body is nested too deeply: at most {MAX_JSON_DEPTH} levels of arrays and "
    "objects inside one another."
)


def depth_exceeds(value, limit: int) -> bool:
    """Whether ``value`` nests arrays and objects more than ``limit`` deep. Walks the value
    with a list of its own rather than recursion, so any depth can be measured."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(TOO_DEEP) from error
        if depth_exceeds(data, MAX_JSON_DEPTH):
            raise ParseError(TOO_DEEP)
        return data
