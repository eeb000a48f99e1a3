"""Turning a legacy plain-text article into a draft Article.

Legacy articles are plain text: paragraphs separated by blank lines, headings as short lines
on their own, numbered lists, "See also  <title>" cross-references and sometimes an AI
information banner ("ℹ️ Info: This article was produced by AI…"). The parsing functions here
are pure (text in, data out); ``article_import_legacy`` is the one service that writes.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from armistice_site.publishing import Status
from articles.models import Article
from editorial.models import AuditEntry
from editorial.services import Route, content_save

HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 16
SENTENCE_END = ".!?;:,…"
CLOSING_MARKS = "\"'”’)]»"

BANNER = re.compile(r"^(?:ℹ\ufe0f?\s*)?Info:\s*(?P<text>.*\bAI\b.*)$", re.IGNORECASE)
SEE_ALSO = re.compile(r"^See also\s+(?P<title>\S.*)$", re.IGNORECASE)
EXPLICIT_TITLE = re.compile(r"^(?:Title:|#)\s+(?P<title>\S.*)$", re.IGNORECASE)
NUMBERED_ITEM = re.compile(r"^(?P<number>\d{1,9})[.)]\s+(?P<text>\S.*)$")
BULLET_ITEM = re.compile(r"^[-*•–]\s+(?P<text>\S.*)$")
MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<])")
MARKDOWN_BLOCK_START = re.compile(r"^([#>+=|~-])")


class LegacyImportError(Exception):
    """The file cannot become an article; the message says why, in one sentence."""


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    body: str
    summary: str
    headings: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    disclosure: str = ""

    @property
    def ai_generated(self) -> bool:
        return bool(self.disclosure)


@dataclass
class ImportResult:
    article: Article
    parsed: ParsedArticle
    resolved: list[Article] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    created: bool = False


def decode(raw: bytes) -> str:
    """Legacy files must be UTF-8 text; anything else is refused rather than guessed at."""
    if b"\x00" in raw:
        raise LegacyImportError("The file is not a text file (it contains binary data).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LegacyImportError(
            f"The file is not UTF-8 text (unreadable byte at position {error.start})."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LegacyImportError("The file is empty.")
    return text


def collapse(text: str) -> str:
    return " ".join(text.split())


def is_heading_like(line: str) -> bool:
    """A short line without a sentence's final punctuation, starting like a title."""
    line = line.strip()
    if not line or len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    if NUMBERED_ITEM.match(line) or BULLET_ITEM.match(line) or SEE_ALSO.match(line):
        return False
    if BANNER.match(line):
        return False
    starts_like_a_title = line[0].isupper() or line[0].isdigit()
    ends_like_a_sentence = line.rstrip(CLOSING_MARKS)[-1:] in tuple(SENTENCE_END)
    return starts_like_a_title and not ends_like_a_sentence


def split_title(lines: list[str], *, guess: bool = True) -> tuple[str, list[str]]:
    """A title line at the top of the file: ``Title: …``, ``# …``, or (when ``guess``) a
    heading-like first line followed by more text. Returns the title ("" if none) and the
    remaining lines."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return "", lines
    line = lines[first].strip()
    explicit = EXPLICIT_TITLE.match(line)
    rest = lines[first + 1 :]
    if explicit:
        return collapse(explicit["title"]), rest
    if guess and is_heading_like(line) and any(other.strip() for other in rest):
        return collapse(line), rest
    return "", lines


@dataclass
class Block:
    kind: str  # "paragraph", "list" or "heading"
    lines: list[str]


def blocks_of(lines: list[str]) -> list[Block]:
    """Group lines into paragraphs and lists; a list item never joins a paragraph."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw_line in lines:
        line = raw_line.strip()
        if not line:
            current = None
            continue
        kind = "list" if NUMBERED_ITEM.match(line) or BULLET_ITEM.match(line) else "paragraph"
        if current is None or current.kind != kind:
            current = Block(kind, [])
            blocks.append(current)
        current.lines.append(line)
    return blocks


def mark_headings(blocks: list[Block]) -> None:
    """A one-line, heading-like paragraph is a heading when text follows it: a paragraph, a
    list, or another heading that is itself followed by text (read back to front)."""
    next_has_text = False
    for block in reversed(blocks):
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and is_heading_like(block.lines[0])
            and next_has_text
        ):
            block.kind = "heading"
        next_has_text = True


def escape_markdown(text: str) -> str:
    """Plain text stays plain: characters Markdown would act on are escaped."""
    return MARKDOWN_BLOCK_START.sub(r"\\\1", MARKDOWN_INLINE.sub(r"\\\1", text))


