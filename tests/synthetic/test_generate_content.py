"""generate_content: the same seed gives identical content, another seed different content,
and what it writes is what saving through the models would have written."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection

from alliances.models import Alliance, Membership
from armistice_site import citations
from armistice_site.citable import PAGE_URL
from armistice_site.markdown import render_markdown
from articles.models import Article, Source
from synthetic.citations import CitationShapes, ShapeMismatch, headline
from synthetic.generator import content_tables
from timeline.models import Event

pytestmark = pytest.mark.django_db

SMALL = ["--articles=40", "--alliances=6", "--events=50", "--countries=12"]


def generate(seed: int) -> None:
    call_command("generate_content", *SMALL, f"--seed={seed}", "--flush", verbosity=0)


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every content table, relations included, in id order."""
    rows = {}
    with connection.cursor() as cursor:
        for table in content_tables():
            table_name = connection.ops.quote_name(table)  # from the models, not input
            cursor.execute(f"SELECT * FROM {table_name} ORDER BY 1")  # noqa: S608
            rows[table] = cursor.fetchall()
    return rows


def test_the_same_seed_gives_identical_rows_and_another_seed_different_ones():
    generate(7)
    first = snapshot()
    generate(7)
    again = snapshot()
    generate(8)
    other = snapshot()

    assert len(first["articles_article"]) == 40
    assert len(first["timeline_event"]) == 50
    assert first["alliances_membership"]
    assert first == again
    assert other["articles_article"] != first["articles_article"]


def test_generated_bodies_are_what_rendering_their_markdown_gives():
    generate(3)

    for article in Article.objects.order_by("pk")[:10]:
        rendered = render_markdown(article.body)
        assert (article.body_html, article.body_text, article.toc, article.reading_time) == (
            rendered.html,
            rendered.text,
            rendered.toc,
            rendered.reading_minutes,
        )
        assert 1000 <= rendered.word_count <= 4600
        assert "<h2" in article.body_html
        assert 'class="footnotes"' in article.body_html


def test_generated_content_passes_model_validation_and_is_searchable():
    generate(5)

    for model in (Article, Alliance, Event, Membership):
        for item in model.objects.order_by("pk")[:10]:
            item.full_clean(validate_unique=False)
    assert not Article.objects.filter(search_vector__isnull=True).exists()
    assert Article.objects.public().count() > 30
    assert Event.objects.filter(start_date__year__lt=1950).exists()
    assert Event.objects.filter(start_date__year__gte=2000).exists()
    assert set(Event.objects.values_list("start_precision", flat=True)) == {"year", "month", "day"}


def test_generated_citation_texts_are_what_saving_the_rows_computes():
    generate(4)

    for model in (Article, Source):
        rows = model.objects.prefetch_related(*model.cited_relations).order_by("pk")
        assert rows
        for row in rows:
            stored = row.citation_texts
            row.store_citations()
            assert row.citation_texts == stored, row.pk
    assert Article.objects.filter(first_published_at__isnull=True).exists()  # "n.d." too


def article_item(title: str, day: datetime.date | None, url: str = PAGE_URL) -> dict:
    return citations.clean(
        {
            "id": f"article:{title}",
            "type": "webpage",
            "title": title,
            "author": [citations.person_name("Min-jun Park"), citations.person_name("Mei Lin")],
            "container-title": "Armistice",
            "issued": citations.csl_date(day),
            "URL": url,
            "abstract": f"{title}: what happened there. And why.",
        }
    )


def test_one_shape_is_formatted_once_and_each_item_as_if_formatted_alone():
    shapes = CitationShapes()
    items = [
        article_item(headline(f"The armistice of {place}, {year}"), datetime.date(year, 3, day))
        for place, year, day in [
            ("Panmunjom", 1953, 27),
            ("the 38th parallel", 1999, 1),
            ("Lüneburg Heath", 2017, 9),
            ("Brest-Litovsk", 2024, 31),
        ]
    ]
    items.append(article_item("Talks at Kaesong", datetime.date(2016, 3, 4), "https://x.org/a/"))

    assert [shapes.texts(item) for item in items] == [citations.texts(item) for item in items]
    assert shapes.formatted == 2  # the shape and its first item: the others are filled in


@pytest.mark.parametrize(
    "title",
    [
        "The armistice of Panmunjom",  # title case would change it
        "Truce.",  # a full stop may meet the style's own
        "Truce & <terms>",  # escaped, and not plain
        "the truce",
    ],
)
def test_a_title_the_styles_might_change_is_formatted_with_its_item(title):
    shapes = CitationShapes()
    first = article_item("Talks at Kaesong", datetime.date(2016, 3, 4))
    item = article_item(title, datetime.date(2016, 3, 4))
    shapes.texts(first)

    assert shapes.texts(item) == citations.texts(item)
    assert shapes.formatted == 4  # a shape of its own, formatted in full


def test_a_shape_that_does_not_give_its_first_item_stops_generation(monkeypatch):
    shapes = CitationShapes()
    monkeypatch.setattr("synthetic.citations.fill", lambda template, values: template)
    with pytest.raises(ShapeMismatch):
        shapes.texts(article_item("Talks at Kaesong", datetime.date(2016, 3, 4)))
