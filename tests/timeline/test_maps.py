"""Events on maps: one event's place on its page, a curated timeline's places on its page."""

import datetime
from decimal import Decimal

import pytest

from tests import factories
from tests.pages import main_of, page
from timeline.maps import places_map

pytestmark = pytest.mark.django_db


def place(name: str, latitude: str, longitude: str, precision: str) -> dict:
    return {
        "location_name": name,
        "latitude": Decimal(latitude),
        "longitude": Decimal(longitude),
        "location_precision": precision,
    }


PANMUNJOM = place("Panmunjom", "37.9558", "126.6769", "exact")
SEOUL = place("Seoul", "37.5665", "126.978", "city")
WASHINGTON = place("Washington, D.C.", "38.8951", "-77.0364", "city")
YALU = place("Yalu River", "40.1006", "124.3984", "region")


def test_events_at_one_place_share_a_numbered_point():
    events = [
        factories.EventFactory.build(slug="a", **PANMUNJOM),
        factories.EventFactory.build(slug="b", **SEOUL),
        factories.EventFactory.build(slug="c", **PANMUNJOM),
        factories.EventFactory.build(slug="d"),  # no place: not on the map
    ]
    result = places_map(events)
    assert [(p.number, p.name, [e.slug for e in p.events]) for p in result.places] == [
        (1, "Panmunjom", ["a", "c"]),
        (2, "Seoul", ["b"]),
    ]
    assert "1:50 million" in result.scale_note  # all in Korea: the finer layer
    x0, y0, x1, y1 = result.drawing.box
    for place in result.places:
        assert x0 < place.marker.x < x1 and y0 < place.marker.y < y1


def test_places_far_apart_use_the_world_layer_and_frame_them_all():
    events = [
        factories.EventFactory.build(slug="a", **PANMUNJOM),
        factories.EventFactory.build(slug="b", **WASHINGTON),
    ]
    result = places_map(events)
    assert "1:110 million" in result.scale_note
    x0, _, x1, _ = result.drawing.box
    assert all(x0 < place.marker.x < x1 for place in result.places)
    assert places_map([factories.EventFactory.build()]) is None


def test_loose_places_are_marked_as_such():
    result = places_map([factories.EventFactory.build(**YALU)])
    assert result.places[0].loose and result.precisions == {"loose"}


def test_event_page_shows_its_place_on_a_map(client):
    event = factories.EventFactory(slug="signed", title="Armistice signed", **PANMUNJOM)
    html = main_of(page(client, event.get_absolute_url()))
    svg = (
        html.split('data-map="event-map"', 1)[0].rsplit("<svg", 1)[1]
        + html.split('data-map="event-map"', 1)[1].split("</svg>", 1)[0]
    )
    assert 'role="img"' in svg and 'aria-describedby="event-map-list"' in svg
    assert 'data-place="Panmunjom"' in svg
    assert '<ol class="map__places" id="event-map-list">' in html
    assert "(exact spot)" in html
    assert "Place known to the spot or the city" in html
    assert "region or country" not in html  # the key lists only what is drawn
    nowhere = factories.EventFactory(slug="nowhere")
    assert "event-map" not in main_of(page(client, nowhere.get_absolute_url()))


def test_curated_timeline_page_maps_its_public_events(client):
    timeline = factories.TimelineFactory(title="Korean War")
    for position, (slug, place, draft) in enumerate(
        [("talks", PANMUNJOM, False), ("landing", SEOUL, False), ("secret", YALU, True)]
    ):
        event = factories.EventFactory(
            slug=slug,
            title=slug.title(),
            draft=draft,
            start_date=datetime.date(1951, 1, 1),
            **place,
        )
        factories.TimelineEntryFactory(timeline=timeline, event=event, position=position)
    html = main_of(page(client, timeline.get_absolute_url()))
    assert 'data-map="timeline-map"' in html
    assert 'data-place="Panmunjom"' in html and 'data-place="Seoul"' in html
    assert "Yalu" not in html and "Secret" not in html  # a draft event is not shown
    assert '<a href="/timeline/talks/">Talks</a>' in html
