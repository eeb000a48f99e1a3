"""``manage.py import_article``: the reference legacy article becomes a reviewable draft, and
broken files are refused with a clear message and nothing written."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from armistice_site.markdown import render_markdown
from armistice_site.publishing import Status
from articles.legacy_import import parse, trim_summary
from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "fixtures" / "korea-armistice-article.txt"
TITLE = "The Korean Armistice of 1953"
CENTO = "The Central Treaty Organization: A Historical Overview of Its Role in Military Alliances"
BUDAPEST = "Understanding the Budapest Memorandum Security Guarantees in Military History"
CSTO = "Understanding the Collective Security Treaty Organization in Global Military Alliances"


def run(*args: str) -> str:
    out = StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def refused(path: Path, *args: str) -> str:
    with pytest.raises(CommandError) as caught:
        run(str(path), *args)
    assert not Article.objects.exists()
    return str(caught.value)


def test_the_reference_article_becomes_a_draft_with_its_provenance():
    cento = factories.ArticleFactory(title=CENTO)
    budapest = factories.ArticleFactory(title=BUDAPEST.upper(), draft=True)
    output = run(str(REFERENCE), "--title", TITLE)

    article = Article.objects.get(title=TITLE)
    assert article.status == Status.DRAFT and not article.is_public()
    assert article.slug == "the-korean-armistice-of-1953"
    assert article.ai_generated
    assert article.disclosure == (
        "This article was produced by AI. Be sure to validate essential facts using "
        "credible, official sources."
    )
    assert article.summary.startswith("The armistice between South Korea and North Korea")
    assert article.summary.endswith("ongoing military tensions and alliances.")
    assert "ℹ" not in article.body and "Info:" not in article.body
    assert "See also" not in article.body
    assert "## Origins of the Korean War and the Need for an Armistice\n" in article.body
    assert "## Military build-ups and escalations\n" in article.body
    assert len(article.toc) == 16
    assert article.toc[0]["anchor"] == "origins-of-the-korean-war-and-the-need-for-an-armistice"
    assert (
        "1. The absence of a formal peace treaty maintains a state of conflict.\n"
        "2. Unresolved security concerns lead to ongoing military build-ups.\n" in article.body
    )
    assert "<ol>\n<li>The absence of a formal peace treaty" in article.body_html
    assert "<p>Key limitations and implications include:</p>" in article.body_html
    assert set(article.see_also.all()) == {cento, budapest}
    assert list(article.sources.all()) == []
    assert article.history.latest().history_change_reason == "Imported from a legacy text file"

    assert "Created draft article “The Korean Armistice of 1953”" in output
    assert "Headings found (16):" in output
    assert "  ## The Future of the Armistice and Regional Security" in output
    assert "See also resolved (2):" in output
    assert f"  {CENTO} -> /articles/{cento.slug}/" in output
    assert "See also not found (1)" in output
    assert f"  {CSTO}" in output


def test_unresolved_see_also_titles_are_all_reported():
    output = run(str(REFERENCE), "--title", TITLE)
    assert "See also resolved (0):" in output
    assert "See also not found (3)" in output
    for title in (CENTO, BUDAPEST, CSTO):
        assert title in output
    assert Article.objects.get(title=TITLE).see_also.count() == 0


def test_a_taken_slug_gets_a_suffix():
    factories.ArticleFactory(slug="the-korean-armistice-of-1953")
    run(str(REFERENCE), "--title", TITLE)
    assert Article.objects.filter(slug="the-korean-armistice-of-1953-2").exists()


def test_dry_run_shows_the_article_and_writes_nothing():
    output = run(str(REFERENCE), "--title", TITLE, "--dry-run")
    assert "Dry run: would create draft article" in output
    assert "Nothing was written." in output
    assert "Headings found (16):" in output
    assert "See also not found (3)" in output
    assert not Article.objects.exists()


def test_a_title_line_at_the_top_of_the_file_is_used(tmp_path):
    source = tmp_path / "titled.txt"
    source.write_text(
        "Title: The DMZ at Seventy\n\nThe zone is four kilometres wide.\n\n"
        "Wildlife\n\nCranes winter in the zone.\n",
        encoding="utf-8",
    )
    run(str(source))
    article = Article.objects.get()
    assert article.title == "The DMZ at Seventy"
    assert not article.ai_generated and article.disclosure == ""
    assert article.summary == "The zone is four kilometres wide."
    assert article.body.startswith("The zone is four kilometres wide.\n\n## Wildlife\n")


def test_an_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    assert "The file is empty." in refused(empty, "--title", TITLE)


def test_a_binary_file_is_refused(tmp_path):
    image = tmp_path / "picture.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert "not a text file" in refused(image, "--title", TITLE)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Title: Armistice\n\nSigné à Panmunjom.\n".encode("latin-1"))
    assert "not UTF-8 text" in refused(latin)


def test_a_file_without_a_title_is_refused(tmp_path):
    message = refused(REFERENCE)
    assert "no title line" in message and "--title" in message
    assert "Nothing was imported." in message


def test_a_missing_file_is_refused(tmp_path):
    assert "no such file" in refused(tmp_path / "nowhere.txt", "--title", TITLE)


def test_a_title_too_long_for_the_field_is_refused():
    message = refused(REFERENCE, "--title", "A" * 201)
    assert "at most 200 characters" in message


def test_headings_need_text_after_them_and_no_final_full_stop():
    parsed = parse(
        "Talks began at Kaesong.\n\nA short sentence.\n\nThe Talks\n\nThey lasted two years.\n\n"
        "Closing words without a stop",
        title="T",
    )
    assert parsed.headings == ["The Talks"]
    assert parsed.body.endswith("Closing words without a stop\n")


def test_plain_text_stays_plain_in_markdown():
    parsed = parse("Intro.\n\n# not a heading? *no*\n\n<b>tags</b> and [x](y)", title="T")
    assert (
        parsed.body == "Intro.\n\n\\# not a heading? \\*no\\*\n\n\\<b>tags\\</b> and \\[x\\](y)\n"
    )
    html = render_markdown(parsed.body).html
    assert "<p># not a heading? *no*</p>" in html
    assert "<p>&lt;b&gt;tags&lt;/b&gt; and [x](y)</p>" in html


def test_summary_is_trimmed_at_a_sentence_then_at_a_word():
    text = "First sentence here. Second sentence is longer than the rest."
    assert trim_summary(text, 30) == "First sentence here."
    assert trim_summary("one two three four five six", 12) == "one two…"
    assert trim_summary(text, 500) == text


def test_a_given_title_keeps_an_unmarked_first_line_as_a_heading():
    parsed = parse("Background\n\nThe talks began in 1951.\n", title="The Armistice Talks")
    assert parsed.title == "The Armistice Talks"
    assert parsed.headings == ["Background"]
    marked = parse("Title: Old name\n\nThe talks began in 1951.\n", title="New name")
    assert marked.title == "New name" and "Old name" not in marked.body
