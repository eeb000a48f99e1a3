"""What readers find on the article, topic and tag pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from armistice_site import named_choice
from articles.models import Article
from tests import factories
from tests.pages import main_of, page

pytestmark = pytest.mark.django_db


def test_article_page_shows_everything_a_reader_needs(client):
    source = factories.SourceFactory(
        title="Armistice Agreement", author="UN Command", publisher="US Government"
    )
    other = factories.ArticleFactory(title="The Neutral Nations Commission")
    article = factories.ArticleFactory(
        title="Signing at Panmunjom",
        summary="How the guns fell silent.",
        body="## Background\n\nTalks began in 1951.[^1]\n\n### Venue\n\nA hut.\n\n"
        "## Terms\n\nA line.\n\n[^1]: In Kaesong.",
        authors=["Kim Historian", "Jane Scholar"],
        ai_generated=True,
        disclosure="Drafted with an AI model from the editors' outline.",
        fact_check_status=Article.FactCheck.CHECKED,
        reviewer=factories.PersonFactory(name="Editor Lee"),
        last_reviewed_on=datetime.date(2026, 7, 1),
        sources=[source],
    )
    article.see_also.add(other)
    tag = factories.TagFactory(name="Diplomacy")
    article.tags.add(tag)
    alliance = factories.AllianceFactory(name="Military Armistice Commission")
    alliance.articles.add(article)
    event = factories.EventFactory(title="Armistice signed")
    event.articles.add(article)

    html = page(client, article.get_absolute_url())
    body = main_of(html)
    assert "<h1>Signing at Panmunjom</h1>" in body
    assert "How the guns fell silent." in body
    assert ">Jane Scholar</a> and <a" in body and ">Kim Historian</a>" in body
    assert "Published <time" in body
    assert f"{article.reading_time} min read" in body
    for anchor in ("background", "venue", "terms"):
        assert f'href="#{anchor}"' in body
        assert f'id="{anchor}"' in body
    assert 'class="toc__item toc__item--3"' in body
    assert "AI-generated content." in body
    assert "Drafted with an AI model" in body
    assert "Fact-checked</strong> by <a" in body and ">Editor Lee</a>" in body
    assert "Editor Lee checked it against its sources on 1 July 2026." in body
    assert 'class="footnotes"' in body
    assert "UN Command. " in body and "<cite>Armistice Agreement</cite>" in body
    assert f'href="{source.get_absolute_url()}"' in body
    assert "US Government" in body
    assert f'href="{other.get_absolute_url()}"' in body
    assert f'href="{tag.get_absolute_url()}"' in body
    assert f'href="{alliance.get_absolute_url()}"' in body
    assert f'href="{event.get_absolute_url()}"' in body


def test_article_without_ai_has_no_banner_and_shows_unchecked_status(client):
    article = factories.ArticleFactory()
    body = main_of(page(client, article.get_absolute_url()))
    assert "AI-generated content." not in body
    assert "Not yet fact-checked" in body


def test_article_list_filters_by_topic_and_tag(client):
    topic = factories.TopicFactory(name="Korea", slug="korea")
    tag = factories.TagFactory(name="Treaties", slug="treaties")
    korean = factories.ArticleFactory(title="Korean story", topic=topic)
    korean.tags.add(tag)
    factories.ArticleFactory(title="Korean untagged", topic=topic)
    factories.ArticleFactory(title="Elsewhere story")
    body = main_of(page(client, "/articles/?topic=korea&tag=treaties"))
    assert "Korean story" in body
    assert "Korean untagged" not in body
    assert "Elsewhere story" not in body
    assert '<label for="id_topic">Topic</label>' in body


def test_topic_and_tag_pages_list_their_articles(client):
    tag = factories.TagFactory(name="Ceasefires")
    tagged = factories.ArticleFactory(title="Tagged one")
    tagged.tags.add(tag)
    factories.ArticleFactory(title="Other one")
    tag_body = main_of(page(client, tag.get_absolute_url()))
    assert "Tagged “Ceasefires”" in tag_body
    assert "Tagged one" in tag_body and "Other one" not in tag_body
    topic_body = main_of(page(client, tagged.topic.get_absolute_url()))
    assert "Tagged one" in topic_body and "Other one" not in topic_body


def test_article_list_paginates_keeping_filters(client):
    topic = factories.TopicFactory(slug="korea")
    factories.ArticleFactory.create_batch(23, topic=topic)
    first = main_of(page(client, "/articles/?topic=korea"))
    assert first.count('class="card"') == 20
    assert 'href="?topic=korea&amp;page=2"' in first
    second = main_of(page(client, "/articles/?topic=korea&page=2"))
    assert second.count('class="card"') == 3


def test_article_page_reads_documents_as_summaries(client):
    """A question's or reading's document shows as a title and a link: its transcription and
    rendered HTML stay in the database, as in the API."""
    document = factories.DocumentFactory(body="## Article I\n\n" + "The line holds. " * 2000)
    article = factories.ArticleFactory()
    factories.QuestionFactory(article=article, document=document, locator="Article I")
    factories.ReadingFactory(article=article, source=None, document=document)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert response.content.decode().count(document.get_absolute_url()) >= 2
    heavy = (
        '"documents_document"."body",',
        '"documents_document"."body_html"',
        # The related rows' statement names columns as JSON keys (prefetch_statement.py).
        "('body')::text",
        "('body_html')::text",
    )
    assert [q["sql"] for q in queries if any(column in q["sql"] for column in heavy)] == []


def test_with_too_many_tags_to_list_the_tag_filter_takes_a_name(client, monkeypatch):
    """Every reader filter is a ``NamedChoiceField``: the article list's tag filter too."""
    monkeypatch.setattr(named_choice, "MOST_LISTED", 1)
    treaties = factories.TagFactory(name="Treaties", slug="treaties")
    others = [
        factories.TagFactory(name="Truces", slug="truces"),
        factories.TagFactory(name="Treaty ports", slug="treaty-ports"),
    ]
    factories.ArticleFactory(title="Tagged story").tags.add(treaties)
    factories.ArticleFactory(title="Other story").tags.add(*others)  # only used tags are listed
    factories.ArticleFactory(title="Untagged story")
    body = page(client, "/articles/?tag=treaties")
    assert '<input type="text" name="tag"' in body
    assert "More than 1 to choose from: type a name." in body
    assert "Tagged story" in main_of(body) and "Untagged story" not in main_of(body)
    assert "Untagged story" not in main_of(page(client, "/articles/?tag=TREATIES"))
    vague = page(client, "/articles/?tag=treat")
    assert "“treat” matches several: Treaties, Treaty ports. Type more of the name." in vague
    assert "Untagged story" in main_of(vague)
