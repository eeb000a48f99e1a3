from django.core.management.base import BaseCommand, CommandError

from editorial.backup import export_records, write


class Command(BaseCommand):
    help = (
        "Write all content (drafts included) to one JSON or JSONL file with natural keys. "
        "The same data always gives the same bytes; import it with import_content."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="File to write; '-' for standard output.")
        parser.add_argument("--format", choices=["json", "jsonl"], default="json")
        parser.add_argument(
            "--with-history",
            action="store_true",
            help="Include every revision, and deleted items' last ones (their slugs stay retired).",
        )

    def handle(self, *args, out, format, with_history, **options):
        records = export_records(with_history=with_history)
        if out == "-":
            write(records, self.stdout, fmt=format)
            return
        try:
            with open(out, "w", encoding="utf-8") as stream:
                write(records, stream, fmt=format)
        except OSError as error:
            raise CommandError(f"Cannot write {out}: {error.strerror}") from error
        if options["verbosity"]:
            self.stderr.write(f"Wrote {len(records)} records to {out}.")
