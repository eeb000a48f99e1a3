"""The glossary A–Z and a page per term."""

from itertools import groupby

from django.db.models import Prefetch, QuerySet
from django.views.generic import DetailView, ListView

from editorial.preview import PreviewMixin
from glossary.models import GlossaryTerm


class GlossaryView(ListView):
    """Every public term, filed under its initial letter, with a letter index to jump by."""

    template_name = "glossary/glossary.html"

    def get_queryset(self) -> QuerySet:
        return GlossaryTerm.objects.public().for_list()

    def get_context_data(self, **kwargs):
        letters = [
            (letter, list(terms))
            for letter, terms in groupby(self.object_list, key=lambda term: term.initial)
        ]
        return super().get_context_data(letters=letters, **kwargs)


class TermDetailView(PreviewMixin, DetailView):
    template_name = "glossary/term_detail.html"
    context_object_name = "term"

    def get_base_queryset(self) -> QuerySet:
        return GlossaryTerm.objects.prefetch_related(
            Prefetch("related", queryset=GlossaryTerm.objects.public().for_list())
        )

    def get_context_data(self, **kwargs):
        # Articles sit after the glossary in the dependency chain: reached by the relation.
        articles = self.object.articles.public().for_list().order_by("-publish_at", "-pk")
        return super().get_context_data(articles=articles, **kwargs)
