"""The one rendering function: what authors get (footnotes, tables, anchors, contents, reading
time, safe external links) and what attackers never get into stored HTML."""

import html
import re
from html.parser import HTMLParser

import pytest

from armistice_site.markdown import render_markdown
from tests import factories


def test_footnotes_render_as_a_linked_notes_section():
    html_out = render_markdown("The line was drawn at the front.[^1]\n\n[^1]: Armistice, art. I.")
    assert 'class="footnote-ref"' in html_out.html
    assert '<section class="footnotes">' in html_out.html
    assert "Armistice, art. I." in html_out.html


def test_tables_render_with_header_cells():
    source = "| Side | Signatory |\n| --- | --- |\n| UNC | Harrison |\n| KPA | Nam Il |"
    html_out = render_markdown(source).html
    assert "<table>" in html_out
    assert "<th>Side</th>" in html_out
    assert "<td>Nam Il</td>" in html_out


def test_column_alignment_is_a_class_so_the_content_security_policy_needs_no_inline_style():
    html_out = render_markdown("| Year | Members |\n| :--- | ---: |\n| 1949 | 12 |").html
    assert '<th class="align-left">Year</th>' in html_out
    assert '<td class="align-right">12</td>' in html_out
    assert "style=" not in html_out


def test_headings_get_anchors_and_a_table_of_contents():
    rendered = render_markdown("## Background\n\nText.\n\n### The talks at Kaesong\n\nMore.")
    assert '<h2 id="background">Background</h2>' in rendered.html
    assert '<h3 id="the-talks-at-kaesong">' in rendered.html
    assert rendered.toc == [
        {"level": 2, "title": "Background", "anchor": "background"},
        {"level": 3, "title": "The talks at Kaesong", "anchor": "the-talks-at-kaesong"},
    ]


def test_a_top_level_heading_is_demoted_so_the_page_title_stays_the_only_h1():
    rendered = render_markdown("# Terms\n\nText.")
    assert "<h1" not in rendered.html
    assert '<h2 id="terms">Terms</h2>' in rendered.html


def test_reading_time_counts_words_and_is_at_least_a_minute():
    assert render_markdown("").reading_minutes == 1
    assert render_markdown("word " * 220).reading_minutes == 1
    assert render_markdown("word " * 221).reading_minutes == 2
    assert render_markdown("word " * 1100).reading_minutes == 5


def test_external_links_get_noopener_nofollow_and_internal_links_do_not():
    rendered = render_markdown(
        "[Text of the treaty](https://example.org/treaty) and [the DMZ](/articles/dmz/)"
    ).html
    assert '<a href="https://example.org/treaty" rel="noopener nofollow">' in rendered
    assert '<a href="/articles/dmz/">' in rendered


XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<a href="#" onclick="alert(1)">click</a>',
    "<body onload=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="width: expression(alert(1))">x</div>',
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    '<form action="javascript:alert(1)"><button>go</button></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>",
    "<details open ontoggle=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](jav&#x09;ascript:alert(1))",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[click](javascript&colon;alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click]( javascript:alert(1) )",
    "[click](<javascript:alert(1)>)",
    '[click](https://example.org "onmouseover=alert(1)")',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x" onerror="alert(1)](https://example.org/a.png)',
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "<a href='jav\tascript:alert(1)'>x</a>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<base href=javascript:alert(1)//>",
    "<<script>script>alert(1)<</script>/script>",
    "<!--<script>alert(1)</script>-->",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "## Heading <img src=x onerror=alert(1)>\n\ntext",
    "| a |\n| --- |\n| <script>alert(1)</script> |",
    "Footnote[^x]\n\n[^x]: <svg/onload=alert(1)>",
]

SAFE_SCHEMES = {"http", "https", "mailto"}
ALLOWED_OUTPUT_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "h2",
    "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip


class Inspector(HTMLParser):
    """Collects every tag, attribute and URL of the stored HTML as a browser would read it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name in {"href", "src", "action", "formaction", "data", "srcdoc", "style"}:
                self.urls.append(value or "")

    handle_startendtag = handle_starttag


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see: entities decoded, whitespace and controls removed."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url)).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    return match[1] if match else None


def test_there_are_at_least_twenty_payloads():
    assert len(XSS_PAYLOADS) >= 20


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_markdown_never_survives_into_stored_html(payload):
    article = factories.ArticleFactory(body=f"Before.\n\n{payload}\n\nAfter.")
    article.refresh_from_db()
    inspector = Inspector()
    inspector.feed(article.body_html)
    assert inspector.tags <= ALLOWED_OUTPUT_TAGS
    assert not any(name.startswith("on") for name in inspector.attributes)
    assert "style" not in inspector.attributes
    for url in inspector.urls:
        assert url_scheme(url) in SAFE_SCHEMES | {None}, url
    assert "<script" not in article.body_html.lower()
    assert "Before." in article.body_html and "After." in article.body_html


def test_plain_text_keeps_the_words_and_drops_the_syntax():
    source = (
        "# Title *one*\n\n"
        "See [NATO](/alliances/nato/) and **bold**, _em_, `code`[^1] and [[glossary:dmz]].\n"
        "Next line.\n\n"
        "| a | b |\n|---|---|\n| c | d |\n\n"
        "> quoted\n\n- item\n\n[[image:dmz-map]]\n\n"
        "<script>alert(1)</script>\n\n"
        "[^1]: [[source:foo]], p. 3."
    )
    assert render_markdown(source).text == (
        "Title one See NATO and bold, em, code and. Next line. a b c d quoted item "
        "<script>alert(1)</script>"
    )


def test_plain_text_of_nothing_is_empty():
    assert render_markdown("").text == ""
    assert render_markdown("[[image:x]]\n\n[^1]: note").text == ""
