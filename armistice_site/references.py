"""References from authored Markdown to other things the site shows: ``[[kind:slug]]``.

A body may name another item by kind and slug — ``[[source:hermes-truce-tent]]`` in a
footnote to cite a source, ``[[image:dmz-1953]]`` on a line of its own to show an image. The
Markdown renderer never trusts an author's HTML, so it leaves a marker for each reference
(``render_markdown`` stays pure); the sanitiser keeps the marker; then ``expand()`` asks the
resolver registered for each kind, once per kind for the whole body, for trusted HTML to put in
its place. A reference alone in its paragraph is a *block* (a figure, a map) and replaces the
paragraph; anywhere else it is *inline* (a citation, a link).

Apps register the kinds they own (``register("source", resolve_sources)``) in their
``AppConfig.ready()``. A reference to an unknown kind, or to nothing, is shown to readers as
its plain text and reported as a problem, for the editor to fix. Like the registry, this module
imports no app."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils.html import escape

#: What an author writes: ``[[kind:slug]]``.
PATTERN = re.compile(r"\[\[([a-z][a-z0-9_-]{0,39}):([A-Za-z0-9][A-Za-z0-9_-]{0,199})\]\]")
_MARKER = re.compile(
    r'(?P<para><p>)?<span class="ref" data-kind="(?P<kind>[a-z0-9_-]+)" '
    r'data-slug="(?P<slug>[A-Za-z0-9_-]+)"></span>(?(para)</p>)'
)


@dataclass(frozen=True)
class Reference:
    kind: str
    slug: str
    block: bool = False

    @property
    def text(self) -> str:
        """The reference as the author wrote it."""
        return f"[[{self.kind}:{self.slug}]]"


#: Given the references of one kind in a body, the HTML for each one it can show.
Resolver = Callable[[list[Reference]], dict[Reference, str]]

_resolvers: dict[str, Resolver] = {}


def register(kind: str, resolver: Resolver) -> None:
    if kind in _resolvers and _resolvers[kind] is not resolver:
        raise ValueError(f"The reference kind {kind!r} is registered twice.")
    _resolvers[kind] = resolver


def marker(kind: str, slug: str) -> str:
    """The placeholder the renderer leaves for ``[[kind:slug]]``."""
    return f'<span class="ref" data-kind="{escape(kind)}" data-slug="{escape(slug)}"></span>'


@dataclass
class Expanded:
    html: str
    references: list[Reference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def found_in(html: str) -> list[Reference]:
    """The references a rendered body holds, in order, each once."""
    refs = [
        Reference(match["kind"], match["slug"], block=bool(match["para"]))
        for match in _MARKER.finditer(html)
    ]
    return list(dict.fromkeys(refs))


def expand(html: str) -> Expanded:
    """Replace each reference marker in sanitised HTML with its resolver's HTML."""
    references = found_in(html)
    shown: dict[Reference, str] = {}
    for kind, group in _by_kind(references).items():
        resolver = _resolvers.get(kind)
        if resolver is not None:
            shown.update(resolver(group))
    problems = [
        f"{ref.text} refers to nothing: check the kind and the slug."
        for ref in references
        if ref not in shown
    ]

    def replace(match: re.Match) -> str:
        ref = Reference(match["kind"], match["slug"], block=bool(match["para"]))
        if ref in shown:
            return shown[ref]
        text = escape(ref.text)
        return f"<p>{text}</p>" if ref.block else text

    return Expanded(_MARKER.sub(replace, html), references, problems)


def _by_kind(references: Iterable[Reference]) -> dict[str, list[Reference]]:
    groups: dict[str, list[Reference]] = {}
    for ref in references:
        groups.setdefault(ref.kind, []).append(ref)
    return groups
