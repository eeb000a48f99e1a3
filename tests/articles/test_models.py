"""Article rules, each checked twice: the message an editor sees from validation, and the
database refusing the same bad data when validation is bypassed."""

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F

from articles.models import Article, Topic
from tests import factories

pytestmark = pytest.mark.django_db


def validation_messages(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def refused_by_database(queryset, **changes) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**changes)


def test_article_slug_is_unique_for_editors_and_in_the_database():
    first = factories.ArticleFactory(slug="korean-armistice")
    second = factories.ArticleFactory(slug="dmz")
    duplicate = factories.ArticleFactory.build(slug="korean-armistice", topic=first.topic)
    assert "Article with this Slug already exists." in validation_messages(duplicate)["slug"]
    refused_by_database(Article.objects.filter(pk=second.pk), slug="korean-armistice")


def test_topic_slug_is_unique():
    factories.TopicFactory(slug="korean-war")
    other = factories.TopicFactory()
    refused_by_database(Topic.objects.filter(pk=other.pk), slug="korean-war")


def test_a_lead_image_needs_its_description():
    article = factories.ArticleFactory()
    article.lead_image = "articles/panmunjom.jpg"
    assert validation_messages(article)["__all__"] == [
        "Describe the lead image for readers who cannot see it."
    ]
    article.lead_image_alt = "Delegates signing at Panmunjom"
    article.full_clean()
    refused_by_database(Article.objects.filter(pk=article.pk), lead_image="articles/p.jpg")


def test_an_ai_generated_article_needs_its_disclosure():
    article = factories.ArticleFactory(ai_generated=False, disclosure="")
    article.ai_generated = True
    assert validation_messages(article)["__all__"] == [
        "An AI-generated article needs its disclosure text."
    ]
    article.disclosure = "Drafted with AI from an editor's outline."
    article.full_clean()
    refused_by_database(Article.objects.filter(pk=article.pk), ai_generated=True)


def test_body_is_rendered_on_save_with_contents_and_reading_time():
    article = factories.ArticleFactory(body="## Terms\n\n" + "word " * 500)
    assert '<h2 id="terms">Terms</h2>' in article.body_html
    assert article.toc == [{"level": 2, "title": "Terms", "anchor": "terms"}]
    assert article.reading_time == 3


def test_search_vector_is_filled_on_save_and_follows_edits():
    article = factories.ArticleFactory(title="Talks at Panmunjom", body="Negotiations.")
    article.refresh_from_db()
    assert article.search_vector
    assert Article.objects.filter(search_vector=SearchQuery("panmunjom")).exists()
    article.body = "A conversation about repatriation of prisoners."
    article.save()
    assert Article.objects.filter(search_vector=SearchQuery("repatriation")).get() == article


def test_a_word_in_the_title_outranks_the_same_word_in_the_body():
    in_body = factories.ArticleFactory(title="The front line", body="Near Kaesong the talks began.")
    in_title = factories.ArticleFactory(title="Kaesong", body="A city near the line.")
    query = SearchQuery("kaesong")
    ranked = list(
        Article.objects.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank")
    )
    assert ranked == [in_title, in_body]


@pytest.mark.django_db
def test_a_summary_longer_than_500_characters_is_refused_by_validation():
    article = factories.ArticleFactory.build(summary="word " * 101)
    with pytest.raises(ValidationError) as error:
        article.full_clean(exclude=["topic"])
    assert "at most 500 characters" in str(error.value.message_dict["summary"])
