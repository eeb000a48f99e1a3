"""The timeline's alliance filter: a menu of the public alliances while they are few, a name
box when there are too many to list (armistice_site/named_choice.py)."""

import datetime
import re

import pytest

from armistice_site import named_choice
from tests import factories
from tests.pages import main_of, page

pytestmark = pytest.mark.django_db


@pytest.fixture
def pacts():
    """Three public alliances, one draft, and an event for each public one."""
    made = {
        "warsaw": factories.AllianceFactory(
            name="Warsaw Pact", short_name="WP", slug="warsaw-pact"
        ),
        "seato": factories.AllianceFactory(
            name="Southeast Asia Treaty Organization", short_name="SEATO", slug="seato"
        ),
        "cento": factories.AllianceFactory(
            name="Central Treaty Organization", short_name="CENTO", slug="cento"
        ),
    }
    factories.AllianceFactory(name="Secret Pact", slug="secret-pact", draft=True)
    for number, alliance in enumerate(made.values()):
        event = factories.EventFactory(
            title=f"{alliance.short_name} founded", start_date=datetime.date(1955, 1, 1 + number)
        )
        event.alliances.add(alliance)
    return made


def titles(client, query: str) -> set[str]:
    body = main_of(page(client, "/timeline/" + query))
    return set(re.findall(r'class="event__title"><a href="[^"]+">([^<]+)</a>', body))


def form_of(client, query: str = "") -> str:
    return (
        page(client, "/timeline/" + query).split('<form class="filters"', 1)[1].split("</form>")[0]
    )


def test_a_few_alliances_are_a_menu_of_the_public_ones(client, pacts):
    form = form_of(client)
    assert '<select name="alliance" id="id_alliance">' in form
    options = re.findall(
        r'<option value="([^"]*)"', form.split('name="alliance"')[1].split("</select>")[0]
    )
    assert options == ["", "cento", "seato", "warsaw-pact"]  # by name, drafts left out
    assert "Secret Pact" not in form
    assert titles(client, "?alliance=seato") == {"SEATO founded"}


def test_too_many_alliances_to_list_are_a_name_box(client, pacts, monkeypatch):
    monkeypatch.setattr(named_choice, "MOST_LISTED", 2)
    form = form_of(client)
    assert '<input type="text" name="alliance"' in form
    assert 'aria-describedby="id_alliance_helptext"' in form
    assert "More than 2 to choose from: type a name or a short name." in form
    assert "Warsaw Pact" not in form and '<option value="seato"' not in form


@pytest.mark.parametrize(
    "typed",
    ["seato", "SEATO", "southeast asia treaty organization", "  Southeast Asia  ", "asia"],
)
def test_the_name_box_takes_a_slug_a_name_a_short_name_or_a_unique_part(
    client, pacts, monkeypatch, typed
):
    monkeypatch.setattr(named_choice, "MOST_LISTED", 2)
    assert titles(client, f"?alliance={typed}") == {"SEATO founded"}
    assert f'value="{typed}"' in form_of(client, f"?alliance={typed}")


def test_a_name_several_alliances_share_is_reported_and_ignored(client, pacts, monkeypatch):
    monkeypatch.setattr(named_choice, "MOST_LISTED", 2)
    body = page(client, "/timeline/?alliance=treaty")
    assert (
        "Alliance: “treaty” matches several: Central Treaty Organization (CENTO), "
        "Southeast Asia Treaty Organization (SEATO). Type more of the name, or the short name."
    ) in body
    assert titles(client, "?alliance=treaty") == {"WP founded", "SEATO founded", "CENTO founded"}


def test_a_long_list_of_matches_is_cut_short_in_the_message(client, monkeypatch):
    monkeypatch.setattr(named_choice, "MOST_LISTED", 2)
    for number in range(7):
        factories.AllianceFactory(name=f"Defence Pact {number}", short_name="")
    body = page(client, "/timeline/?alliance=defence")
    listed = "Defence Pact 0, Defence Pact 1, Defence Pact 2, Defence Pact 3, Defence Pact 4, …"
    assert f"“defence” matches several: {listed}." in body


@pytest.mark.parametrize("listed", [2, 300])
def test_nothing_or_a_draft_named_is_an_invalid_choice(client, pacts, monkeypatch, listed):
    monkeypatch.setattr(named_choice, "MOST_LISTED", listed)
    for typed in ("no-such-pact", "secret"):
        body = page(client, f"/timeline/?alliance={typed}")
        assert "Alliance: Select a valid choice." in body
        assert "Secret Pact" not in body
        assert len(titles(client, f"?alliance={typed}")) == 3


def test_the_name_box_costs_no_more_queries_than_the_menu(
    client, pacts, monkeypatch, django_assert_max_num_queries
):
    # The budget of /timeline/ (test_query_budgets) plus the one that finds the alliance named.
    with django_assert_max_num_queries(6):
        page(client, "/timeline/?alliance=cento")
    monkeypatch.setattr(named_choice, "MOST_LISTED", 2)
    with django_assert_max_num_queries(6):
        page(client, "/timeline/?alliance=cento")
