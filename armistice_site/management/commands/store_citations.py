import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from armistice_site.citable import store_missing


class Command(BaseCommand):
    help = (
        "Format and store the “Cite this” texts of articles, documents and sources that have "
        "none (migrate does this too), or with --all of every one, e.g. after a citeproc or "
        "style upgrade."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", dest="every", help="Store every row's texts again."
        )

    def handle(self, *args, every, **options):
        with tqdm(
            desc="Citing", unit="item", file=sys.stderr, disable=options["verbosity"] == 0
        ) as bar:
            stored = store_missing(every=every, progress=bar.update)
        self.stdout.write(self.style.SUCCESS(f"Stored the citations of {stored} items."))
