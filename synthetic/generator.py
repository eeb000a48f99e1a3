"""Bulk synthetic content: deterministic for a seed, written with PostgreSQL ``COPY``.

Every kind of content gets its own random stream (``"<seed>:<kind>"``), so the same seed
always gives the same rows, and ids are reserved from each table's sequence before writing,
so relations can be written in the same pass. Model ``save()`` is bypassed: bodies come from
``synthetic.bodies`` already rendered, "Cite this" texts from ``synthetic.citations`` (which
is why titles are in title case), and search vectors are refreshed afterwards with the models'
own ``refresh_search_vectors`` (one UPDATE per batch)."""

import datetime
import json
import random
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from django.db import connection, models, transaction
from django.utils.text import slugify

from alliances.models import Alliance, Country, Membership, Obligation
from armistice_site.citable import PAGE_URL
from armistice_site.precision import Precision, truncate
from armistice_site.publishing import Status
from articles.models import Article, Source, Tag, Topic
from people.models import Person
from synthetic import vocabulary as words
from synthetic.bodies import BodyComposer
from synthetic.citations import CitationShapes, headline
from timeline.models import Event, Timeline, TimelineEntry

EPOCH = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)
PUBLISHING_SPAN_DAYS = 3650  # everything goes live between 2015 and 2025, so it is public now
FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2025, 12, 31)
STATUS_WEIGHTS = (
    (Status.PUBLISHED, 0.92),
    (Status.DRAFT, 0.05),
    (Status.IN_REVIEW, 0.02),
    (Status.ARCHIVED, 0.01),
)
CONTENT_MODELS = (
    TimelineEntry, Timeline, Event, Membership, Alliance, Article, Source, Tag, Topic, Country,
    Person,
)  # fmt: skip

