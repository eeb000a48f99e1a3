from django.views.generic import DetailView, ListView

from timeline.models import Event, Timeline


class EventListView(ListView):
    paginate_by = 100

    def get_queryset(self):
        return Event.objects.public()


class EventDetailView(DetailView):
    def get_queryset(self):
        return Event.objects.public()


class TimelineDetailView(DetailView):
    def get_queryset(self):
        return Timeline.objects.public()
