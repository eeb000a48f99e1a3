"""Loads the demo content of ``demo.data`` into the database.

Every item is written through the editorial services (``editorial.services``), as the system
user: validated, with one revision ("Loaded with the demo content") and one audit entry, and
published or scheduled through the workflow, whose publishing requirements it must meet.

Running it again changes nothing: every item is found by its slug (a membership by alliance,
country and joining date; a timeline entry by timeline and event) and an item that exists is
left as it is, because from then on it belongs to the editors (``make run`` loads the demo on
every start, and must never undo their work). With ``update=True`` (``load_demo --update``) the
data wins instead: fields whose value differs are written, missing links and rows are added
and a changed status is a workflow step, but nothing is ever removed. Either way a rerun over
unchanged data moves no ``updated_at`` and writes no revision. The whole load is one
transaction: wrong data stops it with a message naming the item, and nothing is half-loaded.

Articles link to each other ("see also"), in cycles, so they are written in two passes: all
articles first, then their links, which new articles record as a second revision."""

import datetime
import importlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone

from alliances.models import Alliance, Country, Membership, Obligation
from armistice_site import precision, registry
from armistice_site.invalidation import bump_generation
from armistice_site.publishing import Status
from articles.models import Article, Correction, Question, Reading, Source, Tag, Topic
from demo import drawings
from documents.models import Document
from editorial.services import Move, PartRows, Route, content_save
from glossary.models import GlossaryTerm
from media_library.models import Image
from people.models import Person
from timeline.models import Event, Timeline, TimelineEntry

DATA_PACKAGE = "demo.data"
DATA_MODULES = (
    "countries",
    "people",
    "documents",
    "glossary",
    "images",
    "alliances",
    "articles",
    "events",
    "timelines",
)
KINDS = (
    "sources",
    "people",
    "documents",
    "terms",
    "topics",
    "tags",
    "countries",
    "images",
    "articles",
    "corrections",
    "alliances",
    "events",
    "timelines",
)
NEXT_ANNIVERSARY = "next-anniversary"
ARMISTICE_DAY = (7, 27)

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
REPORT_ORDER = (
    "sources",
    "people",
    "documents",
    "terms",
    "topics",
    "tags",
    "countries",
    "images",
    "articles",
    "questions, readings and corrections",
    "alliances",
    "memberships",
    "events",
    "timelines",
    "timeline entries",
)
ARTICLE_PARTS = "questions, readings and corrections"
PUBLISHING_KEYS = {"status", "publish_at"}
KEYS = {
    "source": {
        "slug", "title", "author", "publisher", "url", "published_on", "published_precision",
        "accessed_on", "kind",
    },
    "person": {"slug", "name", "role_title", "affiliation", "bio", "web_page"},
    "document": {
        "slug", "title", "kind", "date", "date_precision", "place", "creator", "summary",
        "repository", "identifier", "repository_url", "original_language", "edition",
        "edition_url", "text_note", "body_file", "translation", "rights", "rights_url",
    } | PUBLISHING_KEYS,
    "term": {"slug", "term", "short_definition", "body", "also_matches", "related"}
    | PUBLISHING_KEYS,
    "question": {"kind", "text", "document", "locator"},
    "reading": {"level", "source", "document", "note"},
    "correction": {"article", "corrected_on", "what_was_wrong", "what_it_says_now"},
    "topic": {"slug", "name", "description"},
    "image": {"slug", "drawing", "title", "alt_text", "caption", "credit", "licence", "source_url"},
    "tag": {"slug", "name"},
    "country": {
        "slug", "name", "iso3", "cow_code", "founded_year", "dissolved_year", "summary",
    },
    "article": {
        "slug", "title", "summary", "body_file", "topic", "tags", "authors", "sources",
        "see_also", "ai_generated", "disclosure", "fact_check_status", "featured", "reviewer",
        "last_reviewed_on", "documents", "glossary_terms", "audience", "level",
        "learning_objectives", "teacher_notes", "questions", "readings",
    } | PUBLISHING_KEYS,
    "alliance": {
        "slug", "name", "short_name", "kind", "obligations", "signed_on", "in_force_on",
        "ended_on", "end_reason", "summary", "body", "sources", "articles", "atop_id", "cow_id",
        "members", "documents",
    } | PUBLISHING_KEYS,
    "member": {"country", "role", "joined_on", "left_on", "note"},
    "event": {
        "slug", "title", "start_date", "start_precision", "end_date", "end_precision",
        "summary", "body", "category", "importance", "countries", "alliances", "articles",
        "sources", "location_name", "latitude", "longitude", "location_precision", "documents",
    } | PUBLISHING_KEYS,
    "timeline": {"slug", "title", "introduction", "events"} | PUBLISHING_KEYS,
}  # fmt: skip


