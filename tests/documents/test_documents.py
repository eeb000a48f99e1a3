"""Primary documents: the page shows the text with its edition and what it leaves out, the
archival description, "Cite this" and what on the site cites it; drafts never show."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_document_page_shows_text_edition_rights_and_citations(client):
    document = factories.DocumentFactory(
        slug="armistice",
        title="Agreement Concerning a Military Armistice in Korea",
        body="## Preamble\n\nThe undersigned…",
        edition="English text, 4 UST 234",
        text_note="Preamble only; the rest is not transcribed here.",
        rights="Public domain.",
    )
    linking = factories.ArticleFactory(title="Linking article")
    linking.documents.add(document)
    factories.ArticleFactory(
        title="Citing article",
        body="A claim.[^1]\n\n[^1]: [[document:armistice]], Preamble.",
    )
    hidden = factories.ArticleFactory(title="Secret draft article", draft=True)
    hidden.documents.add(document)
    alliance = factories.AllianceFactory(name="Korean Armistice")
    alliance.documents.add(document)
    html = client.get(document.get_absolute_url()).content.decode()
    assert '<h2 id="preamble">Preamble</h2>' in html
    assert "English text, 4 UST 234" in html and "not transcribed here" in html
    assert "Public domain." in html and "Archival citation" in html
    assert "National Archives" in html and "RG 11" in html
    assert "Cite this" in html and 'href="/documents/armistice/cite/ris/"' in html
    assert "Linking article" in html and "Citing article" in html and "Korean Armistice" in html
    assert "Secret draft article" not in html


def test_documents_list_filters_by_kind_and_hides_drafts(client):
    factories.DocumentFactory(title="A treaty text")
    factories.DocumentFactory(title="A telegram", kind="telegram")
    factories.DocumentFactory(title="Secret draft text", draft=True)
    html = client.get("/documents/?kind=telegram").content.decode()
    assert "A telegram" in html and "A treaty text" not in html
    assert "Secret draft" not in client.get("/documents/").content.decode()


def test_document_downloads_and_api(client):
    document = factories.DocumentFactory(slug="armistice")
    assert client.get("/documents/armistice/cite/bibtex/").content.decode().startswith("@misc{")
    data = client.get("/api/v1/documents/armistice/").json()
    assert data["csl"]["archive"] == "National Archives"
    assert data["transcription_html"].startswith("<h2")
    draft = factories.DocumentFactory(slug="secret", draft=True)
    assert client.get(f"/documents/{draft.slug}/cite/ris/").status_code == 404
    assert client.get("/api/v1/documents/secret/").status_code == 404
    assert document.display_date == "27 July 1953"
