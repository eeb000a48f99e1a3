"""Every write a "Cite this" text depends on stores it again through the services: the item's
own fields, its publication, its authors, and a rename or removal of an author, whose cached
article pages move on at once. Drafts get the new texts too, and nothing else about them
changes."""

import datetime
import io

import pytest
from django.utils import timezone

from articles import services as article_services
from articles.models import Article
from editorial import backup, services
from editorial import pending as proposals
from editorial.models import AuditEntry
from editorial.services import Move
from people import services as people_services
from tests import factories

pytestmark = pytest.mark.django_db


def cite_this(client, article: Article) -> str:
    """The page's "Cite this article" block."""
    page = client.get(article.get_absolute_url()).content.decode()
    return page[page.index('<section class="cite-this"') :].split("</section>")[0]


def stored(article: Article) -> dict[str, str]:
    return Article.objects.get(pk=article.pk).citation_texts


def test_an_article_created_with_authors_names_them():
    person = factories.PersonFactory(name="Hana Seo")
    article = article_services.article_create(
        user=None, fields={"title": "The truce", "slug": "the-truce"}, authors=[person]
    )
    assert stored(article)["apa"].startswith("Seo, H. (n.d.). <i>The truce</i>.")


def test_changing_the_authors_or_the_title_stores_the_texts_again():
    article = factories.ArticleFactory(authors=["Hana Seo"])
    other = factories.PersonFactory(name="Tom Ashworth")

    article_services.article_update(article=article, user=None, fields={}, authors=[other])
    assert "Ashworth, T." in stored(article)["apa"] and "Seo" not in stored(article)["apa"]

    article_services.article_update(article=article, user=None, fields={"title": "New title"})
    assert "<i>New title</i>" in stored(article)["apa"]


def test_publishing_puts_the_publication_date_in_the_citation():
    article = article_services.article_create(
        user=None,
        fields={"title": "The truce", "slug": "the-truce", "summary": "A summary."},
        sources=[factories.SourceFactory()],
    )
    assert "(n.d.)" in stored(article)["apa"]
    when = datetime.datetime(2026, 7, 27, 10, tzinfo=datetime.UTC)

    services.content_transition(obj=article, to="published", user=None, publish_at=when)

    texts = stored(article)
    assert "(2026, July 27)" in texts["apa"]
    assert "27 July 2026" in texts["mla"] and "July 27, 2026" in texts["chicago"]


def test_a_rename_shows_at_once_on_every_page_that_cites_the_person(client, page_cache_on):
    person = factories.PersonFactory(name="Hana Seo")
    article = factories.ArticleFactory(authors=[person])
    draft = factories.ArticleFactory(authors=[person], draft=True)
    other = factories.ArticleFactory(authors=["Tom Ashworth"])
    client.get(article.get_absolute_url())
    assert "Seo, H." in cite_this(client, article)  # now from the page cache
    drafts_revisions = draft.history.count()
    entries = AuditEntry.objects.count()
    others = stored(other)

    people_services.person_update(person=person, user=None, fields={"name": "Hana Kim-Seo"})

    assert "Kim-Seo, H." in cite_this(client, article)
    assert "Kim-Seo, H." in stored(draft)["apa"]
    draft.refresh_from_db()
    assert draft.status == "draft" and not draft.is_public()
    assert draft.history.count() == drafts_revisions
    assert AuditEntry.objects.count() == entries + 1  # the person's edit, nothing else
    assert stored(other) == others


def test_an_edit_of_what_the_citation_does_not_show_stores_nothing(monkeypatch):
    person = factories.PersonFactory(name="Hana Seo")
    factories.ArticleFactory(authors=[person])
    monkeypatch.setattr(services, "content_recite", lambda obj: pytest.fail("formatted again"))

    people_services.person_update(person=person, user=None, fields={"bio": "A new biography."})


def test_a_deleted_author_leaves_the_citation():
    person = factories.PersonFactory(name="Hana Seo")
    article = factories.ArticleFactory(authors=[person, "Tom Ashworth"])

    people_services.person_delete(person=person, user=None)

    assert "Seo" not in stored(article)["apa"] and "Ashworth, T." in stored(article)["apa"]


def test_a_proposed_change_is_previewed_with_its_own_citation(writer):
    article = factories.ArticleFactory(title="As published", authors=["Hana Seo"])
    other = factories.PersonFactory(name="Tom Ashworth")
    pending = article_services.article_update(
        article=article, user=writer, fields={"title": "As proposed"}, authors=[other]
    )

    draft = proposals.draft_instance(article, pending)

    assert (
        "Ashworth, T." in draft.citation_texts["apa"]
        and "As proposed" in (draft.citation_texts["apa"])
    )
    assert "As published" in stored(article)["apa"]  # readers keep the live one


def test_an_imported_backup_cites_like_a_save():
    article = factories.ArticleFactory(authors=["Hana Seo"])
    document = factories.DocumentFactory()
    source = factories.SourceFactory()
    items = [article, document, source]
    expected = [type(item).objects.get(pk=item.pk).citation_texts for item in items]
    stream = io.StringIO()
    backup.write(backup.export_records(), stream)
    records = backup.read(io.StringIO(stream.getvalue()))
    assert not any("citation_texts" in record.get("fields", {}) for record in records)
    for item in items:
        type(item).objects.update(citation_texts={})

    backup.import_content(records, mode="merge")

    assert [type(item).objects.get(pk=item.pk).citation_texts for item in items] == expected


def test_a_merge_that_renames_a_person_cites_their_articles_the_file_does_not_hold():
    person = factories.PersonFactory(name="Hana Seo", slug="hana-seo")
    stream = io.StringIO()
    backup.write(backup.export_records(), stream)
    records = backup.read(io.StringIO(stream.getvalue()))
    article = factories.ArticleFactory(authors=[person])
    for record in records:
        if record["model"] == "people.person":
            record["fields"]["name"] = "Hana Kim-Seo"

    backup.import_content(records, mode="merge")

    assert "Kim-Seo, H." in stored(article)["apa"]


def test_a_scheduled_article_is_cited_with_its_go_live_date():
    when = timezone.now() + datetime.timedelta(days=30)
    article = article_services.article_create(
        user=None,
        fields={"title": "Soon", "slug": "soon", "summary": "Soon."},
        sources=[factories.SourceFactory()],
        move=Move("scheduled", publish_at=when),
    )
    assert str(when.year) in stored(article)["apa"]
