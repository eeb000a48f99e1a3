"""Issue 14, item 8: every date filter of the API takes an ISO 8601 date (YYYY-MM-DD) and
answers anything else with a 400 naming the parameter. Django's date fields also read the site
language's formats (31/12/1999 in en-GB), so such a value used to be taken silently, and which
day 01/02/1999 means would depend on the language."""

import pytest

pytestmark = pytest.mark.django_db

DATE_FILTERS = [
    ("/api/v1/articles/", "published_after"),
    ("/api/v1/articles/", "published_before"),
    ("/api/v1/alliances/", "active_on"),
    ("/api/v1/alliances/", "signed_after"),
    ("/api/v1/alliances/", "signed_before"),
    ("/api/v1/countries/", "active_on"),
    ("/api/v1/memberships/", "active_on"),
    ("/api/v1/events/", "start"),
    ("/api/v1/events/", "end"),
]
NOT_ISO = ["31/12/1999", "12/31/1999", "31 Dec 1999", "1999-12-31T00:00:00", "19991231"]


@pytest.mark.parametrize(("url", "parameter"), DATE_FILTERS)
@pytest.mark.parametrize("value", NOT_ISO)
def test_a_date_that_is_not_iso_8601_is_400_naming_the_parameter(api_client, url, parameter, value):
    response = api_client.get(url, {parameter: value})

    assert response.status_code == 400, response.content
    assert list(response.json()) == [parameter]
    assert "YYYY-MM-DD" in response.json()[parameter][0]


@pytest.mark.parametrize(("url", "parameter"), DATE_FILTERS)
def test_an_iso_8601_date_is_accepted(api_client, url, parameter):
    assert api_client.get(url, {parameter: "1999-12-31"}).status_code == 200
