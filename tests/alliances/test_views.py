"""What readers find on the alliance and country pages."""

import datetime
import re

import pytest

from alliances.models import Membership
from tests import factories
from tests.pages import main_of, page

pytestmark = pytest.mark.django_db


def test_alliance_page_has_dates_obligations_members_and_chart(client):
    alliance = factories.AllianceFactory(
        name="Mutual Defense Treaty",
        short_name="MDT",
        signed_on=datetime.date(1953, 10, 1),
        in_force_on=datetime.date(1954, 11, 17),
        defense=True,
        consultation=True,
        body="## Text\n\nArticle III.",
    )
    korea = factories.CountryFactory(name="South Korea")
    usa = factories.CountryFactory(name="United States")
    factories.MembershipFactory(alliance=alliance, country=korea)
    factories.MembershipFactory(
        alliance=alliance,
        country=usa,
        role=Membership.Role.MEMBER,
        joined_on=datetime.date(1954, 11, 17),
        left_on=datetime.date(1990, 1, 1),
    )
    article = factories.ArticleFactory(title="Why the treaty matters")
    alliance.articles.add(article)
    event = factories.EventFactory(title="Treaty signed in Washington")
    event.alliances.add(alliance)

    body = main_of(page(client, alliance.get_absolute_url()))
    assert "1 October 1953" in body and "17 November 1954" in body
    assert "Defence, Consultation" in body
    assert "Still in force" in body
    assert '<svg class="chart__svg" font-size="15"' in body
    assert '<title id="members-chart-title">Membership of Mutual Defense Treaty' in body
    assert "South Korea: 1953–present (Founding member)." in body
    assert "United States: 1954–1990 (Member)." in body
    svg, key = body.split('<svg class="chart__svg"')[1].split("</svg>", 1)
    assert svg.count('<rect class="chart__bar') == 2
    # The key shows both kinds of bar drawn: one still running, one ended.
    assert "Still running</li>" in key and "Ended</li>" in key
    assert 'style="' not in body
    assert f'href="{korea.get_absolute_url()}"' in body
    assert "<td>Founding member</td>" in body
    assert "1 Jan 1990" in body
    assert "Why the treaty matters" in body and "Treaty signed in Washington" in body


def test_alliance_list_filters(client):
    nato = factories.AllianceFactory(
        name="North Atlantic Treaty", kind="alliance", signed_on=datetime.date(1949, 4, 4)
    )
    seato = factories.AllianceFactory(
        name="Manila Pact",
        kind="alliance",
        defense=False,
        signed_on=datetime.date(1954, 9, 8),
        ended_on=datetime.date(1977, 6, 30),
    )
    factories.AllianceFactory(name="Armistice Agreement", kind="armistice")
    france = factories.CountryFactory(name="France", slug="france")
    factories.MembershipFactory(alliance=nato, country=france, joined_on=nato.signed_on)
    factories.MembershipFactory(alliance=seato, country=france, joined_on=seato.signed_on)

    def names(query: str) -> set[str]:
        body = main_of(page(client, "/alliances/" + query))
        return set(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', body))

    assert names("?kind=alliance") == {"North Atlantic Treaty", "Manila Pact"}
    assert names("?obligation=defense") == {"North Atlantic Treaty", "Armistice Agreement"}
    assert names("?member=france") == {"North Atlantic Treaty", "Manila Pact"}
    assert names("?year=1980") == {"North Atlantic Treaty", "Armistice Agreement"}
    assert names("?year=1950") == {"North Atlantic Treaty"}
    assert names("?member=france&year=1960") == {"North Atlantic Treaty", "Manila Pact"}


def test_country_page_shows_alliances_over_time_and_events(client):
    korea = factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")
    alliance = factories.AllianceFactory(name="Mutual Defense Treaty", short_name="MDT")
    factories.MembershipFactory(alliance=alliance, country=korea)
    event = factories.EventFactory(title="Armistice signed")
    event.countries.add(korea)
    body = main_of(page(client, korea.get_absolute_url()))
    assert "<h1>South Korea</h1>" in body
    assert "KOR" in body
    assert "MDT: 1953–present" in body
    assert f'href="{alliance.get_absolute_url()}"' in body
    assert "Armistice signed" in body
    assert 'href="/timeline/?country=south-korea"' in body
