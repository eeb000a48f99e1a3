"""Issue 14, item 4: feed readers treat an item's RSS ``<description>`` and Atom ``<summary
type="html">`` as HTML. A summary is plain text, so what a reader renders from them must be
exactly that text: markup an editor typed (or pasted) shows as characters, never as elements."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = 'Talks resumed <img src=x onerror="alert(1)"> & the <b>line</b> held; 5 < 6.'


class RenderedHtml(HTMLParser):
    """What a feed reader makes of an HTML fragment: its elements and its visible text."""

    def __init__(self, fragment: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - our own response, not untrusted input


@pytest.fixture
def hostile_article():
    return factories.ArticleFactory(summary=HOSTILE)


def test_rss_description_renders_the_summary_as_text(client, hostile_article):
    channel = parse_xml(client.get("/feeds/articles/").content).find("channel")
    description = channel.find("item").findtext("description")

    rendered = RenderedHtml(description)
    assert rendered.tags == []
    assert rendered.text == HOSTILE


def test_atom_summary_renders_the_summary_as_text(client, hostile_article):
    feed = parse_xml(client.get("/feeds/articles/atom/").content)
    summary = feed.find(f"{ATOM}entry").find(f"{ATOM}summary")

    assert summary.get("type") == "html"
    rendered = RenderedHtml(summary.text)
    assert rendered.tags == []
    assert rendered.text == HOSTILE


def test_titles_stay_plain_text(client, hostile_article):
    hostile_article.title = "Tom & Jerry <b>talks</b>"
    hostile_article.save()
    feed = parse_xml(client.get("/feeds/articles/atom/").content)
    title = feed.find(f"{ATOM}entry").find(f"{ATOM}title")
    assert title.get("type") in (None, "text")  # Atom titles are text unless marked
    assert title.text == "Tom & Jerry <b>talks</b>"
