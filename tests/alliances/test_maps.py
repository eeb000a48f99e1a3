"""The alliance map (members on a date), the country locator map and map references in
article bodies, through the models and the reader pages."""

import datetime
import re

import pytest

from alliances.maps import alliance_map, default_day
from alliances.models import Membership
from tests import factories
from tests.pages import main_of, page

pytestmark = pytest.mark.django_db

D = datetime.date


def member(alliance, slug, iso3, role, joined, left=None):
    country = factories.CountryFactory(name=slug.replace("-", " ").title(), slug=slug, iso3=iso3)
    return factories.MembershipFactory(
        alliance=alliance, country=country, role=role, joined_on=joined, left_on=left
    )


@pytest.fixture
def nato():
    alliance = factories.AllianceFactory(name="North Atlantic Treaty Organization", slug="nato")
    for slug, iso3 in [("united-states", "USA"), ("france", "FRA"), ("norway", "NOR")]:
        member(alliance, slug, iso3, Membership.Role.FOUNDING, D(1949, 4, 4))
    member(alliance, "germany", "DEU", Membership.Role.MEMBER, D(1955, 5, 6))
    member(alliance, "spain", "ESP", Membership.Role.MEMBER, D(1982, 5, 30))
    return alliance


@pytest.fixture
def warsaw_pact():
    alliance = factories.AllianceFactory(
        name="Warsaw Pact", slug="warsaw-pact", signed_on=D(1955, 5, 14), ended_on=D(1991, 7, 1)
    )
    for slug, iso3 in [("soviet-union", "SUN"), ("poland", "POL"), ("czechoslovakia", "CSK")]:
        member(alliance, slug, iso3, Membership.Role.FOUNDING, D(1955, 5, 14), D(1991, 7, 1))
    member(
        alliance, "east-germany", "DDR", Membership.Role.FOUNDING, D(1955, 5, 14), D(1990, 9, 24)
    )
    member(alliance, "albania", "ALB", Membership.Role.FOUNDING, D(1955, 5, 14), D(1968, 9, 13))
    return alliance


def codes(result, key):
    return {o.code for g in result.drawing.groups if g.key == key for o in g.outlines}


def test_nato_in_1955_has_west_germany_as_a_later_member_and_not_spain(nato):
    result = alliance_map(list(nato.memberships.all()), D(1955, 6, 1))
    assert codes(result, "founder") == {"USA", "FRA", "NOR"}
    assert codes(result, "later") == {"DEU_FRG"}  # West Germany only, before reunification
    assert "ESP" not in codes(result, "later")
    today = alliance_map(list(nato.memberships.all()), D(2000, 1, 1))
    assert codes(today, "later") == {"DEU", "ESP"}


def test_warsaw_pact_in_1985_has_east_germany_and_not_albania(warsaw_pact):
    result = alliance_map(list(warsaw_pact.memberships.all()), D(1985, 1, 1))
    assert codes(result, "founder") == {"SUN", "POL", "CSK", "DDR"}
    assert "ALB" not in codes(result, "founder")
    early = alliance_map(list(warsaw_pact.memberships.all()), D(1960, 1, 1))
    assert "ALB" in codes(early, "founder")


def test_a_member_without_an_outline_is_listed_not_drawn(nato):
    member(nato, "atlantis", "XQZ", Membership.Role.MEMBER, D(1950, 1, 1))
    result = alliance_map(list(nato.memberships.all()), D(1955, 6, 1))
    assert [country.slug for country in result.missing] == ["atlantis"]
    assert len(result.members) == 5


def test_the_default_day_is_today_or_the_last_day_of_an_ended_alliance(nato, warsaw_pact):
    assert default_day(nato, D(2026, 1, 1)) == D(2026, 1, 1)
    assert default_day(warsaw_pact, D(2026, 1, 1)) == D(1991, 6, 30)


def test_alliance_page_shows_the_members_on_the_chosen_date(client, nato):
    html = main_of(page(client, "/alliances/nato/?on=1955-06-01"))
    assert "Map of members on 1 June 1955" in html
    members = re.findall(r'data-member="([^"]+)"', html)
    assert members == ["france", "norway", "united-states", "germany"]
    assert 'data-code="DEU_FRG"' in html and 'data-code="ESP"' not in html
    svg = html.split("<svg", 2)[1]
    assert 'role="img"' in svg and 'aria-describedby="map-members-table"' in svg
    assert 'id="map-members-table"' in html
    assert '<title id="members-map-title">' in html and "<desc" in svg
    # The key names only what is drawn, with the same counts.
    assert "Founding member (3)" in html and "Joined later (1)" in html
    assert "inner German border" in html  # the method is stated under the map
    assert 'name="on"' in html and 'method="get"' in html


