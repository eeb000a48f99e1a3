"""``manage.py generate_content``: realistic synthetic content in bulk, for benchmarks."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from armistice_site.invalidation import bump_generation
from articles.models import Article
from synthetic.generator import ContentGenerator, Sizes, flush_content


class Command(BaseCommand):
    help = (
        "Generate synthetic articles, alliances (with memberships), events, countries, tags, "
        "sources and timelines with PostgreSQL COPY. The same --seed gives identical content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--alliances", type=int, default=100)
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument("--countries", type=int, default=200)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Empty every content table first (all content, not only generated content).",
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("generate_content writes with PostgreSQL COPY; set DATABASE_URL.")
        sizes = Sizes(
            articles=options["articles"],
            alliances=options["alliances"],
            events=options["events"],
            countries=options["countries"],
        )
        if min(sizes.articles, sizes.alliances, sizes.events, sizes.countries) < 0:
            raise CommandError("Counts cannot be negative.")
        if options["flush"]:
            flush_content()
        elif Article.objects.exists():
            raise CommandError(
                "The database already holds content; use --flush to replace all of it."
            )
        started = time.monotonic()
        with tqdm(
            total=sizes.total,
            unit="item",
            desc="Generating",
            disable=options["verbosity"] == 0,
        ) as bar:
            ContentGenerator(
                seed=options["seed"],
                sizes=sizes,
                batch_size=options["batch_size"],
                progress=bar.update,
            ).run()
        with connection.cursor() as cursor:
            # Not only statistics: VACUUM also moves the search indexes' pending entries
            # (GIN fastupdate) into the index proper, as autovacuum would on a running site;
            # until then every full-text lookup scans that whole list. VACUUM cannot run
            # inside a transaction (the tests), where ANALYZE alone is what matters.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        bump_generation()  # COPY sends no signals; cached pages must not outlive the old data
        if options["verbosity"]:
            self.stdout.write(
                f"Generated {sizes.articles} articles, {sizes.alliances} alliances, "
                f"{sizes.events} events and {sizes.countries} countries "
                f"(seed {options['seed']}) in {time.monotonic() - started:.0f} s."
            )
