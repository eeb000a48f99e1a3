"""A person's page: who they are, what they wrote and what they reviewed."""

from django.views.generic import DetailView

from people.models import Person


class PersonDetailView(DetailView):
    model = Person
    template_name = "people/person_detail.html"
    context_object_name = "person"

    def get_context_data(self, **kwargs):
        person = self.object
        # Articles sit after people in the dependency chain: reached through the relations.
        written = person.articles.public().for_list().order_by("-publish_at", "-pk")
        reviewed = person.reviewed_articles.public().for_list().order_by("-publish_at", "-pk")
        return super().get_context_data(written=written, reviewed=reviewed, **kwargs)