class DemoDataError(Exception):
    """The demo data is wrong; the message names the item and what is wrong with it."""


@dataclass
class DemoData:
    """Everything the data modules define, gathered by kind."""

    body_dir: Path
    document_dir: Path | None = None
    sources: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    terms: list[dict] = field(default_factory=list)
    corrections: list[dict] = field(default_factory=list)
    topics: list[dict] = field(default_factory=list)
    tags: list[dict] = field(default_factory=list)
    countries: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    alliances: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    timelines: list[dict] = field(default_factory=list)

    @classmethod
    def from_package(cls, package: str = DATA_PACKAGE) -> "DemoData":
        """Reads every data module that exists; one not written yet is simply skipped."""
        root = Path(importlib.import_module(package).__file__).parent
        data = cls(body_dir=root / "articles", document_dir=root / "documents")
        for name in DATA_MODULES:
            try:
                module = importlib.import_module(f"{package}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{package}.{name}":
                    raise
                continue
            for kind in KINDS:
                getattr(data, kind).extend(getattr(module, kind.upper(), []))
        return data


@dataclass
class LoadReport:
    """How many objects of each kind were created, updated or left as they were."""

    counts: dict[str, Counter] = field(default_factory=dict)

    def record(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def lines(self) -> list[str]:
        kinds = sorted(self.counts, key=lambda kind: REPORT_ORDER.index(kind))
        return [
            f"{kind}: {c[CREATED]} created, {c[UPDATED]} updated, {c[UNCHANGED]} unchanged"
            for kind, c in ((kind, self.counts[kind]) for kind in kinds)
        ]


def next_anniversary(now: datetime.datetime) -> datetime.datetime:
    """The next 27 July, 00:00 UTC, after today: when the scheduled demo article goes live."""
    today = now.astimezone(datetime.UTC).date()
    day = datetime.date(today.year, *ARMISTICE_DAY)
    if day <= today:
        day = day.replace(year=today.year + 1)
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


@transaction.atomic
def demo_load(
    *,
    data: DemoData | None = None,
    now: datetime.datetime | None = None,
    update: bool = False,
) -> LoadReport:
    """Writes the demo content, in dependency order, and reports what it did. Existing items
    are left to their editors unless ``update`` asks for the data to win."""
    loader = _Loader(data or DemoData.from_package(), now or timezone.now(), update)
    loader.run()
    # Every write went through content_save() and moved its own versions; a demo load is
    # rare and touches most of the site, so every cached page is dropped on commit as well.
    transaction.on_commit(bump_generation)
    return loader.report


@contextmanager
def _about(label: str) -> Iterator[None]:
    """Turns any error found while handling one data item into a message naming it."""
    try:
        yield
    except DemoDataError as error:
        raise DemoDataError(f"{label}: {error}") from error
    except ValidationError as error:
        raise DemoDataError(f"{label}: {_describe(error)}") from error
    except KeyError as error:
        raise DemoDataError(f"{label}: missing {error}") from error
    except (ValueError, TypeError, OSError) as error:
        raise DemoDataError(f"{label}: {error}") from error


def _describe(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _check_keys(item: dict, kind: str) -> None:
    unknown = set(item) - KEYS[kind]
    if unknown:
        raise DemoDataError(f"unknown field(s) {', '.join(sorted(unknown))}")


def _date(value) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def _datetime(value) -> datetime.datetime:
    moment = (
        value if isinstance(value, datetime.datetime) else datetime.datetime.fromisoformat(value)
    )
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=datetime.UTC)


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _differs(instance: models.Model, values: dict) -> dict:
    return {name: value for name, value in values.items() if getattr(instance, name) != value}


def _missing_links(instance: models.Model, links: dict[str, list[models.Model]]) -> dict:
    """Per relation, the current targets plus those the data names that are missing, or
    nothing if none is missing: links are added, never removed."""
    merged = {}
    for name, targets in links.items():
        present = list(getattr(instance, name).values_list("pk", flat=True))
        missing = [t.pk for t in targets if t.pk not in present]
        if missing:
            merged[name] = [*present, *dict.fromkeys(missing)]
    return merged


@dataclass
class _Item:
    """One item of the data, as the loader writes it."""

    model: type[models.Model]
    lookup: dict
    values: dict
    links: dict[str, list[models.Model]] = field(default_factory=dict)
    status: str | None = None
    publish_at: datetime.datetime | None = None
    rows: list["_Row"] = field(default_factory=list)


@dataclass
class _Row:
    """A row inside an item (a membership, a timeline entry): found by ``lookup`` within its
    item, written with ``values``."""

    model: type[models.Model]
    lookup: dict
    values: dict

    def within(self, item: models.Model) -> models.Model | None:
        parent = registry.entry(self.model).part.parent
        return self.model._default_manager.filter(**{parent: item}, **self.lookup).first()

    def new(self) -> models.Model:
        return self.model(**self.lookup, **self.values)


class _Loader:
    def __init__(self, data: DemoData, now: datetime.datetime, update: bool):
        self.data = data
        self.now = now
        self.update = update
        self.report = LoadReport()

    def write(self, item: _Item, rows_kind: str = "") -> tuple[models.Model, str]:
        """Create the item, or (with ``update``) bring an existing one in line with the data;
        ``rows`` (lookup, values) are the rows inside it (memberships, timeline entries)."""
        instance = item.model._default_manager.filter(**item.lookup).first()
        if instance is None:
            instance = item.model(**item.lookup)
            rows = PartRows(saved=[row.new() for row in item.rows])
            for _ in rows.saved:
                self.report.record(rows_kind, CREATED)
            move = self.move(None, item)
            content_save(
                obj=instance,
                user=None,
                fields=item.values,
                relations=item.links,
                parts=[rows],
                move=move,
                route=Route.DEMO,
            )
            return instance, CREATED
        if not self.update:
            return instance, UNCHANGED
        fields = _differs(instance, item.values)
        links = _missing_links(instance, item.links)
        rows = self.changed_rows(instance, item.rows, rows_kind)
        move = self.move(instance, item)
        if not (fields or links or rows or move):
            return instance, UNCHANGED
        content_save(
            obj=instance,
            user=None,
            fields=fields,
            relations=links,
            parts=[rows],
            move=move,
            route=Route.DEMO,
        )
        return instance, UPDATED

    def move(self, instance: models.Model | None, item: _Item) -> Move | None:
        """The workflow step that gives the item the data's status. ``"next-anniversary"``
        and an empty go-live time are resolved on creation only, so a rerun on another day
        does not move a publication date."""
        if item.status is None:
            return None
        current = instance.status if instance is not None else Status.DRAFT
        if item.status == current:
            return None
        return Move(item.status, publish_at=item.publish_at if instance is None else None)

    def changed_rows(self, item: models.Model, rows: list[_Row], kind: str) -> PartRows:
        """Rows the data names that are missing or differ; rows editors added stay."""
        part = PartRows()
        for row in rows:
            found = row.within(item)
            if found is None:
                part.saved.append(row.new())
                self.report.record(kind, CREATED)
            elif changed := _differs(found, row.values):
                for name, value in changed.items():
                    setattr(found, name, value)
                part.saved.append(found)
                self.report.record(kind, UPDATED)
            else:
                self.report.record(kind, UNCHANGED)
        return part

    def run(self) -> None:
        self.load_sources()
        for item in self.data.people:
            with _about(f"person {item.get('slug')!r}"):
                _check_keys(item, "person")
                values = {key: item.get(key, "") for key in KEYS["person"] - {"slug"}}
                _, outcome = self.write(_Item(Person, {"slug": item["slug"]}, values))
                self.report.record("people", outcome)
        for item in self.data.documents:
            with _about(f"document {item.get('slug')!r}"):
                self.load_document(item)
        terms = []
        for item in self.data.terms:
            with _about(f"term {item.get('slug')!r}"):
                terms.append(self.load_term(item))
        for item, (term, outcome) in zip(self.data.terms, terms, strict=True):
            with _about(f"term {item['slug']!r}"):
                related = self.find(GlossaryTerm, item.get("related", []), "term")
                owned = outcome == CREATED or self.update
                if owned and (links := _missing_links(term, {"related": related})):
                    content_save(obj=term, user=None, relations=links, route=Route.DEMO)
                    outcome = UPDATED if outcome == UNCHANGED else outcome
            self.report.record("terms", outcome)
        for item in self.data.topics:
            with _about(f"topic {item.get('slug')!r}"):
                _check_keys(item, "topic")
                values = {"name": item["name"], "description": item.get("description", "")}
                _, outcome = self.write(_Item(Topic, {"slug": item["slug"]}, values))
                self.report.record("topics", outcome)
        for item in self.data.tags:
            with _about(f"tag {item.get('slug')!r}"):
                _check_keys(item, "tag")
                _, outcome = self.write(_Item(Tag, {"slug": item["slug"]}, {"name": item["name"]}))
                self.report.record("tags", outcome)
        for item in self.data.countries:
            with _about(f"country {item.get('slug')!r}"):
                self.load_country(item)
        for item in self.data.images:
            with _about(f"image {item.get('slug')!r}"):
                self.load_image(item)
        articles = []
        for item in self.data.articles:
            with _about(f"article {item.get('slug')!r}"):
                articles.append(self.load_article(item))
        for item, (article, outcome) in zip(self.data.articles, articles, strict=True):
            with _about(f"article {item['slug']!r}"):
                see_also = self.find(Article, item.get("see_also", []), "article")
                owned = outcome == CREATED or self.update
                if owned and (links := _missing_links(article, {"see_also": see_also})):
                    content_save(obj=article, user=None, relations=links, route=Route.DEMO)
                    outcome = UPDATED if outcome == UNCHANGED else outcome
            self.report.record("articles", outcome)
        for item in self.data.alliances:
            with _about(f"alliance {item.get('slug')!r}"):
                self.load_alliance(item)
        for item in self.data.events:
            with _about(f"event {item.get('slug')!r}"):
                self.load_event(item)
        for item in self.data.timelines:
            with _about(f"timeline {item.get('slug')!r}"):
                self.load_timeline(item)

    def load_image(self, item: dict) -> None:
        """A library image, drawn by the site (``demo.drawings``) when it is first created;
        an image that exists keeps its file (an editor may have replaced it)."""
        _check_keys(item, "image")
        values = {key: item.get(key, "") for key in KEYS["image"] - {"slug", "drawing"}}
        if item.get("drawing") not in drawings.DRAWINGS:
            raise DemoDataError(f"unknown drawing {item.get('drawing')!r}")
        if not Image.objects.filter(slug=item["slug"]).exists():
            drawn = drawings.DRAWINGS[item["drawing"]]()
            values["file"] = ContentFile(drawn, name=f"{item['slug']}.png")
        _, outcome = self.write(_Item(Image, {"slug": item["slug"]}, values))
        self.report.record("images", outcome)

    def find(self, model: type[models.Model], slugs: Iterable[str], what: str) -> list:
        """The objects with these slugs, in the data's order; an unknown slug is an error."""
        slugs = list(slugs)
        found = model._default_manager.in_bulk(slugs, field_name="slug")
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise DemoDataError(f"unknown {what} {', '.join(map(repr, unknown))}")
        return [found[slug] for slug in slugs]

    def publishing(self, item: dict) -> dict:
        """The item's status and, for its creation, its go-live time: none (now) or the next
        27 July (``"next-anniversary"``), which schedules it."""
        publish_at = item.get("publish_at")
        if publish_at == NEXT_ANNIVERSARY:
            publish_at = next_anniversary(self.now)
        elif publish_at is not None:
            publish_at = _datetime(publish_at)
        return {"status": item.get("status", Status.PUBLISHED), "publish_at": publish_at}

    def load_sources(self) -> None:
        """Sources come from every module; one slug may appear in several of them, each
        filling in what it knows, but two different values for one field are an error."""
        by_slug: dict[str, dict] = {}
        for item in self.data.sources:
            with _about(f"source {item.get('slug')!r}"):
                _check_keys(item, "source")
                merged = by_slug.setdefault(item["slug"], {})
                for name, value in item.items():
                    if value in (None, ""):
                        continue
                    if merged.get(name, value) != value:
                        raise DemoDataError(
                            f"defined twice with different {name}: {merged[name]!r}, {value!r}"
                        )
                    merged[name] = value
        for slug, item in by_slug.items():
            with _about(f"source {slug!r}"):
                values = {
                    "title": item["title"],
                    "author": item.get("author") or "",
                    "publisher": item.get("publisher") or "",
                    "url": item.get("url") or "",
                    "published_on": _date(item.get("published_on")),
                    "published_precision": item.get("published_precision") or "day",
                    "accessed_on": _date(item.get("accessed_on")),
                    "kind": item.get("kind", Source.Kind.WEB),
                }
                _, outcome = self.write(_Item(Source, {"slug": slug}, values))
                self.report.record("sources", outcome)

    def load_document(self, item: dict) -> None:
        _check_keys(item, "document")
        precision_ = item.get("date_precision") or precision.Precision.DAY
        values = {
            key: item.get(key, "")
            for key in KEYS["document"] - {"slug", "body_file", "date", "status", "publish_at"}
        }
        values |= {
            "date_precision": precision_,
            "date": precision.truncate(_date(item["date"]), precision_),
            "body": (self.data.document_dir / item["body_file"]).read_text(encoding="utf-8")
            if item.get("body_file")
            else "",
        }
        document = _Item(Document, {"slug": item["slug"]}, values, **self.publishing(item))
        self.report.record("documents", self.write(document)[1])

    def load_term(self, item: dict) -> tuple[GlossaryTerm, str]:
        _check_keys(item, "term")
        values = {
            "term": item["term"],
            "short_definition": item["short_definition"],
            "body": item.get("body", ""),
            "also_matches": item.get("also_matches", ""),
        }
        return self.write(
            _Item(GlossaryTerm, {"slug": item["slug"]}, values, **self.publishing(item))
        )

    def article_rows(self, item: dict) -> list[_Row]:
        """The article's questions, further reading and corrections, by position."""
        rows = []
        for position, question in enumerate(item.get("questions", []), start=1):
            with _about(f"question {position}"):
                _check_keys(question, "question")
                document = question.get("document")
                values = {
                    "kind": question["kind"],
                    "text": question["text"],
                    "document": self.find(Document, [document], "document")[0]
                    if document
                    else None,
                    "locator": question.get("locator", ""),
                }
                rows.append(_Row(Question, {"position": position}, values))
        for position, reading in enumerate(item.get("readings", []), start=1):
            with _about(f"reading {position}"):
                _check_keys(reading, "reading")
                source, document = reading.get("source"), reading.get("document")
                values = {
                    "level": reading["level"],
                    "source": self.find(Source, [source], "source")[0] if source else None,
                    "document": self.find(Document, [document], "document")[0]
                    if document
                    else None,
                    "note": reading.get("note", ""),
                }
                rows.append(_Row(Reading, {"position": position}, values))
        corrections = [c for c in self.data.corrections if c.get("article") == item["slug"]]
        for position, correction in enumerate(corrections, start=1):
            with _about(f"correction {position}"):
                _check_keys(correction, "correction")
                values = {
                    "corrected_on": _date(correction["corrected_on"]),
                    "what_was_wrong": correction["what_was_wrong"],
                    "what_it_says_now": correction["what_it_says_now"],
                }
                rows.append(_Row(Correction, {"position": position}, values))
        return rows

    def load_country(self, item: dict) -> None:
        _check_keys(item, "country")
        values = {
            "name": item["name"],
            "iso3": item["iso3"],
            "cow_code": item.get("cow_code"),
            "founded_year": item.get("founded_year"),
            "dissolved_year": item.get("dissolved_year"),
            "summary": item.get("summary", ""),
        }
        _, outcome = self.write(_Item(Country, {"slug": item["slug"]}, values))
        self.report.record("countries", outcome)

    def load_article(self, item: dict) -> tuple[Article, str]:
        _check_keys(item, "article")
        topic = self.find(Topic, [item["topic"]], "topic")[0] if item.get("topic") else None
        values = {
            "title": item["title"],
            "summary": item.get("summary", ""),
            "body": (self.data.body_dir / item["body_file"]).read_text(encoding="utf-8"),
            "topic_id": topic.pk if topic else None,
            "ai_generated": item.get("ai_generated", False),
            "disclosure": item.get("disclosure", ""),
            "fact_check_status": item.get("fact_check_status", Article.FactCheck.UNCHECKED),
            "reviewer_id": self.find(Person, [item["reviewer"]], "person")[0].pk
            if item.get("reviewer")
            else None,
            "last_reviewed_on": _date(item.get("last_reviewed_on")),
            "featured": item.get("featured", False),
            "audience": item.get("audience", ""),
            "level": item.get("level", ""),
            "learning_objectives": "\n".join(item.get("learning_objectives", [])),
            "teacher_notes": item.get("teacher_notes", ""),
        }
        links = {
            "tags": self.find(Tag, item.get("tags", []), "tag"),
            "sources": self.find(Source, item.get("sources", []), "source"),
            "authors": self.find(Person, item.get("authors", []), "person"),
            "documents": self.find(Document, item.get("documents", []), "document"),
            "glossary_terms": self.find(GlossaryTerm, item.get("glossary_terms", []), "term"),
        }
        article = _Item(
            Article,
            {"slug": item["slug"]},
            values,
            links,
            **self.publishing(item),
            rows=self.article_rows(item),
        )
        return self.write(article, ARTICLE_PARTS)

    def load_alliance(self, item: dict) -> None:
        _check_keys(item, "alliance")
        obligations = set(item.get("obligations", []))
        if unknown := obligations - set(Obligation.values):
            raise DemoDataError(f"unknown obligation(s) {', '.join(sorted(unknown))}")
        values = {name: name in obligations for name in Obligation.values}
        values |= {
            "name": item["name"],
            "short_name": item.get("short_name", ""),
            "kind": item["kind"],
            "signed_on": _date(item["signed_on"]),
            "in_force_on": _date(item.get("in_force_on")),
            "ended_on": _date(item.get("ended_on")),
            "end_reason": item.get("end_reason", ""),
            "summary": item.get("summary", ""),
            "body": item.get("body", ""),
            "atop_id": item.get("atop_id"),
            "cow_id": item.get("cow_id"),
        }
        links = {
            "sources": self.find(Source, item.get("sources", []), "source"),
            "articles": self.find(Article, item.get("articles", []), "article"),
            "documents": self.find(Document, item.get("documents", []), "document"),
        }
        rows = []
        for member in item.get("members", []):
            with _about(f"member {member.get('country')!r} joined {member.get('joined_on')}"):
                rows.append(self.membership(member))
        alliance = _Item(
            Alliance, {"slug": item["slug"]}, values, links, **self.publishing(item), rows=rows
        )
        self.report.record("alliances", self.write(alliance, "memberships")[1])

    def membership(self, member: dict) -> _Row:
        _check_keys(member, "member")
        country = self.find(Country, [member["country"]], "country")[0]
        lookup = {"country": country, "joined_on": _date(member["joined_on"])}
        values = {
            "role": member.get("role", Membership.Role.MEMBER),
            "left_on": _date(member.get("left_on")),
            "note": member.get("note", ""),
        }
        return _Row(Membership, lookup, values)

    def load_event(self, item: dict) -> None:
        _check_keys(item, "event")
        start_precision = item.get("start_precision") or precision.Precision.DAY
        end_precision = item.get("end_precision") or precision.Precision.DAY
        end_date = _date(item.get("end_date"))
        values = {
            "title": item["title"],
            "start_date": precision.truncate(_date(item["start_date"]), start_precision),
            "start_precision": start_precision,
            "end_date": end_date and precision.truncate(end_date, end_precision),
            "end_precision": end_precision,
            "summary": item.get("summary", ""),
            "body": item.get("body", ""),
            "category": item["category"],
            "importance": item.get("importance", 3),
            "location_name": item.get("location_name", ""),
            "latitude": _decimal(item.get("latitude")),
            "longitude": _decimal(item.get("longitude")),
            "location_precision": item.get("location_precision", ""),
        }
        links = {
            name: self.find(model, item.get(name, []), what)
            for name, model, what in (
                ("countries", Country, "country"),
                ("alliances", Alliance, "alliance"),
                ("articles", Article, "article"),
                ("sources", Source, "source"),
                ("documents", Document, "document"),
            )
        }
        event = _Item(Event, {"slug": item["slug"]}, values, links, **self.publishing(item))
        self.report.record("events", self.write(event)[1])

    def load_timeline(self, item: dict) -> None:
        _check_keys(item, "timeline")
        values = {"title": item["title"], "introduction": item.get("introduction", "")}
        events = self.find(Event, item.get("events", []), "event")
        rows = [
            _Row(TimelineEntry, {"event": event}, {"position": position})
            for position, event in enumerate(events, start=1)
        ]
        timeline = _Item(
            Timeline, {"slug": item["slug"]}, values, **self.publishing(item), rows=rows
        )
        self.report.record("timelines", self.write(timeline, "timeline entries")[1])
