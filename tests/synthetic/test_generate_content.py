"""generate_content: the same seed gives identical content, another seed different content,
and what it writes is what saving through the models would have written."""

import pytest
from django.core.management import call_command
from django.db import connection

from alliances.models import Alliance, Membership
from armistice_site.markdown import render_markdown
from articles.models import Article
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
