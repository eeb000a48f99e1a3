"""Full-text search support shared by the searchable content types.

Each searchable model names its weighted fields in its registration
(``registry.Search.weights``); the stored ``search_vector`` column is refreshed from them on
every save (and in bulk after bulk writes). The GIN index on it is created by a
PostgreSQL-only migration.

Besides the words, the vector holds one *title key* per way of naming the item: a lexeme made
from the stemmed words of each weight-A field (a title, a name, an acronym), of that field
without its parenthesis ("Korean Demilitarized Zone") and of the parenthesis alone ("DMZ").
A reader's query whose words make the same key names the item exactly, whatever the case,
word order, plurals or small words ("the DMZ", "nato"), and ``TitleKeyMatch`` finds it
through the same GIN index; site search ranks such items first. The query's key is worked out
first (``query_title_key``, one small statement) and then given to the search as a constant,
so the planner sees a lexeme it can look up in its statistics (rare, so the index) instead of
an expression it can only guess about (which made it scan whole tables)."""

from django.contrib.postgres.search import SearchVector, SearchVectorCombinable, SearchVectorField
from django.db import connection, models
from django.db.models import BooleanField, F, Func, TextField, Value

from armistice_site import registry

SEARCH_CONFIG = "english"


def weighted_vector(weights: tuple[tuple[str, str], ...]) -> SearchVector:
    vectors = [SearchVector(name, weight=weight, config=SEARCH_CONFIG) for name, weight in weights]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


_PARENTHESIS = r"\s*\([^)]*\)"
_IN_PARENTHESIS = r"\(([^)]*)\)"


#: The key of a text: ``k`` and the md5 of its sorted stemmed lexemes, or NULL when it has none
#: (only small words). Hex digits need no quoting in a tsvector or a tsquery.
_KEY_SQL = (
    "('k' || md5(NULLIF(array_to_string(tsvector_to_array("
    f"to_tsvector('{SEARCH_CONFIG}'::regconfig, {{}})), ' '), '')))"
)


class _TitleKey(Func):
    template = _KEY_SQL.format("%(expressions)s")
    output_field = TextField()


class _TitleKeys(SearchVectorCombinable, Func):
    template = "array_to_tsvector(array_remove(ARRAY[%(expressions)s]::text[], NULL))"
    output_field = SearchVectorField()


def title_keys(fields: list[str]) -> _TitleKeys:
    keys = []
    for name in fields:
        keys += [
            _TitleKey(F(name)),
            _TitleKey(
                Func(F(name), Value(_PARENTHESIS), Value(""), Value("g"), function="regexp_replace")
            ),
            _TitleKey(Func(F(name), Value(_IN_PARENTHESIS), function="substring")),
        ]
    return _TitleKeys(*keys)


def query_title_key(query: str) -> str | None:
    """The title key of the reader's words (None when they are only small words)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + _KEY_SQL.format("%s"), [query])
        return cursor.fetchone()[0]


class TitleKeyMatch(Func):
    """True where the stored vector holds ``key`` (from ``query_title_key``): the reader typed
    the item's title, name or acronym (see the module docstring). Indexed like any ``@@``."""

    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()
    conditional = True

    def __init__(self, key: str):
        super().__init__(
            F("search_vector"), Func(Value(key), template="(%(expressions)s)::tsquery")
        )


def searchable_vector(weights: tuple[tuple[str, str], ...]):
    """The stored vector: the weighted words and the title keys of the weight-A fields."""
    return weighted_vector(weights) + title_keys(
        [name for name, weight in weights if weight == "A"]
    )


class Searchable(models.Model):
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def refresh_search_vectors(cls, queryset=None) -> None:
        """Recompute stored vectors in one UPDATE (PostgreSQL only; SQLite has no tsvector)."""
        if connection.vendor != "postgresql":
            return
        queryset = cls._default_manager.all() if queryset is None else queryset
        weights = registry.entry(cls).search.weights
        queryset.update(search_vector=searchable_vector(weights))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.refresh_search_vectors(type(self)._default_manager.filter(pk=self.pk))
