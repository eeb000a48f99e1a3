"""Maps in a real browser: the right members for two dates, a date form that works without
JavaScript, a text alternative, no serious axe findings, and no sideways overflow at 360 px."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from alliances.models import Membership
from tests import factories
from tests.browser.conftest import serious_axe_violations

pytestmark = pytest.mark.browser

D = datetime.date


@pytest.fixture
def maps_world(transactional_db):
    def add(alliance, slug, iso3, role, joined, left=None):
        country = factories.CountryFactory(
            name=slug.replace("-", " ").title(), slug=slug, iso3=iso3
        )
        factories.MembershipFactory(
            alliance=alliance, country=country, role=role, joined_on=joined, left_on=left
        )

    nato = factories.AllianceFactory(name="North Atlantic Treaty Organization", slug="nato")
    for slug, iso3 in [("united-states", "USA"), ("france", "FRA"), ("norway", "NOR")]:
        add(nato, slug, iso3, Membership.Role.FOUNDING, D(1949, 4, 4))
    add(nato, "germany", "DEU", Membership.Role.MEMBER, D(1955, 5, 6))
    add(nato, "spain", "ESP", Membership.Role.MEMBER, D(1982, 5, 30))
    pact = factories.AllianceFactory(
        name="Warsaw Pact", slug="warsaw-pact", signed_on=D(1955, 5, 14), ended_on=D(1991, 7, 1)
    )
    for slug, iso3, left in [
        ("soviet-union", "SUN", D(1991, 7, 1)),
        ("east-germany", "DDR", D(1990, 9, 24)),
        ("albania", "ALB", D(1968, 9, 13)),
    ]:
        add(pact, slug, iso3, Membership.Role.FOUNDING, D(1955, 5, 14), left)
    article = factories.ArticleFactory(
        slug="dmz", body="## The zone\n\nText.\n\n[[map:korean-peninsula]]\n\nMore."
    )
    timeline = factories.TimelineFactory(title="Korean War", slug="korean-war")
    for position, (slug, name, lat, lon, precision) in enumerate(
        [
            ("talks", "Panmunjom", "37.9558", "126.6769", "exact"),
            ("treaty", "Washington, D.C.", "38.8951", "-77.0364", "city"),
            ("yalu", "Yalu River", "40.1006", "124.3984", "region"),
        ]
    ):
        event = factories.EventFactory(
            slug=slug,
            location_name=name,
            latitude=lat,
            longitude=lon,
            location_precision=precision,
        )
        factories.TimelineEntryFactory(timeline=timeline, event=event, position=position)
    return {"article": article.get_absolute_url(), "timeline": timeline.get_absolute_url()}


def drawn(page) -> set[str]:
    return set(
        page.locator("svg[data-map='members-map'] .map__group path").evaluate_all(
            "paths => paths.map(p => p.dataset.code)"
        )
    )


def test_alliance_maps_show_the_members_of_two_dates(browser, live_server, maps_world):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(live_server.url + "/alliances/nato/")
    page.get_by_label("Members on (YYYY-MM-DD)").fill("1955-06-01")
    page.get_by_role("button", name="Show members").click()
    expect(page).to_have_url(re.compile(r"on=1955-06-01"))
    page.wait_for_load_state()  # the click does not wait for the new page to arrive
    assert drawn(page) == {"USA", "FRA", "NOR", "DEU_FRG"}
    page.goto(live_server.url + "/alliances/nato/?on=1990-01-01")
    assert "ESP" in drawn(page)
    page.goto(live_server.url + "/alliances/warsaw-pact/?on=1985-01-01")
    assert drawn(page) == {"SUN", "DDR"}
    page.goto(live_server.url + "/alliances/warsaw-pact/?on=1960-01-01")
    assert drawn(page) == {"SUN", "DDR", "ALB"}
    # The text alternative: the SVG is an image described by the table of the same members.
    svg = page.locator("svg[data-map='members-map']")
    assert svg.get_attribute("role") == "img"
    table = page.locator(f"#{svg.get_attribute('aria-describedby')}")
    assert table.locator("tbody tr").count() == 3
    assert page.locator("svg[data-map='members-map'] title").text_content()
    context.close()


def test_maps_pass_axe_and_fit_a_phone(page, live_server, maps_world, tmp_path):
    urls = {
        "alliance": "/alliances/nato/?on=1955-06-01",
        "ended-alliance": "/alliances/warsaw-pact/",
        "country": "/countries/east-germany/",
        "korea": maps_world["article"],
        "event": "/timeline/talks/",
        "curated": maps_world["timeline"],
    }
    problems = {}
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        for name, url in urls.items():
            page.goto(live_server.url + url)
            figure = page.locator("figure.map__figure").first
            assert figure.bounding_box()["width"] <= width
            shot = tmp_path / f"map-{name}-{width}.png"
            page.screenshot(path=shot, full_page=True)
            assert shot.stat().st_size > 5_000
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} overflows by {overflow}px at {width}px"
            if width == 1280:
                serious = serious_axe_violations(page)
                if serious:
                    problems[name] = serious
    assert problems == {}


def test_membership_chart_labels_are_readable_at_360_px(page, live_server, maps_world):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(live_server.url + "/alliances/nato/")
    label = page.locator(".chart__label").first
    small = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.map__method')).fontSize)"
    )
    assert label.bounding_box()["height"] >= small * 0.9
    assert page.locator(".chart__hint").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_curated_timeline_map_numbers_each_place_as_its_list_does(page, live_server, maps_world):
    page.goto(live_server.url + maps_world["timeline"])
    points = page.locator("svg[data-map='timeline-map'] .map__point")
    assert points.count() == 3
    listed = page.locator("#timeline-map-list li strong").all_text_contents()
    assert listed == ["Panmunjom", "Washington, D.C.", "Yalu River"]
    assert page.locator("svg[data-map='timeline-map'] .map__point--loose").count() == 1
    for point in points.all():
        box = point.bounding_box()
        assert box and box["width"] > 0
