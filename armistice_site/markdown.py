"""The one rendering function for authored Markdown. It runs on save, never per request, and
its output is safe to show: raw HTML is not parsed and the result is sanitised with nh3.
References to other content (``[[kind:slug]]``) are left as markers for
``armistice_site.references`` to expand, so this function stays pure."""

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin

from armistice_site import references

WORDS_PER_MINUTE = 220
EXTERNAL_REL = "noopener nofollow"

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "strong",
    "span", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"id"},
    "a": {"href", "title", "rel"},
    "abbr": {"title"},
    "ol": {"start"},
    "span": {"data-kind", "data-slug"},
}
ALLOWED_CLASSES = {
    "section": {"footnotes"},
    "hr": {"footnotes-sep"},
    "li": {"footnote-item"},
    "sup": {"footnote-ref"},
    "a": {"footnote-backref"},
    "td": {"align-left", "align-center", "align-right"},
    "th": {"align-left", "align-center", "align-right"},
    "span": {"ref"},
}
URL_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: list[dict] = field(default_factory=list)
    reading_minutes: int = 1
    word_count: int = 0
    text: str = ""


def _slugify_heading(title: str) -> str:
    slug = re.sub(r"[^\w\s-]", "", title.lower()).strip()
    return re.sub(r"[\s_-]+", "-", slug) or "section"


def _parser() -> MarkdownIt:
    parser = (
        MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})
        .enable(["table", "strikethrough", "replacements", "smartquotes"])
        .use(footnote_plugin)
        .use(anchors_plugin, min_level=2, max_level=4, slug_func=_slugify_heading)
    )
    parser.inline.ruler.before("link", "content_ref", _content_reference)
    parser.add_render_rule("content_ref", _render_content_reference)
    parser.add_render_rule("link_open", _render_link_open)
    parser.add_render_rule("th_open", _render_cell_open)
    parser.add_render_rule("td_open", _render_cell_open)
    return parser


def _content_reference(state, silent: bool) -> bool:
    """``[[kind:slug]]``: a reference to other content (see ``armistice_site.references``)."""
    if not state.src.startswith("[[", state.pos):
        return False
    match = references.PATTERN.match(state.src, state.pos)
    if match is None:
        return False
    if not silent:
        token = state.push("content_ref", "", 0)
        token.meta = {"kind": match[1], "slug": match[2]}
    state.pos = match.end()
    return True


def _render_content_reference(self, tokens, idx, options, env):
    meta = tokens[idx].meta
    return references.marker(meta["kind"], meta["slug"])


def _render_link_open(self, tokens, idx, options, env):
    token = tokens[idx]
    if is_external(token.attrGet("href") or ""):
        token.attrSet("rel", EXTERNAL_REL)
    return self.renderToken(tokens, idx, options, env)


def _render_cell_open(self, tokens, idx, options, env):
    """Column alignment as a class, not a style attribute, so a strict CSP needs no exception."""
    token = tokens[idx]
    style = token.attrGet("style") or ""
    if style.startswith("text-align:"):
        token.attrs.pop("style")
        token.attrSet("class", "align-" + style.removeprefix("text-align:"))
    return self.renderToken(tokens, idx, options, env)


def is_external(href: str) -> bool:
    return bool(urlsplit(href).netloc)


_PARSER = _parser()


def _table_of_contents(tokens) -> list[dict]:
    toc = []
    for position, token in enumerate(tokens):
        if token.type == "heading_open" and token.attrGet("id"):
            inline = tokens[position + 1]
            toc.append(
                {
                    "level": int(token.tag[1]),
                    "title": "".join(
                        child.content
                        for child in inline.children or []
                        if child.type in ("text", "code_inline")
                    ),
                    "anchor": token.attrGet("id"),
                }
            )
    return toc


#: Inline tokens whose words a reader sees; references, footnote numbers and images are not.
_TEXT_TOKENS = {"text", "code_inline"}
_BREAK_TOKENS = {"softbreak", "hardbreak"}
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:!?)\]])")


def _plain_text(tokens) -> str:
    """The words a reader sees, as plain text: no Markdown syntax (links keep their text, not
    their address; no table pipes, emphasis marks or footnote numbers), no ``[[kind:slug]]``
    references, and no footnotes (they cite sources; search and snippets are about the
    prose). Blocks are separated by one space. Search vectors and snippets are cut from it."""
    blocks = []
    in_footnotes = False
    for token in tokens:
        if token.type == "footnote_block_open":
            in_footnotes = True
        elif token.type == "footnote_block_close":
            in_footnotes = False
        elif token.type == "inline" and not in_footnotes:
            words = "".join(
                child.content if child.type in _TEXT_TOKENS else " "
                for child in token.children or []
                if child.type in _TEXT_TOKENS or child.type in _BREAK_TOKENS
            )
            if words := _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(words.split())):
                blocks.append(words)
    return " ".join(blocks)


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def render_markdown(source: str) -> Rendered:
    """Turn authored Markdown into sanitised HTML, a table of contents and a reading time.

    Headings start at level 2 in the body because the page title is the only ``<h1>``;
    an author's ``#`` heading is demoted so the outline stays valid.
    """
    source = re.sub(r"^(#)(?=\s)", "##", source or "", flags=re.MULTILINE)
    env: dict = {}
    tokens = _PARSER.parse(source, env)
    html = sanitise(_PARSER.renderer.render(tokens, _PARSER.options, env))
    words = len(re.findall(r"\w+", source))
    return Rendered(
        html=html,
        toc=_table_of_contents(tokens),
        reading_minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        word_count=words,
        text=_plain_text(tokens),
    )
