"""Event and Timeline rules: the editor's message from validation and the database refusing
the same bad data when validation is bypassed."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from armistice_site.precision import Precision
from tests import factories
from timeline.models import Event, Timeline, TimelineEntry

pytestmark = pytest.mark.django_db

D = datetime.date


def validation_messages(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def refused_by_database(queryset, **changes) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**changes)


def test_event_and_timeline_slugs_are_unique():
    factories.EventFactory(slug="armistice-signed")
    event = factories.EventFactory()
    duplicate = factories.EventFactory.build(slug="armistice-signed")
    assert "Event with this Slug already exists." in validation_messages(duplicate)["slug"]
    refused_by_database(Event.objects.filter(pk=event.pk), slug="armistice-signed")
    factories.TimelineFactory(slug="korean-war")
    timeline = factories.TimelineFactory()
    refused_by_database(Timeline.objects.filter(pk=timeline.pk), slug="korean-war")


def test_an_event_cannot_end_before_it_starts():
    event = factories.EventFactory(start_date=D(1950, 6, 25))
    event.end_date = D(1950, 6, 24)
    assert validation_messages(event)["end_date"] == ["An event cannot end before it starts."]
    refused_by_database(Event.objects.filter(pk=event.pk), end_date=D(1949, 1, 1))


@pytest.mark.parametrize("importance", [0, 6])
def test_importance_runs_from_one_to_five(importance):
    event = factories.EventFactory()
    event.importance = importance
    [message] = validation_messages(event)["importance"]
    assert message.startswith("Ensure this value is")
    refused_by_database(Event.objects.filter(pk=event.pk), importance=importance)


def test_importance_bounds_are_accepted():
    assert factories.EventFactory(importance=1).importance == 1
    assert factories.EventFactory(importance=5).importance == 5


def test_a_year_precision_date_is_stored_as_the_first_of_january():
    event = factories.EventFactory(start_date=D(1953, 7, 27), start_precision=Precision.YEAR)
    event.refresh_from_db()
    assert event.start_date == D(1953, 1, 1)
    assert event.display_start == "1953"
    refused_by_database(Event.objects.filter(pk=event.pk), start_date=D(1953, 7, 27))


def test_a_month_precision_date_is_stored_as_the_first_of_the_month():
    event = factories.EventFactory(
        start_date=D(1951, 7, 10),
        start_precision=Precision.MONTH,
        end_date=D(1953, 7, 27),
        end_precision=Precision.MONTH,
    )
    event.refresh_from_db()
    assert (event.start_date, event.end_date) == (D(1951, 7, 1), D(1953, 7, 1))
    assert event.display_date == "July 1951 – July 1953"
    refused_by_database(Event.objects.filter(pk=event.pk), end_date=D(1953, 7, 27))


def test_validation_normalises_a_partly_known_date_before_checking_the_order():
    event = factories.EventFactory.build(
        start_date=D(1953, 7, 27),
        start_precision=Precision.YEAR,
        end_date=D(1953, 3, 5),
        end_precision=Precision.DAY,
    )
    event.full_clean()
    assert event.start_date == D(1953, 1, 1)


def test_coordinates_come_as_a_pair_within_range():
    event = factories.EventFactory.build(latitude=Decimal("37.95611"), longitude=None)
    assert validation_messages(event)["longitude"] == [
        "Give both latitude and longitude, or neither."
    ]
    saved = factories.EventFactory()
    refused_by_database(Event.objects.filter(pk=saved.pk), latitude=91, longitude=0)


def test_event_search_vector_is_filled_on_save():
    event = factories.EventFactory(title="Armistice signed", location_name="Panmunjom")
    event.refresh_from_db()
    assert event.search_vector
    assert Event.objects.filter(search_vector=SearchQuery("panmunjom")).get() == event


def test_an_event_appears_in_a_timeline_only_once():
    entry = factories.TimelineEntryFactory()
    duplicate = TimelineEntry(timeline=entry.timeline, event=entry.event, position=9)
    assert validation_messages(duplicate)["__all__"] == ["This event is already in the timeline."]
    with pytest.raises(IntegrityError), transaction.atomic():
        TimelineEntry.objects.create(timeline=entry.timeline, event=entry.event, position=9)


def test_timeline_entries_follow_their_position():
    timeline = factories.TimelineFactory()
    late = factories.TimelineEntryFactory(timeline=timeline, position=2)
    early = factories.TimelineEntryFactory(timeline=timeline, position=1)
    assert list(timeline.entries.all()) == [early, late]
