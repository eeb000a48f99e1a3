"""Full-text search support shared by the searchable content types.

Each searchable model names its weighted fields in its registration
(``registry.Search.weights``); the stored ``search_vector`` column is refreshed from them on
every save (and in bulk after bulk writes). The GIN index on it is created by a
PostgreSQL-only migration.

Besides the words, the vector holds one *title key* per way of naming the item: a lexeme made
from the stemmed words of each weight-A field (a title, a name, an acronym), of that field
without its parenthesis ("Korean Demilitarized Zone") and of the parenthesis alone ("DMZ").
A reader's query whose words make the same key names the item exactly, whatever the case,
word order, plurals or small words ("the DMZ", "nato"), and ``title_key_query`` finds it
through the same GIN index; site search ranks such items first."""

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


class _TitleKey(Func):
    """The key of a text: ``k`` and the md5 of its sorted stemmed lexemes, or NULL when it has
    none (only small words). Hex digits need no quoting in a tsvector or a tsquery."""

    template = (
        "('k' || md5(NULLIF(array_to_string(tsvector_to_array("
        f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %(expressions)s)), ' '), '')))"
    )
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


class TitleKeyMatch(Func):
    """True where the stored vector holds the key of ``query``: the reader typed the item's
    title, name or acronym (see the module docstring). Indexed like any ``@@``."""

    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()
    conditional = True

    def __init__(self, query: str):
        key = _TitleKey(Value(query, output_field=TextField()))
        super().__init__(F("search_vector"), Func(key, template="(%(expressions)s)::tsquery"))


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
