""" "Cite this" texts for bulk synthetic content, each *shape* formatted once.

citeproc takes 10 to 20 ms a style, so formatting 100 000 articles in three styles would add
well over an hour to generation. Generated items of one shape (the same type, authors, month,
and so on) differ only in a few values: title, container title, publisher, address, summary,
year and day. So each shape is formatted once, through the site's own ``citations.texts``,
with sentinels standing for those values, and an item's texts are its shape's with its own
values put in, escaped as ``citations`` escapes an item's values.

That is exact only for values the styles print as they are:

- MLA and Chicago print titles and container titles in title case (CSL
  ``text-case="title"``). Generated titles are written in title case (``headline``, citeproc's
  own rule), which leaves them as they are; a text that title casing would change is not
  substituted.
- A text is substituted only if it holds words, single spaces, commas and hyphens, starts
  with a capital or a digit and ends with a letter or digit: citeproc drops a doubled full
  stop or space where two strings meet, and changes nothing else in such a text. An address
  only if it is a plain ``http(s)`` URL ending in a letter, digit or slash. A text that fails
  is still replaced by a sentinel if no style prints it (the summary), since then its value
  cannot show.
- The styles print years and days as plain numbers: the sentinels (for four-digit years only)
  are a four-digit year and a one-digit day (an ordinal "7th" or a padded "07" would not
  match), and a shape whose texts do not show each exactly once is formatted item by item.

Every shape is checked when first met: its first item is also formatted in full, and
generation stops if the two differ. ``tests/synthetic`` compares a sample of generated rows
with what saving them computes."""

import json
import re
from html import escape

from citeproc.model import TextCased
from citeproc.string import String

from armistice_site import citations

#: The text variables replaced by a sentinel, and the sentinel (a word title casing keeps).
TEXT_SENTINELS = {
    "title": "Zqtitlezq",
    "container-title": "Zqcontainerzq",
    "publisher": "Zqpublisherzq",
    "URL": "Zqaddresszq",
    "abstract": "Zqabstractzq",
}
YEAR, DAY = 1234, 7

_PLAIN = re.compile(r"\w+(?:(?:, | |-)\w+)*")
_ADDRESS = re.compile(r"https?://[\w.-]+(?:/[\w-]+)*/?")


class _TitleCase(TextCased):
    """citeproc's ``text-case="title"``, outside a style."""

    def get(self, name: str, default=None):
        return "title" if name == "text-case" else default


def headline(text: str) -> str:
    """``text`` in title case, as citeproc prints a title in MLA and Chicago (words other than
    short ones like "of" and "the" capitalised)."""
    return str(_TitleCase().case(String(text), "en"))


def _inert(name: str, value: str) -> bool:
    """Whether every style prints ``value`` exactly as given (see the module docstring)."""
    if name == "URL":
        return bool(_ADDRESS.fullmatch(value))
    capitalised = value[:1] == value[:1].upper()
    return bool(_PLAIN.fullmatch(value)) and capitalised and headline(value) == value


def split(item: dict) -> tuple[dict, dict[str, str], frozenset[str]]:
    """The item's shape, the values its sentinels stand for (escaped), and the sentinels whose
    values may not be printed (they can be substituted only if no style prints them)."""
    shape = {name: value for name, value in item.items() if name != "id"}
    values, loose = {}, set()
    for name, sentinel in TEXT_SENTINELS.items():
        value = item.get(name)
        if isinstance(value, str):
            shape[name] = sentinel
            values[sentinel] = escape(value, quote=False)
            if not _inert(name, value):
                loose.add(sentinel)
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if parts and 1000 <= parts[0] <= 9999:
        values[str(YEAR)] = str(parts[0])
        if len(parts) == 3:
            values[str(DAY)] = str(parts[2])
        shape["issued"] = {"date-parts": [[YEAR, *parts[1:2], *([DAY] if len(parts) == 3 else [])]]}
    return shape, values, frozenset(loose)


def _pattern(tokens) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(re.escape(token) for token in tokens) + r")\b")


def fill(template: dict[str, str], values: dict[str, str]) -> dict[str, str]:
    """The shape's texts with the item's values in place of the sentinels."""
    if not values:
        return dict(template)
    pattern = _pattern(values)
    return {
        key: citations.tidy(pattern.sub(lambda match: values[match[0]], text))
        for key, text in template.items()
    }


def substitutable(template: dict[str, str], values: dict[str, str], loose: frozenset) -> bool:
    """Whether each style shows the year and day sentinels once, and no loose one."""
    numbers = [token for token in (str(YEAR), str(DAY)) if token in values]
    if not values:
        return True
    for text in template.values():
        found = _pattern(values).findall(text)
        if any(found.count(number) != 1 for number in numbers) or loose & set(found):
            return False
    return True


class ShapeMismatch(AssertionError):
    """A shape's texts with an item's values put in differ from the item formatted in full."""


class CitationShapes:
    """Formats the items of generated content, each shape once (see the module docstring)."""

    def __init__(self):
        self.templates: dict[str, dict[str, str] | None] = {}
        self.formatted = 0  # shapes and items formatted by citeproc, for the curious

    def texts(self, item: dict) -> dict[str, str]:
        """What ``Citable.store_citations`` stores for ``item``."""
        shape, values, loose = split(item)
        key = json.dumps([shape, sorted(loose)], sort_keys=True, default=str)
        if key in self.templates:
            template = self.templates[key]
            if template is None:
                self.formatted += 1
                return citations.texts(item)
            return fill(template, values)
        template = citations.texts(shape)
        expected = citations.texts(item)
        self.formatted += 2
        if not substitutable(template, values, loose):
            self.templates[key] = None
            return expected
        if fill(template, values) != expected:
            raise ShapeMismatch(f"{item.get('id')}: {fill(template, values)} != {expected}")
        self.templates[key] = template
        return expected
