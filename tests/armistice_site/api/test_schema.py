"""The OpenAPI schema is valid, and the API keeps to it under generated requests."""

import datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from armistice_site.publishing import Status
from tests import factories

pytestmark = pytest.mark.django_db

GET_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def in_process_wsgi():
    """Let Schemathesis call the WSGI app inside this test's transaction: like Django's test
    client, keep Django from closing the connection at the start and end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def demo_content():
    """A small world like the demo content: public and hidden items of every kind, linked."""
    kor = factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")
    usa = factories.CountryFactory(name="United States", slug="united-states", iso3="USA")
    article = factories.ArticleFactory(slug="korean-armistice")
    article.tags.set([factories.TagFactory(slug="dmz")])
    article.see_also.set([factories.ArticleFactory(), factories.ArticleFactory(draft=True)])
    alliance = factories.AllianceFactory(slug="us-rok", ended_on=None)
    alliance.articles.set([article])
    alliance.sources.set([factories.SourceFactory()])
    factories.MembershipFactory(alliance=alliance, country=kor)
    factories.MembershipFactory(alliance=alliance, country=usa, left_on=datetime.date(1990, 1, 1))
    factories.AllianceFactory(draft=True)
    timeline = factories.TimelineFactory(slug="korean-war")
    for position, (day, precision) in enumerate(
        [(datetime.date(1950, 6, 25), "day"), (datetime.date(1951, 7, 1), "month")]
    ):
        event = factories.EventFactory(
            start_date=day, start_precision=precision, latitude=37.95, longitude=126.67
        )
        event.countries.set([kor, usa])
        event.alliances.set([alliance])
        event.articles.set([article])
        factories.TimelineEntryFactory(timeline=timeline, event=event, position=position)
    factories.EventFactory(status=Status.DRAFT, publish_at=None)
    factories.TimelineFactory(scheduled=True)


def test_schema_is_valid_openapi_and_documents_every_resource(api_client, unthrottled):
    response = api_client.get("/api/v1/schema/?format=json")
    schema = response.json()

    validate(schema)
    assert {
        "/api/v1/articles/",
        "/api/v1/alliances/{slug}/",
        "/api/v1/countries/{slug}/",
        "/api/v1/events/",
        "/api/v1/timelines/{slug}/",
        "/api/v1/topics/",
        "/api/v1/tags/",
        "/api/v1/sources/",
        "/api/v1/memberships/",
        "/api/v1/search/",
    } <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"]}
    assert {"start", "end", "year", "country", "alliance", "article", "category"} <= parameters
    assert {"min_importance", "search", "ordering", "page", "page_size", "format"} <= parameters


def test_interactive_docs_are_served_without_a_cdn(api_client, unthrottled):
    response = api_client.get("/api/v1/docs/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "swagger-ui" in page
    assert "cdn" not in page.lower()


def test_generated_get_requests_keep_to_the_schema(demo_content, unthrottled, in_process_wsgi):
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", in_process_wsgi)
    operations = [
        result.ok() for result in schema.get_all_operations() if result.ok().method.upper() == "GET"
    ]
    assert len(operations) >= 19

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_schema(case):
            case.call_and_validate(checks=GET_CHECKS)

        keeps_to_schema()
