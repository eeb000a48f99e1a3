from django.core.management.base import BaseCommand, CommandError

from demo.loader import CREATED, UPDATED, DemoDataError, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo content: countries, alliances, articles, events and timelines. Safe to "
        "run again: it adds what is missing and leaves what exists to its editors (with "
        "--update, the data's values win); it never removes anything."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Also write the data's values over demo items that exist (e.g. a fact fix).",
        )

    def handle(self, *args, update, **options):
        self.stdout.write("Loading demo content…")
        try:
            report = demo_load(update=update)
        except DemoDataError as error:
            raise CommandError(f"Demo content not loaded (nothing was written): {error}") from error
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if report.total(CREATED) or report.total(UPDATED):
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already up to date."))
