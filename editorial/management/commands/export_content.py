from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from editorial.backup import export_records, media_files, write


class Command(BaseCommand):
    help = (
        "Write all content (drafts included) and every old address to one JSON or JSONL file "
        "with natural keys. The same data always gives the same bytes; import it with "
        "import_content. Uploaded images are named, not included: copy MEDIA_ROOT alongside."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="File to write; '-' for standard output.")
        parser.add_argument("--format", choices=["json", "jsonl"], default="json")
        parser.add_argument(
            "--with-history",
            action="store_true",
            help="Include every revision (without it, only those that hold old slugs travel, so "
            "old addresses still redirect and retired slugs stay retired).",
        )

    def handle(self, *args, out, format, with_history, **options):
        self.verbosity = options["verbosity"]
        records = export_records(with_history=with_history)
        if out == "-":
            write(records, self.stdout, fmt=format)
            self.say_media(records)
            return
        try:
            with open(out, "w", encoding="utf-8") as stream:
                write(records, stream, fmt=format)
        except OSError as error:
            raise CommandError(f"Cannot write {out}: {error.strerror}") from error
        if options["verbosity"]:
            self.stderr.write(f"Wrote {len(records)} records to {out}.")
            self.say_media(records)

    def say_media(self, records) -> None:
        count = len(media_files(records))
        if count and self.verbosity:
            root = str(settings.MEDIA_ROOT).rstrip("/")
            self.stderr.write(
                f"The backup names {count} media file{'s' if count != 1 else ''} (lead images) "
                f"but does not contain them: copy MEDIA_ROOT ({root}) alongside it, e.g. "
                f"`rsync -a {root}/ backup-media/`, and back into MEDIA_ROOT before importing."
            )
