from django.views.generic import DetailView, ListView

from alliances.models import Alliance, Country


class AllianceListView(ListView):
    paginate_by = 50

    def get_queryset(self):
        return Alliance.objects.public()


class AllianceDetailView(DetailView):
    def get_queryset(self):
        return Alliance.objects.public()


class CountryDetailView(DetailView):
    model = Country