def to_markdown(block: Block) -> str:
    if block.kind == "heading":
        return f"## {escape_markdown(block.lines[0])}"
    if block.kind == "list":
        items = []
        for line in block.lines:
            numbered = NUMBERED_ITEM.match(line)
            if numbered:
                items.append(f"{numbered['number']}. {escape_markdown(numbered['text'])}")
            else:
                items.append(f"- {escape_markdown(BULLET_ITEM.match(line)['text'])}")
        return "\n".join(items)
    return escape_markdown(collapse(" ".join(block.lines)))


def trim_summary(text: str, limit: int) -> str:
    """Whole sentences up to ``limit`` characters; failing that, whole words and an ellipsis."""
    text = collapse(text)
    if len(text) <= limit:
        return text
    summary = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > limit:
            break
        summary = candidate
    if summary:
        return summary
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return f"{cut}…"


def parse(text: str, *, title: str = "", summary_limit: int = 500) -> ParsedArticle:
    """Read a legacy article. ``title`` (from the command line) wins over a title line."""
    lines = text.split("\n")
    disclosure = ""
    see_also: list[str] = []
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        banner = BANNER.match(stripped)
        reference = SEE_ALSO.match(stripped)
        if banner and not disclosure:
            disclosure = collapse(banner["text"])
            kept.append("")
        elif reference:
            see_title = collapse(reference["title"])
            if see_title not in see_also:
                see_also.append(see_title)
            kept.append("")
        else:
            kept.append(line)
    # A title given on the command line wins; the file's own title line is then dropped only
    # when it is marked as one, since an unmarked first line may be a section heading.
    title = collapse(title)
    file_title, kept = split_title(kept, guess=not title)
    title = title or file_title
    if not title:
        raise LegacyImportError(
            'The file has no title line; give one with --title "…" '
            "or start the file with a line such as 'Title: The Korean Armistice'."
        )
    blocks = blocks_of(kept)
    if not blocks:
        raise LegacyImportError("The file has a title but no article text.")
    mark_headings(blocks)
    first_paragraph = next((block for block in blocks if block.kind == "paragraph"), None)
    return ParsedArticle(
        title=title,
        body="\n\n".join(to_markdown(block) for block in blocks) + "\n",
        summary=trim_summary(" ".join(first_paragraph.lines), summary_limit)
        if first_paragraph
        else "",
        headings=[block.lines[0] for block in blocks if block.kind == "heading"],
        see_also=see_also,
        disclosure=disclosure,
    )


def unique_slug(title: str) -> str:
    """The title's slug, with -2, -3… when another article already has it."""
    limit = Article._meta.get_field("slug").max_length - 4
    base = slugify(title)[:limit].rstrip("-") or "article"
    slug, number = base, 2
    while Article.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def resolve_see_also(titles: list[str]) -> tuple[list[Article], list[str]]:
    """Match "See also" titles to existing articles by title, ignoring case; a published
    article is preferred when several share a title."""
    resolved, unresolved = [], []
    for title in titles:
        matches = list(Article.objects.filter(title__iexact=title).order_by("pk"))
        match = next(
            (article for article in matches if article.status == Status.PUBLISHED),
            matches[0] if matches else None,
        )
        if match is None:
            unresolved.append(title)
        elif match not in resolved:
            resolved.append(match)
    return resolved, unresolved


def article_import_legacy(*, raw: bytes, title: str = "", dry_run: bool = False) -> ImportResult:
    """Create a draft Article from a legacy text file, through the one editorial write path
    (one revision, one "Imported" audit entry).

    Nothing is written when the file is refused, when validation fails, or on a dry run.
    """
    summary_limit = Article._meta.get_field("summary").max_length
    parsed = parse(decode(raw), title=title, summary_limit=summary_limit)
    with transaction.atomic():
        resolved, unresolved = resolve_see_also(parsed.see_also)
        fields = {
            "title": parsed.title,
            "slug": unique_slug(parsed.title),
            "summary": parsed.summary,
            "body": parsed.body,
            "ai_generated": parsed.ai_generated,
            "disclosure": parsed.disclosure,
        }
        article = Article(**fields)
        result = ImportResult(
            article=article, parsed=parsed, resolved=resolved, unresolved=unresolved
        )
        try:
            if dry_run:
                article.full_clean()
                article.render_body()
                return result
            content_save(
                obj=article,
                user=None,
                relations={"see_also": resolved},
                route=Route.IMPORT,
                reason="Imported from a legacy text file",
                action=AuditEntry.Action.IMPORT,
            )
        except ValidationError as error:
            problems = " ".join(
                f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
            )
            raise LegacyImportError(f"The article would not be valid. {problems}") from None
        result.created = True
    return result
