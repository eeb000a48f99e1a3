"""References from authored Markdown to other things the site shows: ``[[kind:slug]]``.

A body may name another item by kind and slug — ``[[source:hermes-truce-tent]]`` in a
footnote to cite a source, ``[[image:dmz-1953]]`` on a line of its own to show an image. The
Markdown renderer never trusts an author's HTML, so it leaves a marker for each reference
(``render_markdown`` stays pure); the sanitiser keeps the marker; then ``expand()`` asks the
resolver registered for each kind, once per kind for the whole body, for trusted HTML to put in
its place. A reference alone in its paragraph is a *block* (a figure, a map) and replaces the
paragraph; anywhere else it is *inline* (a citation, a link).

Apps register the kinds they own (``register("source", resolve_sources, model=Source)``) in
their ``AppConfig.ready()``. A reference to an unknown kind, or to nothing, is shown to readers
as its plain text and reported as a problem, for the editor to fix.

Expanded bodies are stored, so they must be rendered again when what they show changes: each
body records the references it holds (``token()``), and the editorial services render the
bodies that name an item again whenever the item is saved or deleted (``kinds_for()`` says
which kinds an item answers to). A kind registered with ``citation=True`` cites evidence
(sources, documents): a footnote that holds none is reported, so no claim goes unsupported.
Like the registry, this module imports no app."""

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
_models: dict[str, type] = {}
_citations: set[str] = set()
_item_slugs: dict[str, Callable[[str], str]] = {}


def register(
    kind: str,
    resolver: Resolver,
    *,
    model: type | None = None,
    citation=False,
    item_slug: Callable[[str], str] | None = None,
) -> None:
    """Register the resolver of ``kind``; ``model`` is the type its slugs name (its writes make
    the bodies that cite it render again); ``citation`` marks a kind that cites evidence;
    ``item_slug`` gives the item's slug when a reference adds to it (``nato-1955-06-01``)."""
    if kind in _resolvers and _resolvers[kind] is not resolver:
        raise ValueError(f"The reference kind {kind!r} is registered twice.")
    _resolvers[kind] = resolver
    if model is not None:
        _models[kind] = model
    if citation:
        _citations.add(kind)
    if item_slug is not None:
        _item_slugs[kind] = item_slug


def kinds_for(model: type) -> list[str]:
    """The reference kinds whose slugs name items of ``model``."""
    return [kind for kind, known in _models.items() if known is model]


def model_for(kind: str) -> type | None:
    return _models.get(kind)


def token(kind: str, slug: str) -> str:
    """How a body records that it shows ``kind:slug`` (see ``recorded()``)."""
    return f" {kind}:{slug} "


def recorded(refs: Iterable[Reference]) -> str:
    """The references a body shows, as stored with it: each found again by ``token()``, also
    under its item's own slug when the reference adds to it (see ``register``)."""
    found = {}
    for ref in refs:
        found[f"{ref.kind}:{ref.slug}"] = None
        if ref.kind in _item_slugs:
            found[f"{ref.kind}:{_item_slugs[ref.kind](ref.slug)}"] = None
    return f" {' '.join(found)} " if found else ""


def is_registered(kind: str) -> bool:
    """Whether some app resolves ``[[kind:…]]`` (the editor offers a button for it then)."""
    return kind in _resolvers


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
    problems += uncited_footnotes(html, shown)

    def replace(match: re.Match) -> str:
        ref = Reference(match["kind"], match["slug"], block=bool(match["para"]))
        if ref in shown:
            return shown[ref]
        text = escape(ref.text)
        return f"<p>{text}</p>" if ref.block else text

    return Expanded(_MARKER.sub(replace, html), references, problems)


_FOOTNOTE = re.compile(r'<li id="fn(?P<number>\d+)" class="footnote-item">(?P<text>.*?)</li>', re.S)


def uncited_footnotes(html: str, shown: dict[Reference, str]) -> list[str]:
    """A warning for each footnote that cites nothing a citation kind could show."""
    if not _citations:
        return []
    problems = []
    for note in _FOOTNOTE.finditer(html):
        cited = [
            ref
            for ref in found_in(note["text"])
            if ref.kind in _citations and (ref in shown or replace_block(ref) in shown)
        ]
        if not cited:
            kinds = " or ".join(f"[[{kind}:…]]" for kind in sorted(_citations))
            problems.append(
                f"Footnote {note['number']} cites nothing: add {kinds} so readers can check it."
            )
    return problems


def replace_block(ref: Reference) -> Reference:
    return Reference(ref.kind, ref.slug, block=not ref.block)


def _by_kind(references: Iterable[Reference]) -> dict[str, list[Reference]]:
    groups: dict[str, list[Reference]] = {}
    for ref in references:
        groups.setdefault(ref.kind, []).append(ref)
    return groups