# Connections computing search vectors while the main one writes (the machine has two cores).
VECTOR_WORKERS = 2

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Sizes:
    articles: int
    alliances: int
    events: int
    countries: int

    @property
    def sources(self) -> int:
        return max(10, self.articles // 10)

    @property
    def tags(self) -> int:
        return max(20, min(400, self.articles // 100))

    @property
    def timelines(self) -> int:
        return max(1, self.events // 2000) if self.events else 0

    @property
    def total(self) -> int:
        return self.articles + self.alliances + self.events


def content_tables() -> list[str]:
    """Every table generated content lives in, relations included."""
    tables = []
    for model in CONTENT_MODELS:
        tables.append(model._meta.db_table)
        for field in model._meta.local_many_to_many:
            if field.remote_field.through._meta.auto_created:
                tables.append(field.remote_field.through._meta.db_table)
    return tables


def flush_content() -> None:
    """Empty every content table (and restart ids), so a seed reproduces identical rows."""
    with connection.cursor() as cursor:
        # Foreign keys are checked at commit; inside an open transaction (the tests) the
        # pending checks must run before TRUNCATE may empty the tables.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {', '.join(content_tables())} RESTART IDENTITY CASCADE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    if count == 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [model._meta.db_table, count],
        )
        return sorted(row[0] for row in cursor.fetchall())


def _columns(model: type[models.Model], with_id: bool) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if with_id or not field.primary_key]


def _value(field: models.Field, row: dict):
    value = row[field.attname] if field.attname in row else field.get_default()
    if isinstance(field, models.JSONField):
        return json.dumps(value)
    return value


def copy_rows(model: type[models.Model], rows: Iterable[dict], with_id: bool = True) -> None:
    """``COPY`` rows (dicts by attribute name; missing fields take their defaults). Without
    ``with_id`` the database numbers the rows (for tables nothing points to)."""
    fields = _columns(model, with_id)
    names = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row([_value(field, row) for field in fields])


def copy_links(field, pairs: Iterable[tuple[int, int]]) -> None:
    """``COPY`` rows of an automatic many-to-many table: (owner id, target id) pairs."""
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    if source == target:  # a model related to itself: from_article / to_article
        source, target = f"from_{source}", f"to_{target}"
    rows = ({f"{source}_id": a, f"{target}_id": b} for a, b in pairs)
    copy_rows(through, rows, with_id=False)


def pick_status(rng: random.Random) -> str:
    roll = rng.random()
    for status, weight in STATUS_WEIGHTS:
        if roll < weight:
            return status
        roll -= weight
    return Status.PUBLISHED


def publishing(rng: random.Random) -> dict:
    """Status and the four times of the publishing base, all in the past (before 2025)."""
    status = pick_status(rng)
    created = EPOCH + datetime.timedelta(seconds=rng.randrange(PUBLISHING_SPAN_DAYS * 86400))
    live = status in (Status.PUBLISHED, Status.ARCHIVED)
    publish_at = created + datetime.timedelta(hours=rng.randint(1, 240)) if live else None
    updated = (publish_at or created) + datetime.timedelta(hours=rng.randint(0, 48))
    return {
        "status": status,
        "publish_at": publish_at,
        "first_published_at": publish_at,
        "created_at": created,
        "updated_at": updated,
    }


def unique_slug(text: str, number: int) -> str:
    return f"{slugify(text)[:180].strip('-')}-{number}"


def a_day(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def summary_of(rng: random.Random, subject: str) -> str:
    text = f"{subject}: " + " ".join(
        f"{rng.choice(words.ACTORS)} {rng.choice(words.VERBS)} {rng.choice(words.OBJECTS)}."
        for _ in range(rng.randint(1, 3))
    )
    return text[:500]


def by_name(person: Person) -> str:
    return person.name  # as ``Person.Meta.ordering`` lists an article's authors


def batched(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ContentGenerator:
    """Writes ``sizes`` worth of content for ``seed``.

    Outside a transaction each batch commits on its own, and its search vectors are computed
    by a second database connection while the next batch is written: ``to_tsvector`` over
    long bodies is the slowest step, and this way both cores work. Inside a transaction (the
    tests) everything happens on one connection, in order."""

    def __init__(self, *, seed: int, sizes: Sizes, batch_size: int = 1000, progress=None):
        self.seed, self.sizes, self.batch_size = seed, sizes, batch_size
        self.progress: Progress = progress or (lambda count: None)
        self.composer = BodyComposer(self.stream("sections"))
        self.citing = CitationShapes()
        self.pending: list[Future] = []

    def stream(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def run(self) -> None:
        parallel = not connection.in_atomic_block
        with ThreadPoolExecutor(max_workers=VECTOR_WORKERS) as executor:
            self.executor = executor if parallel else None
            self.write_all()
            for future in self.pending:
                future.result()

    def write_all(self) -> None:
        with transaction.atomic():
            self.topics = self.write_topics()
            self.tags = self.write_tags()
            self.sources = self.write_sources()
            self.people = self.write_people()
            self.countries = self.write_countries()
        self.article_ids = reserve_ids(Article, self.sizes.articles)
        self.write_articles()
        self.alliance_ids = reserve_ids(Alliance, self.sizes.alliances)
        self.write_alliances()
        self.event_ids = reserve_ids(Event, self.sizes.events)
        self.write_events()
        self.write_timelines()

    # Reference data ---------------------------------------------------------------------------

    def write_topics(self) -> list[int]:
        ids = reserve_ids(Topic, len(words.TOPICS))
        copy_rows(
            Topic,
            (
                {"id": pk, "name": name, "slug": slugify(name), "description": f"About {name}."}
                for pk, name in zip(ids, words.TOPICS, strict=True)
            ),
        )
        return ids

    def write_tags(self) -> list[int]:
        names = list(words.TAG_WORDS) + [
            f"{word} ({place.removeprefix('the ')})"
            for place in words.PLACES
            for word in words.TAG_WORDS
        ]
        names = names[: self.sizes.tags]
        ids = reserve_ids(Tag, len(names))
        copy_rows(
            Tag,
            (
                {"id": pk, "name": name, "slug": unique_slug(name, number)}
                for number, (pk, name) in enumerate(zip(ids, names, strict=True))
            ),
        )
        return ids

    def write_people(self) -> list[int]:
        ids = reserve_ids(Person, len(words.AUTHORS))
        self.names = dict(zip(ids, words.AUTHORS, strict=True))
        copy_rows(
            Person,
            (
                {
                    "id": pk,
                    "name": name,
                    "slug": unique_slug(name, number),
                    "bio": f"{name} writes.",
                }
                for number, (pk, name) in enumerate(zip(ids, words.AUTHORS, strict=True))
            ),
        )
        return ids

    def write_sources(self) -> list[int]:
        rng = self.stream("sources")
        ids = reserve_ids(Source, self.sizes.sources)
        kinds = Source.Kind.values

        def rows():
            for number, pk in enumerate(ids):
                title = f"{rng.choice(words.ASPECTS)} at {rng.choice(words.PLACES)}"
                kind = rng.choice(kinds)
                row = {
                    "id": pk,
                    "title": headline(f"{title[0].upper()}{title[1:]}, volume {number + 1}"),
                    "slug": unique_slug(title, number),
                    "author": rng.choice(words.AUTHORS),
                    "publisher": rng.choice(words.PUBLISHERS),
                    "url": f"https://archive.example.org/documents/{number}"
                    if kind in ("web", "news", "primary")
                    else "",
                    "published_on": a_day(rng, datetime.date(1920, 1, 1), LAST_DAY),
                    "accessed_on": datetime.date(2024, 1, 1) if kind == "web" else None,
                    "kind": kind,
                }
                row["citation_texts"] = self.citing.texts(Source(**row).citation_item(PAGE_URL))
                yield row

        copy_rows(Source, rows())
        return ids

    def write_countries(self) -> list[int]:
        rng = self.stream("countries")
        ids = reserve_ids(Country, self.sizes.countries)
        codes = [a + b + c for a in _LETTERS for b in _LETTERS for c in _LETTERS]
        rng.shuffle(codes)
        taken: set[str] = set()

        def rows():
            for number, pk in enumerate(ids):
                stem = "".join(rng.choice(words.NAME_SYLLABLES) for _ in range(rng.randint(2, 3)))
                name = rng.choice(words.COUNTRY_FORMS).format(name=stem.capitalize())
                if name in taken:
                    name = f"{name} {number}"
                taken.add(name)
                founded = rng.randint(1800, 1995)
                dissolved = rng.randint(founded, 2020) if rng.random() < 0.1 else None
                yield {
                    "id": pk,
                    "name": name,
                    "slug": unique_slug(name, number),
                    "iso3": codes[number],
                    "cow_code": rng.randint(2, 999),
                    "founded_year": founded,
                    "dissolved_year": dissolved,
                    "summary": f"{name}, a state of the synthetic world, founded in {founded}.",
                }

        copy_rows(Country, rows())
        return ids

    # Articles ---------------------------------------------------------------------------------

    def write_articles(self) -> None:
        rng = self.stream("articles")
        tags_field = Article._meta.get_field("tags")
        sources_field = Article._meta.get_field("sources")
        see_also_field = Article._meta.get_field("see_also")
        authors_field = Article._meta.get_field("authors")
        for batch in batched(list(enumerate(self.article_ids)), self.batch_size):
            rows, tags, sources, see_also, authors = [], [], [], [], []
            for number, pk in batch:
                row = self.article_row(rng, number, pk)
                people = rng.sample(self.people, rng.randint(1, 2))
                row["citation_texts"] = self.article_citations(row, people)
                rows.append(row)
                authors += [(pk, person) for person in people]
                tags += [(pk, tag) for tag in rng.sample(self.tags, rng.randint(1, 5))]
                sources += [(pk, s) for s in rng.sample(self.sources, min(4, rng.randint(1, 4)))]
                if number:  # earlier articles only: later ones are not committed yet
                    earlier = self.article_ids[:number]
                    others = {rng.choice(earlier) for _ in range(rng.randint(0, 3))}
                    see_also += [(pk, other) for other in sorted(others)]
            with transaction.atomic():
                copy_rows(Article, rows)
                copy_links(tags_field, tags)
                copy_links(sources_field, sources)
                copy_links(see_also_field, see_also)
                copy_links(authors_field, authors)
                self.refresh_vectors(Article, batch[0][1], batch[-1][1])
            self.progress(len(batch))

    def article_citations(self, row: dict, people: list[int]) -> dict[str, str]:
        """The article's "Cite this" texts, its authors in the order a page lists them."""
        article = Article(**row)
        authors = sorted((Person(pk=pk, name=self.names[pk]) for pk in people), key=by_name)
        article._prefetched_objects_cache = {"authors": authors}
        return self.citing.texts(article.citation_item(PAGE_URL))

    def article_row(self, rng: random.Random, number: int, pk: int) -> dict:
        place = rng.choice(words.PLACES)
        title = rng.choice(words.TITLE_FORMS).format(
            place=place, year=rng.randint(1900, 2025), aspect=rng.choice(words.ASPECTS)
        )
        title = headline(title[0].upper() + title[1:])
        body = self.composer.compose(rng, rng.randint(1000, 4000))
        ai_generated = rng.random() < 0.05
        fact_check = rng.choice(Article.FactCheck.values)
        times = publishing(rng)
        return {
            "id": pk,
            "title": title,
            "slug": unique_slug(title, number),
            "summary": summary_of(rng, title),
            "topic_id": rng.choice(self.topics),
            "featured": rng.random() < 0.001,
            "ai_generated": ai_generated,
            "disclosure": "Drafted with an AI model from an editor's outline."
            if ai_generated
            else "",
            "fact_check_status": fact_check,
            "reviewer_id": rng.choice(self.people) if fact_check != "unchecked" else None,
            "last_reviewed_on": times["updated_at"].date() if fact_check != "unchecked" else None,
            "body": body.markdown,
            "body_html": body.html,
            "body_text": body.text,
            "toc": body.toc,
            "reading_time": body.reading_time,
            **times,
        }

    # Alliances --------------------------------------------------------------------------------

    def write_alliances(self) -> None:
        rng = self.stream("alliances")
        sources_field = Alliance._meta.get_field("sources")
        articles_field = Alliance._meta.get_field("articles")
        for batch in batched(list(enumerate(self.alliance_ids)), self.batch_size):
            rows, members, sources, articles = [], [], [], []
            for number, pk in batch:
                row = self.alliance_row(rng, number, pk)
                rows.append(row)
                members += self.memberships(rng, row)
                sources += [(pk, s) for s in rng.sample(self.sources, rng.randint(0, 3))]
                if self.article_ids:
                    picked = {rng.choice(self.article_ids) for _ in range(rng.randint(0, 4))}
                    articles += [(pk, article) for article in sorted(picked)]
            with transaction.atomic():
                copy_rows(Alliance, rows)
                copy_rows(Membership, members, with_id=False)
                copy_links(sources_field, sources)
                copy_links(articles_field, articles)
                self.refresh_vectors(Alliance, batch[0][1], batch[-1][1])
            self.progress(len(batch))

    def alliance_row(self, rng: random.Random, number: int, pk: int) -> dict:
        adjective, noun = rng.choice(words.ALLIANCE_ADJECTIVES), rng.choice(words.ALLIANCE_NOUNS)
        name = f"{adjective} {noun} of {rng.randint(1900, 2020)}"
        signed = a_day(rng, FIRST_DAY, datetime.date(2020, 12, 31))
        ended = a_day(rng, signed, LAST_DAY) if rng.random() < 0.4 else None
        in_force = a_day(rng, signed, signed + datetime.timedelta(days=365))
        if ended and in_force > ended:
            in_force = signed
        body = self.composer.compose(rng, rng.randint(300, 1500))
        obligations = {value: rng.random() < 0.4 for value in Obligation.values}
        return {
            "id": pk,
            "name": name,
            "slug": unique_slug(name, number),
            "short_name": "".join(part[0] for part in f"{adjective} {noun}".split()).upper(),
            "kind": rng.choice(Alliance.Kind.values),
            **obligations,
            "signed_on": signed,
            "in_force_on": in_force,
            "ended_on": ended,
            "end_reason": "Dissolved by its members." if ended else "",
            "summary": summary_of(rng, name),
            "atop_id": 1000 + number,
            "cow_id": None,
            "body": body.markdown,
            "body_html": body.html,
            "body_text": body.text,
            "toc": body.toc,
            "reading_time": body.reading_time,
            **publishing(rng),
        }

    def memberships(self, rng: random.Random, alliance: dict) -> list[dict]:
        if not self.countries:
            return []
        count = min(len(self.countries), rng.randint(2, 25))
        end = alliance["ended_on"] or LAST_DAY
        rows = []
        for position, country in enumerate(rng.sample(self.countries, count)):
            signed = alliance["signed_on"]
            joined = signed if position < 2 else a_day(rng, signed, end)
            left = a_day(rng, joined, end) if rng.random() < 0.2 else None
            rows.append(
                {
                    "alliance_id": alliance["id"],
                    "country_id": country,
                    "role": Membership.Role.FOUNDING
                    if position < 2
                    else rng.choice(Membership.Role.values),
                    "joined_on": joined,
                    "left_on": left if left and left > joined else None,
                    "note": "",
                }
            )
        return rows

    # Events and timelines ---------------------------------------------------------------------

    def write_events(self) -> None:
        rng = self.stream("events")
        relations = {
            name: Event._meta.get_field(name)
            for name in ("countries", "alliances", "articles", "sources")
        }
        pools = {
            "countries": (self.countries, 1, 3),
            "alliances": (self.alliance_ids, 0, 2),
            "articles": (self.article_ids, 0, 2),
            "sources": (self.sources, 0, 2),
        }
        for batch in batched(list(enumerate(self.event_ids)), self.batch_size):
            rows, links = [], {name: [] for name in relations}
            for number, pk in batch:
                rows.append(self.event_row(rng, number, pk))
                for name, (pool, least, most) in pools.items():
                    if pool:
                        picked = {rng.choice(pool) for _ in range(rng.randint(least, most))}
                        links[name] += [(pk, other) for other in sorted(picked)]
            with transaction.atomic():
                copy_rows(Event, rows)
                for name, field in relations.items():
                    copy_links(field, links[name])
                self.refresh_vectors(Event, batch[0][1], batch[-1][1])
            self.progress(len(batch))

    def event_row(self, rng: random.Random, number: int, pk: int) -> dict:
        place = rng.choice(words.PLACES)
        title = rng.choice(words.EVENT_FORMS).format(place=place)
        start_precision = rng.choices(Precision.values, weights=(15, 25, 60))[0]
        start = truncate(a_day(rng, FIRST_DAY, LAST_DAY), start_precision)
        end, end_precision = None, Precision.DAY
        if rng.random() < 0.3:
            end_precision = rng.choice(Precision.values)
            end = truncate(a_day(rng, start, start + datetime.timedelta(days=900)), end_precision)
            if end < start:
                end = None
        located = rng.random() < 0.5
        body = self.composer.compose(rng, rng.randint(100, 600))
        return {
            "id": pk,
            "title": f"{title} ({start.year})",
            "slug": unique_slug(f"{title} {start.year}", number),
            "start_date": start,
            "start_precision": start_precision,
            "end_date": end,
            "end_precision": end_precision,
            "summary": summary_of(rng, title),
            "category": rng.choice(Event.Category.values),
            "importance": rng.choices((1, 2, 3, 4, 5), weights=(30, 30, 25, 10, 5))[0],
            "location_name": place.removeprefix("the ").capitalize(),
            "latitude": round(rng.uniform(-60, 70), 5) if located else None,
            "longitude": round(rng.uniform(-170, 170), 5) if located else None,
            "body": body.markdown,
            "body_html": body.html,
            "body_text": body.text,
            "toc": body.toc,
            "reading_time": body.reading_time,
            **publishing(rng),
        }

    def write_timelines(self) -> None:
        rng = self.stream("timelines")
        ids = reserve_ids(Timeline, self.sizes.timelines)
        rows, entries = [], []
        for number, pk in enumerate(ids):
            place = rng.choice(words.PLACES)
            title = f"{rng.choice(words.ASPECTS)} around {place}, part {number + 1}"
            rows.append(
                {
                    "id": pk,
                    "title": title,
                    "slug": unique_slug(title, number),
                    "introduction": summary_of(rng, title),
                    **publishing(rng),
                }
            )
            chosen = rng.sample(self.event_ids, min(len(self.event_ids), rng.randint(20, 60)))
            entries += [
                {"timeline_id": pk, "event_id": event, "position": position}
                for position, event in enumerate(chosen)
            ]
        with transaction.atomic():
            copy_rows(Timeline, rows)
            copy_rows(TimelineEntry, entries, with_id=False)

    def refresh_vectors(self, model, first_id: int, last_id: int) -> None:
        """Search vectors of a written batch: now, or (in parallel mode) on the second
        connection once the batch is committed."""
        if self.executor is None:
            refresh_batch(model, first_id, last_id)
            return
        transaction.on_commit(
            lambda: self.pending.append(
                self.executor.submit(refresh_batch, model, first_id, last_id, close=True)
            )
        )


def refresh_batch(model, first_id: int, last_id: int, close: bool = False) -> None:
    model.refresh_search_vectors(model.objects.filter(pk__range=(first_id, last_id)))
    if close:
        connection.close()  # this thread's connection goes back to the pool


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
