"""TimelineJS 3 output of event lists and curated timelines."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_event_list_as_timelinejs_keeps_filters_and_known_date_parts(api_client):
    kor = factories.CountryFactory(iso3="KOR")
    war = factories.EventFactory(
        slug="war",
        title="Korean War",
        summary="Three years of <war>.",
        start_date=datetime.date(1950, 6, 1),
        start_precision="month",
        end_date=datetime.date(1953, 1, 1),
        end_precision="year",
        category="military",
    )
    war.countries.set([kor])
    factories.EventFactory(slug="elsewhere")
    factories.EventFactory(slug="hidden", draft=True).countries.set([kor])

    response = api_client.get("/api/v1/events/?format=timelinejs&country=KOR")
    data = response.json()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert data["title"]["text"]["headline"]
    assert data["events"] == [
        {
            "unique_id": "war",
            "start_date": {"year": "1950", "month": "6"},
            "end_date": {"year": "1953"},
            "display_date": "June 1950 – 1953",
            "text": {"headline": "Korean War", "text": "<p>Three years of &lt;war&gt;.</p>"},
            "group": "Military",
        }
    ]


def test_curated_timeline_as_timelinejs(api_client):
    timeline = factories.TimelineFactory(title="Korean War", introduction="From war to truce.")
    signed = factories.EventFactory(slug="signed", start_date=datetime.date(1953, 7, 27))
    factories.TimelineEntryFactory(timeline=timeline, event=signed, position=1)
    factories.TimelineEntryFactory(
        timeline=timeline, event=factories.EventFactory(scheduled=True), position=2
    )

    data = api_client.get(f"/api/v1/timelines/{timeline.slug}/?format=timelinejs").json()

    assert data["title"]["text"] == {"headline": "Korean War", "text": "<p>From war to truce.</p>"}
    assert [slide["unique_id"] for slide in data["events"]] == ["signed"]
    assert data["events"][0]["start_date"] == {"year": "1953", "month": "7", "day": "27"}
    assert "end_date" not in data["events"][0]
    assert data["events"][0]["group"] == "Treaty"


def test_draft_timeline_is_404_in_timelinejs_too(api_client):
    timeline = factories.TimelineFactory(draft=True)

    response = api_client.get(f"/api/v1/timelines/{timeline.slug}/?format=timelinejs")

    assert response.status_code == 404
    assert "detail" in response.json()


def test_timelinejs_is_offered_only_where_documented(api_client):
    factories.TimelineFactory()

    assert api_client.get("/api/v1/timelines/?format=timelinejs").status_code == 404
    assert api_client.get("/api/v1/articles/?format=timelinejs").status_code == 404
