from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from articles.legacy_import import ImportResult, LegacyImportError, article_import_legacy


class Command(BaseCommand):
    help = (
        "Import a legacy plain-text article as a draft: headings, lists, 'See also' links "
        "and the AI banner are recognised. Nothing is written if the file is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a UTF-8 text file.")
        parser.add_argument(
            "--title",
            default="",
            help="The article's title; needed when the file has no title line at the top.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be created, and write nothing.",
        )

    def handle(self, *args, file, title, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            result = article_import_legacy(raw=path.read_bytes(), title=title, dry_run=dry_run)
        except LegacyImportError as error:
            raise CommandError(f"{file}: {error} Nothing was imported.") from None
        self.report(result)

    def report(self, result: ImportResult) -> None:
        article, parsed = result.article, result.parsed
        if result.created:
            admin_url = reverse("admin:articles_article_change", args=[article.pk])
            self.stdout.write(
                self.style.SUCCESS(f"Created draft article “{article.title}” ({article.slug}).")
            )
            self.stdout.write(f"Edit it at {admin_url}")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Dry run: would create draft article “{article.title}” ({article.slug}). "
                    "Nothing was written."
                )
            )
        self.stdout.write(f"Summary: {parsed.summary or '(none)'}")
        self.stdout.write(f"Reading time: {article.reading_time} min")
        if parsed.ai_generated:
            self.stdout.write(f"AI-generated, disclosure: {parsed.disclosure}")
        else:
            self.stdout.write("No AI banner found.")
        self.stdout.write(f"Headings found ({len(parsed.headings)}):")
        for heading in parsed.headings:
            self.stdout.write(f"  ## {heading}")
        self.stdout.write(f"See also resolved ({len(result.resolved)}):")
        for linked in result.resolved:
            self.stdout.write(f"  {linked.title} -> {linked.get_absolute_url()}")
        if result.unresolved:
            self.stdout.write(
                self.style.WARNING(
                    f"See also not found ({len(result.unresolved)}); no article has these "
                    "titles, add the links by hand once they exist:"
                )
            )
            for missing in result.unresolved:
                self.stdout.write(self.style.WARNING(f"  {missing}"))
        else:
            self.stdout.write("See also not found (0).")
