import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from editorial.backup import BackupError, import_content, missing_media, read


class Command(BaseCommand):
    help = (
        "Load a file written by export_content, in one transaction: all of it or nothing. "
        "Into a database that already holds content it refuses (default) or merges by slug."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file (JSON or JSONL).")
        parser.add_argument(
            "--mode",
            choices=["refuse", "merge"],
            default="refuse",
            help="If content exists: refuse (default), or merge (update items with the same "
            "slug, add the others).",
        )

    def handle(self, *args, path, mode, **options):
        try:
            with open(path, encoding="utf-8") as stream:
                records = read(stream)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except (BackupError, UnicodeDecodeError) as error:
            raise CommandError(f"Nothing was imported: {error}") from error
        with tqdm(
            total=len(records),
            desc="Importing",
            unit="item",
            file=sys.stderr,
            disable=options["verbosity"] == 0,
        ) as bar:
            try:
                counts = import_content(records, mode=mode, source=path, advance=bar.update)
            except BackupError as error:
                raise CommandError(f"Nothing was imported: {error}") from error
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Imported {total} items from {path} ({mode})."))
        if missing := missing_media(records):
            some = ", ".join(missing[:10]) + (", …" if len(missing) > 10 else "")
            self.stderr.write(
                f"{len(missing)} media file{'s' if len(missing) != 1 else ''} named in the backup "
                f"{'is' if len(missing) == 1 else 'are'} missing from MEDIA_ROOT "
                f"({settings.MEDIA_ROOT}): {some}. Copy them back from the copy of MEDIA_ROOT "
                "taken with the backup."
            )
