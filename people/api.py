"""API v1 for people: authors and reviewers."""

from django.db.models import QuerySet

from armistice_site.api.serializers import (
    NestedSerializer,
    ReadSerializer,
    WebUrlField,
    WriteSerializer,
    api_url,
)
from editorial.api import WritableViewSet
from editorial.services import Move, Route
from people import services
from people.models import Person


class PersonSummarySerializer(NestedSerializer):
    url = WebUrlField()
    api_url = api_url("person-detail")

    class Meta:
        model = Person
        fields = ["slug", "name", "url", "api_url"]


class PersonSerializer(ReadSerializer):
    url = WebUrlField()
    api_url = api_url("person-detail")

    class Meta:
        model = Person
        fields = ["slug", "name", "role_title", "affiliation", "bio", "web_page", "url", "api_url"]


class PersonWriteSerializer(WriteSerializer):
    class Meta:
        model = Person
        fields = ["slug", "name", "role_title", "affiliation", "bio", "web_page"]


class PersonViewSet(WritableViewSet):
    """Authors and reviewers; each person's articles: ``/api/v1/articles/?author=<slug>``."""

    serializer_class = PersonSerializer
    write_serializer_class = PersonWriteSerializer
    search_fields = ["name", "role_title", "affiliation"]
    ordering_fields = ["name", "slug"]
    ordering = ["name"]

    def get_base_queryset(self) -> QuerySet:
        return Person.objects.all()

    def save_object(self, instance: Person | None, data: dict, move: Move | None) -> Person:
        user = self.request.user
        if instance is None:
            return services.person_create(user=user, fields=data, route=Route.API)
        return services.person_update(person=instance, user=user, fields=data, route=Route.API)

    def delete_object(self, instance: Person) -> None:
        services.person_delete(person=instance, user=self.request.user, route=Route.API)
