"""Authored links to other sites cannot hand them our window or our ranking."""

import pytest

from armistice_site.markdown import render_markdown
from tests import factories


def test_external_links_get_noopener_nofollow_and_internal_links_do_not():
    html = render_markdown(
        "See [the text](https://www.loc.gov/armistice) and [our timeline](/timeline/)."
    ).html
    assert '<a href="https://www.loc.gov/armistice" rel="noopener nofollow">' in html
    assert '<a href="/timeline/">' in html


def test_hostile_links_are_dropped():
    html = render_markdown("[click](javascript:alert(1)) <a href='x' onclick='y'>raw</a>").html
    assert "<a" not in html  # neither becomes a link: both are shown as plain text
    assert "&lt;a href=" in html


@pytest.mark.django_db
def test_article_page_shows_external_links_with_rel(client):
    article = factories.ArticleFactory(body="Read [the treaty](https://example.org/treaty).")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert 'href="https://example.org/treaty" rel="noopener nofollow"' in response.content.decode()
