"""Glossary terms in rendered HTML: the first use of each term an editor ticked is marked as a
defined term, linked to its glossary page, with its short definition shown on hover and on
keyboard focus by CSS alone (no script) and read out by screen readers as the link's
description (``aria-describedby``).

Marking works on the sanitised HTML of a body, in text only: never inside a heading, a link,
code, a citation, a footnote or a term already marked. Matching ignores case and whole words
only ("armistice" is not found inside "armistices" unless that form is listed)."""

import re
from collections.abc import Iterable
from html import escape
from html.parser import HTMLParser

from django.utils.html import format_html

#: Elements whose text is never marked.
SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "dfn", "sup", "abbr", "cite"}


def term_markup(term, text: str, note_id: str) -> str:
    """One marked use of ``term``, showing ``text`` (the form found in the body)."""
    return format_html(
        '<a class="term" href="{url}" aria-describedby="{id}"><dfn>{text}</dfn></a>'
        '<span class="term__tip" role="tooltip" id="{id}">'
        '<span class="visually-hidden">: </span>{definition}</span>',
        url=term.get_absolute_url(),
        id=note_id,
        text=text,
        definition=term.short_definition,
    )


class _Marker(HTMLParser):
    def __init__(self, terms: list):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.skipping: list[str] = []
        self.in_footnotes = 0
        self.pending = {form.lower(): term for term in terms for form in term.forms()}
        self.marked: list = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIP:
            self.skipping.append(tag)
        if tag == "section" and ("class", "footnotes") in attrs:
            self.in_footnotes += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag == "section" and self.in_footnotes:
            self.in_footnotes -= 1

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_data(self, data):
        if self.skipping or self.in_footnotes or not self.pending:
            self.out.append(data)
            return
        self.out.append(self.mark(data))

    def mark(self, text: str) -> str:
        forms = sorted(self.pending, key=len, reverse=True)
        pattern = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(form) for form in forms) + r")(?!\w)", re.I
        )
        pieces, position = [], 0
        for match in pattern.finditer(text):
            term = self.pending.get(match[1].lower())
            if term is None:  # a form of a term marked earlier in this same text
                continue
            pieces += [escape(text[position : match.start()], quote=False)]
            pieces.append(term_markup(term, match[1], f"term-{term.slug}"))
            position = match.end()
            self.marked.append(term)
            self.pending = {form: t for form, t in self.pending.items() if t is not term}
        if not pieces:
            return text
        pieces.append(escape(text[position:], quote=False))
        return "".join(pieces)


def mark_first_uses(html: str, terms: Iterable) -> tuple[str, list]:
    """``html`` with the first use of each of ``terms`` marked, and the terms it found."""
    terms = list(terms)
    if not terms:
        return html, []
    marker = _Marker(terms)
    marker.feed(html)
    marker.close()
    return "".join(marker.out), marker.marked
