"""The layout every page shares: landmarks, skip link, labelled search."""

import pytest

from tests.pages import page

pytestmark = pytest.mark.django_db


def test_layout_has_landmarks_skip_link_and_labelled_search(client):
    html = page(client, "/articles/")
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in (
        "<header",
        '<nav class="site-nav" aria-label="Main">',
        '<main id="main"',
        "<footer",
    ):
        assert landmark in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'aria-current="page">Articles' in html
    assert "style=" not in html
    assert "<script>" not in html
