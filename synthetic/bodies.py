"""Markdown bodies composed from a pool of pre-rendered sections.

Rendering 100 000 distinct 2 000-word bodies with markdown-it would take most of an hour on
two cores. A body here is a sequence of distinct sections (each starting with a ``##``
heading) followed by its footnotes, and Markdown renders such a document section by section:
a heading ends every block, and footnotes are the only thing numbered across the document.
So each section and each footnote is rendered once, through the site's own
``render_markdown``, and kept as chunks split at its footnote references; composing a body
then only joins strings and writes the footnote numbers in. ``tests/synthetic`` checks that a
composed body's HTML, table of contents and reading time equal a fresh render of its Markdown."""

import math
import random
import re
from dataclasses import dataclass

from armistice_site.markdown import WORDS_PER_MINUTE, render_markdown
from synthetic import vocabulary as words

_WORD = re.compile(r"\w+")
_REF_MARK = "\x00"
_HTML_REF = re.compile(
    r'<sup class="footnote-ref"><a href="#fn\d+" id="fnref\d+">\[\d+\]</a></sup>'
)
_FOOTNOTES_START = '<hr class="footnotes-sep">'
_FOOTNOTE_ITEM = re.compile(r"<li id=\"fn1\" class=\"footnote-item\">.*?</li>\n", re.DOTALL)


def html_ref(number: int) -> str:
    return (
        f'<sup class="footnote-ref"><a href="#fn{number}" id="fnref{number}">[{number}]</a></sup>'
    )


@dataclass(frozen=True)
class Section:
    """One ``##`` section: Markdown and HTML split at its footnote references."""

    heading: str
    anchor: str
    markdown: tuple[str, ...]
    html: tuple[str, ...]
    text: str  # the section as plain text (``Rendered.text``)
    words: int  # words in the Markdown, not counting the footnote reference labels

    @property
    def refs(self) -> int:
        return len(self.markdown) - 1


@dataclass(frozen=True)
class Footnote:
    text: str
    item_html: str  # the <li> with "1" where the footnote number goes
    words: int


@dataclass(frozen=True)
class Body:
    markdown: str
    html: str
    toc: list[dict]
    reading_time: int
    text: str = ""


def sentence(rng: random.Random) -> str:
    form = rng.randrange(6)
    year = rng.randint(1900, 2025)
    place, actor = rng.choice(words.PLACES), rng.choice(words.ACTORS)
    verb, thing = rng.choice(words.VERBS), rng.choice(words.OBJECTS)
    qualifier = rng.choice(words.QUALIFIERS)
    if form == 0:
        return f"In {year}, {actor} {verb} {thing} near {place}."
    if form == 1:
        return f"{actor[0].upper()}{actor[1:]} {verb} {thing} {qualifier}."
    if form == 2:
        return f"At {place}, {thing} was {verb.split()[0]} {qualifier}, as {actor} later admitted."
    if form == 3:
        name = thing.removeprefix("the ")
        return f'Contemporary reports called it "{name}" rather than a settlement.'
    if form == 4:
        return f"By {year} the question of {thing} had reached {place}, and **{actor}** {verb} it."
    return f"Historians still debate why {actor} {verb} {thing} at {place} {qualifier}."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def _section_markdown(rng: random.Random, heading: str, target_words: int) -> list[str]:
    """Markdown text of one section, with ``_REF_MARK`` where a footnote reference goes."""
    blocks = [f"## {heading}"]
    written = 0
    while written < target_words:
        kind = rng.random()
        if kind < 0.08:
            items = [f"- {sentence(rng)}" for _ in range(rng.randint(2, 4))]
            block = "\n".join(items)
        elif kind < 0.12:
            block = "> " + paragraph(rng, 2)
        else:
            block = paragraph(rng, rng.randint(3, 6))
            if rng.random() < 0.35:
                block = block[:-1] + _REF_MARK + block[-1]
        blocks.append(block)
        written += len(_WORD.findall(block))
    return "\n\n".join(blocks).split(_REF_MARK)


