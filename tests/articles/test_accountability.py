"""Accountable authorship: named authors and a reviewer, a disclosure that can never contradict
the fact-check status, and a public corrections log on the article, on /corrections/ and in the
corrections feeds — never showing a draft's corrections."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError

from articles import services
from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "claim",
    [
        "Drafted with AI and checked by an editor.",
        "Written by a model; fact-checked against the sources.",
        "AI draft, verified by staff.",
        "AI draft, reviewed before publication.",
    ],
)
def test_a_disclosure_may_not_claim_a_check(claim):
    article = factories.ArticleFactory.build(ai_generated=True, disclosure=claim, topic=None)
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert "disclosure" in refused.value.message_dict


def test_the_disclosure_readers_see_is_composed_from_the_real_status():
    reviewer = factories.PersonFactory(name="Ingrid Vale")
    article = factories.ArticleFactory(
        ai_generated=True, disclosure="Drafted with an AI model from an outline."
    )
    assert article.disclosure_statement() == (
        "Drafted with an AI model from an outline. It has not yet been fact-checked by a person."
    )
    article.fact_check_status = Article.FactCheck.CHECKED
    article.reviewer, article.last_reviewed_on = reviewer, datetime.date(2026, 11, 30)
    assert article.disclosure_statement().endswith(
        "Ingrid Vale checked it against its sources on 30 November 2026."
    )
    article.fact_check_status = Article.FactCheck.DISPUTED
    assert "found claims that are disputed" in article.disclosure_statement()


def test_a_stored_disclosure_that_claims_a_check_is_never_shown(client):
    """Legacy text (written before the rule) is replaced, not shown beside a contrary badge."""
    article = factories.ArticleFactory(ai_generated=True, disclosure="AI draft.")
    Article.objects.filter(pk=article.pk).update(
        disclosure="Drafted with AI and checked against the cited sources."
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "checked against the cited sources" not in html
    assert "It has not yet been fact-checked by a person." in html
    assert "Not yet fact-checked" in html


def test_a_check_needs_a_reviewer_and_a_date():
    article = factories.ArticleFactory()
    with pytest.raises(ValidationError) as refused:
        services.article_update(article=article, user=None, fields={"fact_check_status": "checked"})
    assert {"reviewer", "last_reviewed_on"} <= refused.value.message_dict.keys()


def test_the_byline_names_authors_reviewer_and_review_date_with_links(client):
    article = factories.ArticleFactory(
        authors=["Hana Seo"],
        fact_check_status="checked",
        reviewer=factories.PersonFactory(name="Ingrid Vale", slug="ingrid-vale"),
        last_reviewed_on=datetime.date(2026, 11, 30),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'By <a href="/people/hana-seo/">Hana Seo</a>' in html
    assert '<a href="/people/ingrid-vale/">Ingrid Vale</a> · last reviewed on' in html
    assert "30 November 2026" in html
    person = client.get("/people/ingrid-vale/").content.decode()
    assert "Articles reviewed" in person and article.title in person


def correction(article, day, wrong):
    return services.correction_add(
        article=article,
        user=None,
        fields={
            "corrected_on": day,
            "what_was_wrong": wrong,
            "what_it_says_now": "Now it is right.",
        },
    )


def test_corrections_show_at_the_foot_of_the_article_and_in_its_history(client):
    article = factories.ArticleFactory(title="Warsaw Pact story")
    correction(article, datetime.date(2026, 11, 30), "It said East Germany left on 3 October.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'id="corrections-heading"' in html
    assert "It said East Germany left on 3 October." in html
    assert 'id="correction-1"' in html
    assert "1 correction</a>" in html
    assert article.history.first().history_change_reason.startswith("Added correction")


def test_the_corrections_page_and_feeds_show_public_articles_only(client):
    public = factories.ArticleFactory(title="Public story")
    draft = factories.ArticleFactory(title="Secret draft story", draft=True)
    correction(public, datetime.date(2026, 11, 29), "Public error.")
    correction(draft, datetime.date(2026, 11, 30), "Secret draft error.")
    page = client.get("/corrections/").content.decode()
    assert "Public error." in page and "Secret draft" not in page
    rss = client.get("/feeds/corrections/")
    assert rss.status_code == 200
    channel = ET.fromstring(rss.content).find("channel")  # noqa: S314 (our own feed)
    items = channel.findall("item")
    assert [item.find("title").text for item in items] == ["Correction to “Public story”"]
    assert items[0].find("link").text.endswith(f"{public.get_absolute_url()}#correction-1")
    assert "Public error." in items[0].find("description").text
    atom = client.get("/feeds/corrections/atom/").content.decode()
    assert "Public error." in atom and "Secret draft" not in atom


def test_the_article_api_gives_people_learning_aids_corrections_and_csl(client):
    document = factories.DocumentFactory(slug="armistice-text")
    hidden = factories.DocumentFactory(slug="draft-text", draft=True)
    article = factories.ArticleFactory(
        authors=["Hana Seo"], level="intermediate", learning_objectives="Explain A.\nCompare B."
    )
    article.documents.set([document, hidden])
    factories.QuestionFactory(article=article, kind="source", document=hidden, text="Hidden?")
    factories.ReadingFactory(article=article)
    correction(article, datetime.date(2026, 11, 30), "Wrong.")
    data = client.get(f"/api/v1/articles/{article.slug}/").json()
    assert data["authors"][0]["slug"] == "hana-seo"
    assert [d["slug"] for d in data["documents"]] == ["armistice-text"]
    assert data["learning_objectives"] == ["Explain A.", "Compare B."]
    assert data["questions"][0]["document"] is None  # a draft document is never named
    assert data["corrections"][0]["what_was_wrong"] == "Wrong."
    assert data["csl"]["type"] == "webpage" and data["csl"]["author"][0]["family"] == "Seo"
    assert data["disclosure_statement"] == "" or data["ai_generated"] is False


def test_json_ld_describes_a_learning_resource(client):
    document = factories.DocumentFactory(title="The agreement")
    article = factories.ArticleFactory(
        level="introductory", audience="secondary", learning_objectives="Explain the line."
    )
    article.documents.add(document)
    html = client.get(article.get_absolute_url()).content.decode()
    import json
    import re

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    assert data["@type"] == ["Article", "LearningResource"]
    assert data["educationalLevel"] == "Introductory"
    assert data["teaches"] == ["Explain the line."]
    assert data["learningResourceType"] == "Article"
    based_on = {
        "@type": "CreativeWork",
        "name": "The agreement",
        "url": f"http://testserver{document.get_absolute_url()}",
    }
    assert based_on in data["isBasedOn"]
    assert "For teachers" in html and "Explain the line." in html
