"""What readers find on the home page."""

import datetime

import pytest
import time_machine

from tests import factories
from tests.pages import TODAY, main_of, page

pytestmark = pytest.mark.django_db


def test_home_shows_featured_latest_on_this_day_and_teasers(client):
    with time_machine.travel(TODAY, tick=False):
        featured = factories.ArticleFactory(title="Featured long read", featured=True)
        latest = factories.ArticleFactory(title="Latest short piece")
        anniversary = factories.EventFactory(
            title="Armistice signed", start_date=datetime.date(1953, 7, 27), importance=5
        )
        factories.EventFactory(title="Other day", start_date=datetime.date(1950, 6, 25))
        timeline = factories.TimelineFactory(title="The Korean War")
        alliance = factories.AllianceFactory(name="Mutual Defense Treaty")
        html = page(client, "/")
    body = main_of(html)
    assert "<title>Armistice: armistices, treaties and alliances</title>" in html
    assert body.index("Featured long read") < body.index("Latest short piece")
    assert "On this day" in body
    on_this_day = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert anniversary.title in on_this_day and "Other day" not in on_this_day
    for item in (featured, latest, timeline, alliance):
        assert f'href="{item.get_absolute_url()}"' in body


def test_home_shows_nearest_anniversaries_when_none_fall_today(client):
    with time_machine.travel(TODAY, tick=False):
        factories.EventFactory(title="Early August", start_date=datetime.date(1950, 8, 2))
        factories.EventFactory(title="Late July", start_date=datetime.date(1951, 7, 20))
        factories.EventFactory(title="New Year", start_date=datetime.date(1952, 1, 1))
        factories.EventFactory(
            title="Only a year", start_date=datetime.date(1953, 1, 1), start_precision="year"
        )
        body = main_of(page(client, "/"))
    section = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert "Around this time of year" in section
    assert section.index("Early August") < section.index("Late July") < section.index("New Year")
    assert "Only a year" not in section


def test_home_wraps_around_new_year_for_nearest_anniversaries(client):
    with time_machine.travel(datetime.datetime(2026, 12, 30, tzinfo=datetime.UTC), tick=False):
        factories.EventFactory(title="January second", start_date=datetime.date(1950, 1, 2))
        factories.EventFactory(title="June event", start_date=datetime.date(1950, 6, 25))
        body = main_of(page(client, "/"))
    section = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert section.index("January second") < section.index("June event")