def test_an_ended_alliance_shows_its_last_members_by_default(client, warsaw_pact):
    html = main_of(page(client, "/alliances/warsaw-pact/"))
    assert "Map of members on 30 June 1991" in html
    assert set(re.findall(r'data-member="([^"]+)"', html)) == {
        "soviet-union",
        "poland",
        "czechoslovakia",
    }
    assert "Joined later" not in html  # no later members drawn, so none in the key


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("garbage", "Enter a valid date."),
        ("1955-13-01", "Enter a valid date."),
        ("0001-01-01", "Choose a date between 1800 and 2100."),
        ("%3Cscript%3E", "Enter a valid date."),
    ],
)
def test_a_bad_date_gives_a_normal_page_with_a_field_message(client, nato, value, message):
    response = client.get(f"/alliances/nato/?on={value}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were ignored" in html and message in html
    assert "<script>" not in html
    assert "Map of members on" in html


def test_a_day_with_no_members_says_so(client, nato):
    html = main_of(page(client, "/alliances/nato/?on=1900-01-01"))
    assert "No members on 1 January 1900." in html


def test_country_page_has_a_locator_map(client):
    factories.CountryFactory(
        name="East Germany", slug="east-germany", iso3="DDR", dissolved_year=1990
    )
    html = main_of(page(client, "/countries/east-germany/"))
    assert 'data-map="locator-map"' in html and 'data-code="DDR"' in html
    assert "inner German border" in html
    factories.CountryFactory(name="Atlantis", slug="atlantis", iso3="XQZ")
    assert "locator-map" not in main_of(page(client, "/countries/atlantis/"))


def test_map_reference_in_an_article_body_renders_a_figure(client):
    article = factories.ArticleFactory(
        slug="dmz", body="## The zone\n\nText.\n\n[[map:korean-peninsula]]\n\nMore text."
    )
    html = main_of(page(client, article.get_absolute_url()))
    figure = html.split('<figure class="map map__figure map__figure--korea">', 1)[1]
    assert "<figcaption>" in figure and "approximate" in figure
    for place in ("Seoul", "Pyongyang", "Kaesong", "Panmunjom", "38th parallel"):
        assert place in figure
    assert 'data-feature="dmz"' in figure and 'data-feature="mdl"' in figure
    assert "Armistice Agreement" in figure  # sources named


def test_unknown_map_reference_is_shown_as_text():
    article = factories.ArticleFactory(body="## A\n\n[[map:atlantis]]")
    assert "[[map:atlantis]]" in article.body_html
    assert "<figure" not in article.body_html


def test_alliance_map_reference_draws_members_on_the_date_given(client, nato):
    article = factories.ArticleFactory(
        body="## Members\n\n[[alliance-map:nato-1955-06-01]]\n\nAnd today:\n\n[[alliance-map:nato]]"
    )
    html = main_of(page(client, article.get_absolute_url()))
    dated = html.split('data-map="alliance-map-nato-1955-06-01"', 1)[1].split("</figure>", 1)[0]
    assert 'data-code="DEU_FRG"' in dated and 'data-code="ESP"' not in dated
    assert "on 1 June 1955" in dated and "Germany, " not in dated.split("</svg>")[0]
    assert 'href="/alliances/nato/?on=1955-06-01"' in dated
    assert 'data-map="alliance-map-nato"' in html
    assert " alliance-map:nato " in article.body_references


def test_alliance_map_reference_follows_the_alliance(nato):
    from alliances import services as alliance_services

    nato.sources.add(factories.SourceFactory())
    article = factories.ArticleFactory(body="## A\n\n[[alliance-map:nato-1990-01-01]]")
    assert 'data-code="ESP"' in article.body_html
    alliance_services.alliance_update(alliance=nato, user=None, fields={"name": "The Alliance"})
    article.refresh_from_db()
    assert "The Alliance</a> on 1 January 1990" in article.body_html


def test_a_draft_alliance_is_never_drawn_by_reference():
    factories.AllianceFactory(slug="secret-pact", draft=True)
    article = factories.ArticleFactory(body="## B\n\n[[alliance-map:secret-pact]]")
    assert "[[alliance-map:secret-pact]]" in article.body_html
    assert "<figure" not in article.body_html
