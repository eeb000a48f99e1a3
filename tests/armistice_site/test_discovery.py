"""What search engines and feed readers get: feeds and sitemap that parse as XML and list only
public items, robots.txt, and per-page metadata (title, description, canonical, Open Graph,
JSON-LD that parses)."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from articles.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - our own response, not untrusted input


@pytest.fixture
def mixed_articles():
    public = factories.ArticleFactory.create_batch(3)
    hidden = [
        factories.ArticleFactory(draft=True),
        factories.ArticleFactory(scheduled=True),
        factories.ArticleFactory(archived=True),
        factories.ArticleFactory(in_review=True),
    ]
    return public, hidden


def test_rss_feed_parses_and_lists_only_public_articles(client, mixed_articles):
    public, _hidden = mixed_articles
    response = client.get("/feeds/articles/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    links = {item.findtext("link") for item in channel.findall("item")}
    assert links == {f"http://testserver{a.get_absolute_url()}" for a in public}
    assert channel.find("item").findtext("description") == public[0].summary


def test_atom_feed_parses_and_lists_only_public_articles(client, mixed_articles):
    public, _hidden = mixed_articles
    response = client.get("/feeds/articles/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    entries = feed.findall(f"{ATOM}entry")
    titles = {entry.findtext(f"{ATOM}title") for entry in entries}
    assert titles == {a.title for a in public}
    assert all(entry.find(f"{ATOM}updated") is not None for entry in entries)


def test_sitemap_lists_every_public_page_and_nothing_else(client):
    article = factories.ArticleFactory()
    alliance = factories.AllianceFactory()
    event = factories.EventFactory()
    timeline = factories.TimelineFactory()
    country = factories.CountryFactory()
    tag = factories.TagFactory()
    article.tags.add(tag)
    factories.TagFactory()  # no public article: its page would be empty
    hidden = [
        factories.ArticleFactory(draft=True),
        factories.AllianceFactory(scheduled=True),
        factories.EventFactory(archived=True),
        factories.TimelineFactory(in_review=True),
    ]
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = parse_xml(response.content)
    locations = {url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")}
    expected_paths = [
        "/",
        "/articles/",
        "/alliances/",
        "/timeline/",
        *(item.get_absolute_url() for item in (article, alliance, event, timeline, country, tag)),
        article.topic.get_absolute_url(),
        # Sources have a page each ("Cite this"); the sitemap lists those public content cites.
        *(source.get_absolute_url() for source in Source.objects.public()),
    ]
    assert locations == {f"http://testserver{path}" for path in expected_paths}
    for item in hidden:
        assert f"http://testserver{item.get_absolute_url()}" not in locations
    cited_only_by_drafts = hidden[0].sources.get()
    assert f"http://testserver{cited_only_by_drafts.get_absolute_url()}" not in locations
    for location in locations:
        assert client.get(location).status_code == 200


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def json_ld_blocks(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


def test_article_page_metadata_and_json_ld(client):
    article = factories.ArticleFactory(
        title="Panmunjom </script><script>alert(1)</script>",
        summary="How the talks & the truce came about.",
        authors=["Kim Historian"],
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        "<title>Panmunjom &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Armistice</title>"
        in html
    )
    assert '<meta name="description" content="How the talks &amp; the truce came about.">' in html
    canonical = f"http://testserver{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert "<script>alert(1)" not in html
    [data] = json_ld_blocks(html)
    assert data["@type"] == ["Article", "LearningResource"]
    assert data["headline"] == article.title
    assert data["url"] == canonical
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Kim Historian",
            "url": "http://testserver/people/kim-historian/",
        }
    ]
    assert data["datePublished"].startswith(str(article.publish_at.year))


def test_event_page_json_ld_uses_the_known_precision(client):
    event = factories.EventFactory(
        title="War begins",
        start_date=datetime.date(1950, 6, 1),
        start_precision="month",
        end_date=datetime.date(1953, 1, 1),
        end_precision="year",
        location_name="38th parallel",
    )
    html = client.get(event.get_absolute_url()).content.decode()
    [data] = json_ld_blocks(html)
    assert data["@type"] == "Event"
    assert data["startDate"] == "1950-06"
    assert data["endDate"] == "1953"
    assert data["location"] == {"@type": "Place", "name": "38th parallel"}
    assert "<title>War begins (June 1950 – 1953) · Armistice</title>" in html


def test_list_pages_have_a_canonical_without_query_string(client):
    html = client.get("/articles/?page=2&topic=x").content.decode()
    assert '<link rel="canonical" href="http://testserver/articles/">' in html
    assert '<meta property="og:title" content="Articles">' in html
