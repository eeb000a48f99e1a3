"""One search over the searchable public content types (those registered with a ``Search``
declaration: articles, alliances and events).

On PostgreSQL the reader's words go through ``websearch_to_tsquery`` against each model's
stored, weighted ``search_vector`` (GIN-indexed); the result sets are combined in one UNION
ranked by ``SearchRank``, so a title match (weight A) ranks above a body match (weight C)
whatever its type. An item whose title, name or acronym *is* the query ("NATO", "the DMZ":
same stemmed words, any case or order) ranks above all others: its stored vector holds the
query's title key (``armistice_site.search``), found through the same index, and its rank
gets ``EXACT_BONUS`` on top of a ``SearchRank`` normalised below 1.

Ranking reads every matching row's stored vector, so a word found in most of 100 000
articles would cost seconds. Each type therefore ranks at most ``RANK_CANDIDATES`` matches:
all of them when there are fewer (the usual case, and the ranking is then exact), otherwise
the first that many the index yields (and always the exact matches); the total shown is then
a lower bound ("at least"). Those few hundred ranked rows are small (type, key, slug, title,
rank), so they are read once and sorted here: the total and any page come from the same
statement, instead of a count and a page that would each rank everything again.

Only the page being shown gets ``SearchHeadline`` snippets, which are the expensive part.
They are cut from the stored plain text (``body_text``: no Markdown, references or footnote
numbers), at word boundaries, with an ellipsis where the text goes on, the matched words in
``<mark>`` and everything else escaped; one statement for the whole page, whatever types are
on it. Both statements are built once per process (``armistice_site.search_statements``).

Without PostgreSQL (the SQLite first look) matching degrades to case-insensitive substring
search.

``normalise_query`` and ``run_search`` are the interface the website and the API share."""

import re
from dataclasses import dataclass
from functools import cached_property

from django.db import connection
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from armistice_site import registry, search_statements
from armistice_site.search import query_title_key
from armistice_site.search_statements import (
    EDGE,
    ELLIPSIS,
    EXACT_BONUS,
    START,
    STOP,
    Terms,
)

MAX_QUERY_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Hit:
    type: str
    slug: str
    title: str
    snippet: str
    url: str
    rank: float


@dataclass(frozen=True)
class _Kind:
    """How one content type takes part in the search, from its registration."""

    entry: registry.ContentType

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def model(self) -> type:
        return self.entry.model

    @property
    def title_field(self) -> str:
        return self.entry.search.title

    @property
    def text_fields(self) -> tuple[str, ...]:
        return self.entry.search.text

    @property
    def exact_fields(self) -> list[str]:
        """The fields that name the item (weight A): its title, name or acronym."""
        return [name for name, weight in self.entry.search.weights if weight == "A"]

    def public(self) -> QuerySet:
        return self.model.objects.public()

    def url(self, slug: str) -> str:
        return reverse(self.entry.url_name, kwargs={"slug": slug})

    def api_url(self, slug: str) -> str:
        return reverse(f"api:{self.entry.api.basename}-detail", kwargs={"slug": slug})


def kinds() -> list[_Kind]:
    """The searchable types, in registration order."""
    return [_Kind(entry) for entry in registry.entries() if entry.search is not None]


def kind_named(name: str) -> _Kind:
    return next(kind for kind in kinds() if kind.name == name)


def normalise_query(raw: str) -> str:
    """Reader input made safe to search with: no control characters, single spaces, at most
    ``MAX_QUERY_LENGTH`` characters (cut at a word boundary). Input with no letter or digit
    at all (``'"--;;``, empty) gives "", which callers treat as "no search"."""
    text = _SPACE.sub(" ", _CONTROL.sub(" ", raw or "")).strip()
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
    return text if _WORD.search(text) else ""