def build_sections(rng: random.Random, count: int) -> list[Section]:
    headings = [f"{aspect} at {place}" for aspect in words.ASPECTS for place in words.PLACES]
    rng.shuffle(headings)
    sections = []
    for heading in headings[:count]:
        chunks = _section_markdown(rng, heading, rng.randint(140, 320))
        labels = [f"[^{n}]" for n in range(1, len(chunks))]
        source = "".join(
            chunk + (labels[i] if i < len(labels) else "") for i, chunk in enumerate(chunks)
        )
        definitions = "\n".join(f"{label}: Note." for label in labels)
        rendered = render_markdown(source + ("\n\n" + definitions if labels else ""))
        html = rendered.html.split(_FOOTNOTES_START)[0]
        sections.append(
            Section(
                heading=heading,
                anchor=rendered.toc[0]["anchor"],
                markdown=tuple(chunks),
                html=tuple(_HTML_REF.split(html)),
                text=rendered.text,
                words=sum(len(_WORD.findall(chunk)) for chunk in chunks),
            )
        )
    return sections


def build_footnotes(rng: random.Random, count: int) -> list[Footnote]:
    footnotes = []
    for number in range(count):
        author = rng.choice(words.AUTHORS)
        publisher = rng.choice(words.PUBLISHERS)
        place = rng.choice(words.PLACES)
        text = (
            f"{author}, *{rng.choice(words.ASPECTS)} at {place}* ({publisher}, "
            f"{rng.randint(1950, 2024)}), p. {rng.randint(1, 600)}; note {number}."
        )
        rendered = render_markdown(f"x[^1]\n\n[^1]: {text}")
        item = _FOOTNOTE_ITEM.search(rendered.html).group(0)
        footnotes.append(Footnote(text=text, item_html=item, words=len(_WORD.findall(text))))
    return footnotes


class BodyComposer:
    """Composes bodies of roughly a requested length from one shared pool."""

    def __init__(self, rng: random.Random, sections: int = 600, footnotes: int = 400):
        self.sections = build_sections(rng, sections)
        self.footnotes = build_footnotes(rng, footnotes)
        footnote_html = render_markdown("x[^1]\n\n[^1]: x").html
        self.footnotes_open = footnote_html[
            footnote_html.index(_FOOTNOTES_START) : footnote_html.index('<li id="fn1"')
        ]
        self.footnotes_close = footnote_html[footnote_html.rindex("</li>\n") + len("</li>\n") :]

    def compose(self, rng: random.Random, target_words: int) -> Body:
        markdown, html, toc = [], [], []
        word_count = footnote_number = 0
        chosen = []
        for section in rng.sample(self.sections, len(self.sections)):
            if word_count >= target_words and chosen:
                break
            chosen.append(section)
            word_count += section.words + section.refs  # each "[^n]" label is one more word
        for section in chosen:
            md_parts, html_parts = [section.markdown[0]], [section.html[0]]
            for index in range(1, len(section.markdown)):
                footnote_number += 1
                md_parts += [f"[^{footnote_number}]", section.markdown[index]]
                html_parts += [html_ref(footnote_number), section.html[index]]
            markdown.append("".join(md_parts))
            html.append("".join(html_parts))
            toc.append({"level": 2, "title": section.heading, "anchor": section.anchor})
        source = "\n\n".join(markdown)
        if footnote_number:
            notes = [rng.choice(self.footnotes) for _ in range(footnote_number)]
            source += "\n\n" + "\n".join(
                f"[^{n}]: {note.text}" for n, note in enumerate(notes, start=1)
            )
            items = "".join(
                note.item_html.replace('"fn1"', f'"fn{n}"').replace("#fnref1", f"#fnref{n}")
                for n, note in enumerate(notes, start=1)
            )
            html.append(self.footnotes_open + items + self.footnotes_close)
            word_count += sum(note.words + 1 for note in notes)
        return Body(
            markdown=source,
            html="".join(html),
            toc=toc,
            reading_time=max(1, math.ceil(word_count / WORDS_PER_MINUTE)),
            text=" ".join(section.text for section in chosen),
        )
