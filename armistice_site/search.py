"""Full-text search support shared by the searchable content types.

Each searchable model names its weighted fields in its registration
(``registry.Search.weights``); the stored ``search_vector`` column is refreshed from them on
every save (and in bulk after bulk writes). The GIN index on it is created by a
PostgreSQL-only migration."""

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, models

from armistice_site import registry

SEARCH_CONFIG = "english"


def weighted_vector(weights: tuple[tuple[str, str], ...]) -> SearchVector:
    vectors = [SearchVector(name, weight=weight, config=SEARCH_CONFIG) for name, weight in weights]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


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
        queryset.update(search_vector=weighted_vector(weights))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.refresh_search_vectors(type(self)._default_manager.filter(pk=self.pk))
