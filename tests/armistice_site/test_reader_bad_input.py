"""Bad query parameters and unknown slugs give a normal page or a 404, never a server error."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

LISTS = ["/articles/", "/alliances/", "/timeline/", "/search/?q=armistice"]
BAD_PAGES = ["abc", "-1", "0", "99999", "1.5", "", "9" * 40, "1e9"]


@pytest.fixture
def content():
    topic = factories.TopicFactory(slug="korea")
    tag = factories.TagFactory(slug="treaties")
    for _ in range(3):
        article = factories.ArticleFactory(topic=topic, title="Armistice article")
        article.tags.add(tag)
    factories.AllianceFactory()
    factories.EventFactory()
    factories.CountryFactory(slug="korea")


@pytest.mark.parametrize("url", [*LISTS, "/topics/korea/", "/tags/treaties/"])
@pytest.mark.parametrize("page", BAD_PAGES)
def test_bad_page_numbers_show_a_real_page(client, content, url, page):
    joiner = "&" if "?" in url else "?"
    response = client.get(f"{url}{joiner}page={page}")
    assert response.status_code == 200
    assert b'<main id="main"' in response.content


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/timeline/?start=99999", b"Ensure this value is less than or equal to 9999"),
        ("/timeline/?start=abc&end=1953", b"Enter a whole number"),
        ("/timeline/?start=1960&end=1950", b"The end year cannot come before the start year"),
        ("/timeline/?country=atlantis", b"Select a valid choice"),
        ("/timeline/?alliance=no-such-pact", b"Select a valid choice"),
        ("/timeline/?category=alien", b"Select a valid choice"),
        ("/timeline/?start=-5", b"Ensure this value is greater than or equal to 1"),
        ("/alliances/?year=99999", b"Ensure this value is less than or equal to 9999"),
        ("/alliances/?member=atlantis", b"Select a valid choice"),
        ("/alliances/?kind=<script>", b"Select a valid choice"),
        ("/alliances/?obligation=everything", b"Select a valid choice"),
        ("/articles/?topic=no-such-topic", b"Select a valid choice"),
        ("/articles/?tag=%27%3B+DROP+TABLE", b"Select a valid choice"),
    ],
)
def test_invalid_filters_give_a_normal_page_with_a_message(client, content, url, message):
    response = client.get(url)
    assert response.status_code == 200
    assert b"Some filters were ignored" in response.content
    assert message in response.content
    assert b"<script>" not in response.content


def test_ignored_filter_keeps_the_valid_ones(client):
    korea = factories.CountryFactory(slug="south-korea")
    kept = factories.EventFactory(title="Kept event")
    kept.countries.add(korea)
    factories.EventFactory(title="Other event")
    html = client.get("/timeline/?country=south-korea&start=nonsense").content.decode()
    assert "Kept event" in html
    assert "Other event" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/articles/no-such-article/",
        "/topics/no-such-topic/",
        "/tags/no-such-tag/",
        "/alliances/no-such-pact/",
        "/countries/atlantis/",
        "/timeline/no-such-event/",
        "/timelines/no-such-timeline/",
        "/no/such/page/",
    ],
)
def test_unknown_slugs_are_friendly_404s(client, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert '<main id="main"' in html and 'class="site-nav"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": ["a", "b"]},
        {"page": ["1", "2"]},
        {"start": "1950", "end": ""},
        {"country": ""},
        {"unknown": "x"},
    ],
)
def test_odd_but_harmless_parameters(client, content, params):
    for url in ("/timeline/", "/alliances/", "/articles/", "/search/"):
        assert client.get(url, params).status_code == 200
