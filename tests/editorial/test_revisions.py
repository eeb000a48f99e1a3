"""The diff behind the admin's revision comparison: pure functions on plain dictionaries, plus
reading a real revision into one."""

import pytest

from editorial.revisions import EMPTY, Change, Line, Text, compare, diff_lines, snapshot
from tests import factories


def kinds(lines: list[Line]) -> list[tuple[str, str]]:
    return [(line.kind, line.text) for line in lines]


def test_a_changed_line_shows_as_removed_then_added_with_context():
    old = "# Title\n\nFirst.\nSecond.\nThird."
    new = "# Title\n\nFirst.\nSecond, revised.\nThird."
    assert kinds(diff_lines(old, new, context=1)) == [
        ("gap", "…"),
        ("same", "First."),
        ("removed", "Second."),
        ("added", "Second, revised."),
        ("same", "Third."),
    ]


def test_distant_changes_are_separate_hunks_with_gaps_between_and_after():
    old = "\n".join(f"line {n}" for n in range(20))
    new = old.replace("line 2", "line two").replace("line 15", "line fifteen")
    lines = kinds(diff_lines(old, new, context=1))
    assert lines[:5] == [
        ("gap", "…"),
        ("same", "line 1"),
        ("removed", "line 2"),
        ("added", "line two"),
        ("same", "line 3"),
    ]
    assert lines[5] == ("gap", "…")
    assert ("added", "line fifteen") in lines
    assert lines[-1] == ("gap", "…")


def test_text_added_to_an_empty_field_is_all_additions():
    assert kinds(diff_lines("", "One.\nTwo.")) == [("added", "One."), ("added", "Two.")]


def test_compare_skips_equal_fields_and_keeps_the_newer_order():
    old = {"Title": "Armistice", "Kind": "Treaty", "Summary": Text("Same.")}
    new = {"Kind": "Ceasefire", "Title": "Armistice", "Summary": Text("Same.")}
    assert compare(old, new) == [Change("Kind", old="Treaty", new="Ceasefire")]
    assert compare(new, new) == []


def test_markdown_fields_are_diffed_line_by_line():
    [change] = compare({"Body": Text("A.\nB.")}, {"Body": Text("A.\nC.")})
    assert change.kind == "text"
    assert kinds(list(change.lines)) == [("same", "A."), ("removed", "B."), ("added", "C.")]


def test_relations_show_the_names_added_and_removed():
    old = {"Tags": frozenset({"Korea", "Truce"})}
    new = {"Tags": frozenset({"Korea", "DMZ", "Armistice"})}
    [change] = compare(old, new)
    assert change.kind == "relation"
    assert change.added == ("Armistice", "DMZ")
    assert change.removed == ("Truce",)


def test_a_field_only_one_side_has_counts_as_empty():
    changes = compare({"Old field": "x"}, {"New field": frozenset({"a"})})
    assert changes == [
        Change("New field", added=("a",)),
        Change("Old field", old="x", new=EMPTY),
    ]
    assert changes[1].kind == "value"


@pytest.mark.django_db
def test_a_snapshot_reads_fields_choices_and_relations_as_names():
    tag = factories.TagFactory(name="Panmunjom")
    article = factories.ArticleFactory(fact_check_status="checked", summary="")
    article.tags.add(tag)
    record = article.history.latest()
    values = snapshot(record)
    assert values["Title"] == article.title
    assert values["Fact-check status"] == "Fact-checked"
    assert values["Summary"] == Text("") and isinstance(values["Body"], Text)
    assert values["Topic"] == article.topic.name
    assert values["Tags"] == frozenset({"Panmunjom"})
    assert values["Featured"] == "No"
    tag_pk = tag.pk
    tag.delete()
    assert snapshot(record)["Tags"] == frozenset({f"(deleted #{tag_pk})"})
