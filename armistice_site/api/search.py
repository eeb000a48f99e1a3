"""``/api/v1/search/?q=``: the website's one search over the searchable content types."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from armistice_site.api.conditional import ConditionalGetMixin
from armistice_site.api.fields import SparseFieldsMixin
from armistice_site.site_search import Hit, SearchResults, kind_named, kinds, run_search


class SearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(
        max_length=1000,
        help_text="Words to look for; quotes for a phrase, -word to exclude. Punctuation "
        "alone finds nothing.",
    )


class SearchHitSerializer(SparseFieldsMixin, serializers.Serializer):
    type = serializers.ChoiceField(choices=[kind.name for kind in kinds()], read_only=True)
    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)
    snippet = serializers.CharField(
        read_only=True,
        help_text="HTML: escaped plain text (no Markdown) cut at word boundaries, with … "
        "where the text goes on and the matches in <mark>.",
    )
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    rank = serializers.FloatField(
        read_only=True,
        help_text="Higher is a better match. Above 1 when the query is the item's title, name "
        "or acronym (those come first).",
    )

    def get_url(self, hit: Hit) -> str:
        return self.context["request"].build_absolute_uri(hit.url)

    def get_api_url(self, hit: Hit) -> str:
        return self.context["request"].build_absolute_uri(kind_named(hit.type).api_url(hit.slug))


@extend_schema(parameters=[SearchQuerySerializer])
class SearchView(ConditionalGetMixin, generics.ListAPIView):
    """Public articles, alliances and events matching ``q``, best first, with highlighted
    snippets: the same search, ranking and visibility as the website's ``/search/``."""

    serializer_class = SearchHitSerializer
    permission_classes = [AllowAny]
    filter_backends = []

    def get_queryset(self) -> SearchResults:
        query = SearchQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return run_search(query.validated_data["q"])
