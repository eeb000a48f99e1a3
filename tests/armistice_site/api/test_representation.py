"""``PlannedRepresentationMixin`` answers as DRF's ``Serializer.to_representation`` in the
cases the demo content never reaches (test_fast_paths.py compares every real list and item):
methods and properties as sources, a missing attribute with a default, one a field may skip,
one that is an error, a missing related row, a mapping, and links under ``?format=``."""

import pytest
from django.core.exceptions import ObjectDoesNotExist
from django.test import RequestFactory
from rest_framework import serializers
from rest_framework.request import Request

from armistice_site.api.representation import PlannedRepresentationMixin
from articles.models import Tag


class Thing:
    def __init__(self, **values):
        self.__dict__.update(values)

    def shout(self):
        return self.name.upper()

    @property
    def missing_row(self):
        raise ObjectDoesNotExist("no such row")


class ThingSerializer(serializers.Serializer):
    name = serializers.CharField()
    shout = serializers.CharField()
    missing_row = serializers.CharField(allow_null=True)
    size = serializers.IntegerField(default=7)
    note = serializers.CharField(required=False)
    parent = serializers.CharField(source="parent.name", allow_null=True)


class PlannedThingSerializer(PlannedRepresentationMixin, ThingSerializer):
    pass


THINGS = [
    Thing(name="Panmunjom", size=3, note="a village", parent=Thing(name="Korea")),
    Thing(name="DMZ", parent=None),
    {"name": "a mapping", "shout": "LOUD", "missing_row": None, "parent": None},
]


@pytest.mark.parametrize("thing", THINGS)
def test_attributes_as_drf_reads_them(thing):
    planned = PlannedThingSerializer(thing).data
    assert planned == ThingSerializer(thing).data
    assert list(planned) == list(ThingSerializer(thing).data)


def test_a_missing_required_attribute_is_the_same_error():
    thing = Thing(parent=None)
    with pytest.raises(AttributeError) as drf:
        ThingSerializer(thing).data  # noqa: B018
    with pytest.raises(AttributeError) as planned:
        PlannedThingSerializer(thing).data  # noqa: B018
    assert str(planned.value) == str(drf.value).replace(
        "`ThingSerializer", "`PlannedThingSerializer"
    )


class TagLinks(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:tag-detail", lookup_field="slug")

    class Meta:
        model = Tag
        fields = ["slug", "name", "api_url"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?format=json", "?page=2"])
def test_links_as_drf_makes_them(query):
    from armistice_site.api.serializers import ApiUrlField

    class Planned(PlannedRepresentationMixin, TagLinks):
        api_url = ApiUrlField(view_name="api:tag-detail", lookup_field="slug")

    tags = [Tag(pk=1, slug="truce", name="Truce"), Tag(slug="unsaved", name="Unsaved")]
    request = Request(RequestFactory().get(f"/api/v1/tags/{query}"))
    drf = TagLinks(tags, many=True, context={"request": request}).data
    planned = Planned(tags, many=True, context={"request": request}).data
    assert planned == drf
    kept = query if "format" in query else ""  # DRF keeps ?format= in its links
    assert planned[0]["api_url"] == f"http://testserver/api/v1/tags/truce/{kept}"
    assert planned[1]["api_url"] is None
