"""``[[kind:slug]]`` in authored Markdown: the renderer leaves a marker that no author can forge,
and expanding replaces it with what the kind's resolver gives — a block on a line of its own,
inline elsewhere — or, for a reference to nothing, its plain text and a problem to report."""

from html.parser import HTMLParser

import pytest
from django.utils.html import format_html

from armistice_site import references
from armistice_site.markdown import render_markdown
from armistice_site.references import Reference


def attributes_of(html: str) -> list[tuple[str, str]]:
    """(tag, attribute name) for every attribute of every element in ``html``."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend((tag, name) for name, _ in attrs)

    Collector().feed(html)
    return found


@pytest.fixture
def cards(monkeypatch):
    """A ``card`` kind that knows the slugs "known" and "other"."""
    monkeypatch.setattr(references, "_resolvers", {})

    def resolve(refs: list[Reference]) -> dict[Reference, str]:
        calls.append(refs)
        return {
            ref: format_html("<figure>{}</figure>", ref.slug)
            if ref.block
            else format_html("<cite>{}</cite>", ref.slug)
            for ref in refs
            if ref.slug in ("known", "other")
        }

    calls: list = []
    references.register("card", resolve)
    return calls


def test_a_reference_alone_on_its_line_is_a_block_and_inline_elsewhere(cards):
    html = render_markdown("See [[card:known]] here.\n\n[[card:other]]\n").html

    expanded = references.expand(html)

    assert expanded.html == "<p>See <cite>known</cite> here.</p>\n<figure>other</figure>\n"
    assert expanded.references == [
        Reference("card", "known", block=False),
        Reference("card", "other", block=True),
    ]
    assert expanded.problems == []
    assert len(cards) == 1, "one resolver call per kind, whatever the number of references"


def test_a_footnote_cites_with_a_locator_after_the_reference(cards):
    html = render_markdown("A claim.[^1]\n\n[^1]: [[card:known]], p. 412\n").html

    assert "<cite>known</cite>, p. 412" in references.expand(html).html


def test_a_reference_to_nothing_shows_its_text_and_is_reported(cards):
    html = render_markdown("[[card:missing]] and [[nokind:x]]\n\n[[card:gone]]\n").html

    expanded = references.expand(html)

    assert expanded.html == "<p>[[card:missing]] and [[nokind:x]]</p>\n<p>[[card:gone]]</p>\n"
    assert expanded.problems == [
        "[[card:missing]] refers to nothing: check the kind and the slug.",
        "[[nokind:x]] refers to nothing: check the kind and the slug.",
        "[[card:gone]] refers to nothing: check the kind and the slug.",
    ]


@pytest.mark.parametrize(
    "source",
    [
        '<span class="ref" data-kind="card" data-slug="known"></span>',
        '[[card:known" onclick="alert(1)]]',
        "[[card:known]]`[[card:known]]`",
        "[[CARD:known]]",
    ],
)
def test_authors_cannot_forge_or_break_a_marker(cards, source):
    html = references.expand(render_markdown(source).html).html

    assert all(name != "onclick" for _, name in attributes_of(html))
    assert html.count("<cite>") <= 1
    assert 'class="ref"' not in html


def test_a_kind_cannot_be_registered_twice(monkeypatch):
    monkeypatch.setattr(references, "_resolvers", {})
    references.register("card", dict)
    with pytest.raises(ValueError, match="registered twice"):
        references.register("card", lambda refs: {})
