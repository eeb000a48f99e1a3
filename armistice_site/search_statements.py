"""The SQL of site search (``armistice_site.site_search``), built with the ORM once per
process and then run with each reader's words.

Each statement is a UNION over every searchable type of querysets with full-text functions,
ranks and headlines. Building one with the ORM took longer than PostgreSQL took to run it
(about 10 ms for the ranking and 20 ms for a page's snippets, against 20 ms of SQL), and it
is the same statement every time: only the reader's words, their title key, the moment
visibility is judged at and the page's keys differ. So each is built once with stand-ins for
those values, and ``run`` puts the real ones in the stand-ins' places among the parameters.
The SQL itself never holds a value: every one is a parameter."""

import datetime
from dataclasses import dataclass
from functools import cache

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections, router
from django.db.models import Case, CharField, F, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat, Left, Length, Right, Substr

from armistice_site import stand_ins
from armistice_site.search import SEARCH_CONFIG, TitleKeyMatch

RANK_CANDIDATES = 100
#: Added to the rank of an exact title, name or acronym match; ``SearchRank`` with
#: normalisation 32 (rank / (rank + 1)) stays below 1, so such a match always comes first.
EXACT_BONUS = 1.0
_RANK_NORMALISATION = 32
ELLIPSIS = "…"
#: A text this short is shown whole, every match marked, rather than cut into fragments.
SHORT_TEXT_CHARS = 240
EDGE = 30  # characters compared to tell whether a snippet starts or ends where the text does
# Snippets come from the summary and the start of the body: ts_headline's cost grows with the
# text it is given, and a 4 000-word body would dominate the whole search.
HEADLINE_BODY_CHARS = 3000
# Sentinels that cannot occur in stored text (control characters are stripped from queries
# and never typed by authors); the headline is escaped first, then they become <mark> tags.
START, STOP = "\x01", "\x02"


@dataclass(frozen=True)
class Terms:
    """The values a statement is run with."""

    query: str
    key: str | None
    now: datetime.datetime
    #: For a page's snippets: the keys of its rows of each type, in the order of the types.
    pks: tuple[tuple[int, ...], ...] = ()


# Stand-ins: values no reader's search can have (a query with a control character, a moment
# long past, a key no row has).
_STAND_IN = Terms(
    query="\x00query\x00",
    key="\x00key\x00",
    now=stand_ins.NOW,
)
#: The stand-in for the keys of the n-th type on a page is ``[_NO_KEY - n]``: no row has it.
_NO_KEY = -271828


def ranked(kinds: tuple, terms: Terms) -> list[tuple]:
    """``(type, pk, slug, title, rank)`` of every ranked row of every type (unordered)."""
    statement = _ranked_statement(kinds, terms.key is not None, RANK_CANDIDATES)
    return run(statement, kinds[0].model, terms)


def headlines(kinds: tuple, terms: Terms) -> list[tuple]:
    """``(type, pk, headline, text start, text end)`` of the rows ``terms.pks`` names, one
    tuple of keys per type in ``kinds`` (the types on the page being shown)."""
    return run(_headline_statement(kinds), kinds[0].model, terms)


def run(statement: tuple[str, list], model: type, terms: Terms) -> list[tuple]:
    sql, params = statement
    filled = [_real(param, terms) for param in params]
    with connections[router.db_for_read(model)].cursor() as cursor:
        cursor.execute(sql, filled)
        return cursor.fetchall()


def _real(param, terms: Terms):
    for name in ("query", "key", "now"):
        if stand_ins.is_stand_in(param, getattr(_STAND_IN, name)):
            return getattr(terms, name)
    if type(param) is list and len(param) == 1 and param[0] <= _NO_KEY:
        return list(terms.pks[_NO_KEY - param[0]])
    return param


# Building (once per process and shape) ------------------------------------------------------


@cache
def _ranked_statement(kinds: tuple, with_key: bool, limit: int) -> tuple[str, list]:
    terms = _STAND_IN if with_key else Terms(_STAND_IN.query, None, _STAND_IN.now)
    parts = [_ranked_rows(kind, terms, limit) for kind in kinds]
    return _compiled(parts[0].union(*parts[1:], all=True))


@cache
def _headline_statement(kinds: tuple) -> tuple[str, list]:
    parts = [_headline_rows(kind, [_NO_KEY - index]) for index, kind in enumerate(kinds)]
    return _compiled(parts[0].union(*parts[1:], all=True))


def _compiled(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.sql_with_params()
    return sql, list(params)


def _tsquery(terms: Terms) -> SearchQuery:
    return SearchQuery(terms.query, search_type="websearch", config=SEARCH_CONFIG)


def _ranked_rows(kind, terms: Terms, limit: int) -> QuerySet:
    rank = SearchRank(F("search_vector"), _tsquery(terms), normalization=Value(_RANK_NORMALISATION))
    if terms.key is not None:
        rank = rank + Case(
            When(TitleKeyMatch(terms.key), then=Value(EXACT_BONUS)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return (
        kind.model.objects.filter(pk__in=_candidates(kind, terms, limit))
        .annotate(
            hit_type=Value(kind.name, output_field=CharField()),
            hit_title=F(kind.title_field),
            hit_rank=rank,
        )
        .values_list("hit_type", "pk", "slug", "hit_title", "hit_rank")
        .order_by()
    )


def _candidates(kind, terms: Terms, limit: int) -> QuerySet:
    """The rows ranked: up to ``limit`` matches, and always the exact ones (one
    subquery, so the planner joins on the primary key instead of scanning the table)."""
    public = kind.model.objects.public(terms.now)
    matches = public.filter(search_vector=_tsquery(terms)).order_by().values("pk")
    if terms.key is None:
        return matches[:limit]
    exact = public.filter(TitleKeyMatch(terms.key)).order_by().values("pk")
    return matches[:limit].union(exact[:limit])


def _headline_rows(kind, pks: list[int]) -> QuerySet:
    fields = [
        Substr(field, 1, HEADLINE_BODY_CHARS) if field == "body_text" else F(field)
        for field in kind.text_fields
    ]
    text = Concat(*_interleave(fields, Value(" ")), output_field=CharField())
    whole = Concat(
        *_interleave([F(field) for field in kind.text_fields], Value(" ")),
        output_field=CharField(),
    )
    tsquery = _tsquery(_STAND_IN)
    marks = {"config": SEARCH_CONFIG, "start_sel": START, "stop_sel": STOP}
    return (
        kind.model.objects.filter(pk__in=RawSQL("SELECT unnest(%s::bigint[])", [pks]))
        .annotate(text_length=Length(whole))
        .annotate(
            hit_type=Value(kind.name, output_field=CharField()),
            headline=Case(
                When(
                    Q(text_length__lte=SHORT_TEXT_CHARS),
                    then=SearchHeadline(whole, tsquery, highlight_all=True, **marks),
                ),
                default=SearchHeadline(
                    text,
                    tsquery,
                    max_words=35,
                    min_words=15,
                    max_fragments=2,
                    fragment_delimiter=f" {ELLIPSIS} ",
                    **marks,
                ),
            ),
        )
        .annotate(text_start=Left(text, EDGE * 2), text_end=Right(whole, EDGE * 2))
        .values_list("hit_type", "pk", "headline", "text_start", "text_end")
        .order_by()
    )


def _interleave(values: list, separator) -> list:
    joined = []
    for value in values:
        if joined:
            joined.append(separator)
        joined.append(value)
    return joined
