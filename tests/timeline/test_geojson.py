"""GeoJSON output of the event list (``?format=geojson``), checked against its OpenAPI schema,
and the place an event carries in the JSON API."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    kor = factories.CountryFactory(iso3="KOR")
    signed = factories.EventFactory(
        slug="signed",
        title="Armistice signed",
        start_date=datetime.date(1953, 7, 27),
        location_name="Panmunjom",
        latitude=Decimal("37.9558"),
        longitude=Decimal("126.6769"),
        location_precision="exact",
    )
    signed.countries.set([kor])
    factories.EventFactory(
        slug="elsewhere", latitude=Decimal("38.8951"), longitude=Decimal("-77.0364")
    )
    factories.EventFactory(slug="nowhere")
    factories.EventFactory(
        slug="hidden", draft=True, latitude=Decimal("1"), longitude=Decimal("1")
    ).countries.set([kor])


def validator(api_client, name: str) -> OAS30Validator:
    schema = api_client.get("/api/v1/schema/?format=json").json()
    resolvable = {**schema["components"]["schemas"][name], "components": schema["components"]}
    return OAS30Validator(resolvable)


def test_geojson_is_a_feature_collection_of_public_events_with_places(api_client, places):
    response = api_client.get("/api/v1/events/?format=geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    assert [feature["id"] for feature in data["features"]] == ["signed", "elsewhere"]
    signed = data["features"][0]
    assert signed["geometry"] == {"type": "Point", "coordinates": [126.6769, 37.9558]}
    assert signed["properties"]["place"] == "Panmunjom"
    assert signed["properties"]["location_precision"] == "exact"
    assert signed["properties"]["url"] == "http://testserver/timeline/signed/"
    assert data["features"][1]["properties"]["location_precision"] is None
    validator(api_client, "EventFeatureCollection").validate(data)


def test_geojson_keeps_the_list_filters(api_client, places):
    data = api_client.get("/api/v1/events/?format=geojson&country=KOR").json()
    assert [feature["id"] for feature in data["features"]] == ["signed"]
    assert data["count"] == 1


def test_geojson_with_a_bad_filter_is_a_400_with_field_messages(api_client, places):
    response = api_client.get("/api/v1/events/?format=geojson&start=nonsense")
    assert response.status_code == 400
    assert "start" in response.json()


def test_schema_documents_the_geojson_response(api_client):
    schema = api_client.get("/api/v1/schema/?format=json").json()
    operation = schema["paths"]["/api/v1/events/"]["get"]
    assert "application/geo+json" in operation["responses"]["200"]["content"]
    fields = schema["components"]["schemas"]["EventList"]["properties"]
    assert "location_precision" in fields


def test_event_json_carries_its_place(api_client, places):
    data = api_client.get("/api/v1/events/signed/").json()
    assert data["location_name"] == "Panmunjom"
    assert (data["latitude"], data["longitude"]) == (37.9558, 126.6769)
    assert data["location_precision"] == "exact"
    validator(api_client, "Event").validate(data)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"latitude": Decimal("91"), "longitude": Decimal("0")}, "latitude"),
        ({"latitude": Decimal("0"), "longitude": Decimal("-181")}, "longitude"),
        ({"location_precision": "city"}, "location_precision"),
    ],
)
def test_bad_places_are_field_errors(fields, field):
    event = factories.EventFactory.build(**fields)
    with pytest.raises(ValidationError) as raised:
        event.full_clean()
    assert field in raised.value.message_dict