class SearchResults:
    """A lazily evaluated, sliceable result list, so Django's and DRF's paginators can page
    it: ``len()`` is the total count and ``[a:b]`` returns that page's ``Hit`` objects."""

    def __init__(self, query: str):
        self.query = query

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, item: slice) -> list[Hit]:
        if not isinstance(item, slice):
            raise TypeError("SearchResults supports slicing only")
        if not self.query:
            return []
        if connection.vendor == "postgresql":
            return self._postgres_page(item)
        return self._fallback_hits[item]

    @property
    def capped(self) -> bool:
        """True when the total may be short of the real number of matches (a type had more
        than ``RANK_CANDIDATES``), so a page can say "at least"."""
        return connection.vendor == "postgresql" and self._ranked[1]

    @cached_property
    def _count(self) -> int:
        if not self.query:
            return 0
        if connection.vendor == "postgresql":
            return len(self._ranked[0])
        return len(self._fallback_hits)

    # PostgreSQL full-text search -------------------------------------------------------------

    @cached_property
    def _terms(self) -> Terms:
        return Terms(self.query, query_title_key(self.query), timezone.now())

    @cached_property
    def _ranked(self) -> tuple[list[tuple], bool]:
        """Every ranked row, best first, and whether some type had more matches than it ranked."""
        rows = search_statements.ranked(tuple(kinds()), self._terms)
        rows.sort(key=lambda row: (-row[4], row[3], row[0], row[2]))
        per_type: dict[str, int] = {}
        for name, *_rest in rows:
            per_type[name] = per_type.get(name, 0) + 1
        cap = search_statements.RANK_CANDIDATES
        return rows, any(count >= cap for count in per_type.values())

    def _postgres_page(self, item: slice) -> list[Hit]:
        rows = self._ranked[0][item]
        shown = [kind for kind in kinds() if any(row[0] == kind.name for row in rows)]
        headlines: dict[tuple[str, int], str] = {}
        if shown:  # one statement for the whole page, whatever types are on it
            keys = tuple(tuple(pk for name, pk, *_ in rows if name == kind.name) for kind in shown)
            headlines = {
                (name, pk): _snippet(headline, start, end)
                for name, pk, headline, start, end in search_statements.headlines(
                    tuple(shown), Terms(self.query, None, self._terms.now, keys)
                )
            }
        return [
            Hit(
                type=name,
                slug=slug,
                title=label,
                snippet=headlines.get((name, pk), ""),
                url=kind_named(name).url(slug),
                rank=float(rank),
            )
            for name, pk, slug, label, rank in rows
        ]

    # SQLite fallback -------------------------------------------------------------------------

    @cached_property
    def _fallback_hits(self) -> list[Hit]:
        words = self.query.split()
        hits = []
        for kind in kinds():
            fields = (kind.title_field, *kind.text_fields)
            condition = Q()
            for word in words:
                condition &= Q(
                    *[Q(**{f"{field}__icontains": word}) for field in fields], _connector=Q.OR
                )
            for item in kind.public().filter(condition):
                title = getattr(item, kind.title_field)
                in_title = sum(word.lower() in title.lower() for word in words)
                names = [getattr(item, field).lower() for field in kind.exact_fields]
                in_title += EXACT_BONUS * 10 * (self.query.lower() in names)
                hits.append(
                    Hit(
                        type=kind.name,
                        slug=item.slug,
                        title=title,
                        snippet=_highlight(item.summary, words),
                        url=item.get_absolute_url(),
                        rank=float(1 + in_title),
                    )
                )
        return sorted(hits, key=lambda hit: (-hit.rank, hit.title))


def _snippet(headline: str, text_start: str, text_end: str) -> str:
    """The headline as safe HTML: whitespace collapsed, an ellipsis where the text goes on
    before or after it (ts_headline cuts at word boundaries but does not say so), the stored
    text escaped, then the sentinels turned into ``<mark>`` tags."""
    headline = " ".join(headline.split())
    if not headline:
        return ""
    bare = headline.replace(START, "").replace(STOP, "")
    start, end = " ".join(text_start.split()), " ".join(text_end.split())
    if not start.startswith(bare[:EDGE]):
        headline = f"{ELLIPSIS} {headline}"
    if not end.endswith(bare[-EDGE:]):
        headline = f"{headline} {ELLIPSIS}"
    return _marked(headline)


def _marked(headline: str) -> str:
    """Escape the stored text, then turn the sentinels into ``<mark>`` tags."""
    return escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")


def _highlight(text: str, words: list[str]) -> str:
    escaped = escape(text)
    for word in sorted({escape(word) for word in words}, key=len, reverse=True):
        escaped = re.sub(f"({re.escape(word)})", r"<mark>\1</mark>", escaped, flags=re.IGNORECASE)
    return escaped


def run_search(query: str) -> SearchResults:
    """Public articles, alliances and events matching ``query`` (already normalised), best
    first. Evaluation is lazy: slice the result for a page, ``len()`` it for the total."""
    return SearchResults(normalise_query(query))
