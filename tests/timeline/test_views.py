"""What readers find on the timeline, event and curated timeline pages."""

import datetime
import re

import pytest

from armistice_site.precision import Precision
from tests import factories
from tests.pages import main_of, page

pytestmark = pytest.mark.django_db


def test_timeline_groups_by_year_and_shows_dates_at_their_precision(client):
    factories.EventFactory(title="War begins", start_date=datetime.date(1950, 6, 25), importance=5)
    factories.EventFactory(
        title="Chinese entry",
        start_date=datetime.date(1950, 10, 1),
        start_precision=Precision.MONTH,
    )
    factories.EventFactory(
        title="Stalemate", start_date=datetime.date(1952, 1, 1), start_precision=Precision.YEAR
    )
    body = main_of(page(client, "/timeline/"))
    assert '<h2 class="timeline__heading" id="year-1950">1950</h2>' in body
    assert '<h2 class="timeline__heading" id="year-1952">1952</h2>' in body
    assert ">25 June 1950</time>" in body
    assert ">October 1950</time>" in body
    assert ">1952</time>" in body
    assert body.index("War begins") < body.index("Chinese entry") < body.index("Stalemate")


def test_timeline_filters_by_years_country_alliance_and_category(client):
    korea = factories.CountryFactory(slug="korea")
    pact = factories.AllianceFactory(slug="pact")
    early = factories.EventFactory(
        title="Early battle", start_date=datetime.date(1950, 7, 1), category="military"
    )
    early.countries.add(korea)
    late = factories.EventFactory(
        title="Late treaty", start_date=datetime.date(1953, 10, 1), category="treaty"
    )
    late.alliances.add(pact)
    long_one = factories.EventFactory(
        title="Long negotiation",
        start_date=datetime.date(1951, 7, 10),
        end_date=datetime.date(1953, 7, 27),
        category="diplomatic",
    )

    def titles(query: str) -> set[str]:
        body = main_of(page(client, "/timeline/" + query))
        return set(re.findall(r'class="event__title"><a href="[^"]+">([^<]+)</a>', body))

    assert titles("?country=korea") == {"Early battle"}
    assert titles("?alliance=pact") == {"Late treaty"}
    assert titles("?category=diplomatic") == {long_one.title}
    assert titles("?start=1952&end=1952") == {"Long negotiation"}
    assert titles("?start=1953") == {"Late treaty", "Long negotiation"}
    assert titles("?end=1950") == {"Early battle"}


def test_event_page_links_everything_it_relates_to(client):
    korea = factories.CountryFactory(name="North Korea")
    alliance = factories.AllianceFactory(name="Sino-Korean treaty")
    article = factories.ArticleFactory(title="The war explained")
    source = factories.SourceFactory(title="Diplomatic cable")
    event = factories.EventFactory(
        title="Armistice signed",
        start_date=datetime.date(1953, 7, 27),
        location_name="Panmunjom",
        body="## What happened\n\nSigned at 10:00.",
    )
    event.countries.add(korea)
    event.alliances.add(alliance)
    event.articles.add(article)
    event.sources.add(source)
    timeline = factories.TimelineFactory(title="Korean War")
    factories.TimelineEntryFactory(timeline=timeline, event=event)
    body = main_of(page(client, event.get_absolute_url()))
    assert "27 July 1953" in body and "Panmunjom" in body
    for item in (korea, alliance, article, timeline):
        assert f'href="{item.get_absolute_url()}"' in body
    assert "<cite>Diplomatic cable</cite>" in body


def test_curated_timeline_lists_its_public_events_in_order(client):
    timeline = factories.TimelineFactory(title="Road to the armistice", introduction="Intro.")
    second = factories.EventFactory(title="Second step")
    first = factories.EventFactory(title="First step")
    factories.TimelineEntryFactory(timeline=timeline, event=second, position=2)
    factories.TimelineEntryFactory(timeline=timeline, event=first, position=1)
    body = main_of(page(client, timeline.get_absolute_url()))
    assert "<h1>Road to the armistice</h1>" in body
    assert body.index("First step") < body.index("Second step")
