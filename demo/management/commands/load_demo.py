from django.core.management.base import BaseCommand, CommandError

from demo.loader import CREATED, UPDATED, DemoDataError, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo content: countries, alliances, articles, events and timelines. Safe to "
        "run again: it adds what is missing, updates what the data changed, removes nothing."
    )

    def handle(self, *args, **options):
        self.stdout.write("Loading demo content…")
        try:
            report = demo_load()
        except DemoDataError as error:
            raise CommandError(f"Demo content not loaded (nothing was written): {error}") from error
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if report.total(CREATED) or report.total(UPDATED):
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already up to date."))
