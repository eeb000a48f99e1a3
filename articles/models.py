import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from armistice_site import citations, links, precision
from armistice_site.citable import Citable
from armistice_site.natural_keys import SlugManager
from armistice_site.precision import Precision
from armistice_site.publishing import Publishable
from armistice_site.references import Reference
from armistice_site.registry import Api, Part, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable
from armistice_site.validators import validate_image_upload
from documents.models import Document
from glossary.marking import mark_first_uses
from glossary.models import GlossaryTerm
from people.models import Person


class LabelQuerySet(models.QuerySet):
    """Topics and tags: the labels articles carry (through their ``articles`` relation)."""

    def public(self, now=None) -> "LabelQuerySet":
        """What anonymous readers may see: labels of at least one public article.

        A topic or tag that only drafts or scheduled articles use would otherwise announce
        their subject before they go live; it appears with its first public article.
        IMPORTANT: ``Label.is_public()`` is the per-object twin; change both together."""
        article_field = self.model._meta.get_field("articles").field.name
        return self.filter(pk__in=Article.objects.public(now).values(article_field))


class LabelManager(SlugManager.from_queryset(LabelQuerySet)):
    """``LabelQuerySet`` as a manager, plus ``get_by_natural_key`` for backups."""


class Label(models.Model):
    """What topics and tags share: readers see one only while it labels a public article."""

    objects = LabelManager()

    class Meta:
        abstract = True

    def is_public(self, now=None) -> bool:
        """Per-object twin of ``LabelQuerySet.public()``; keep the two identical."""
        return self.articles.public(now).exists()


AUDIENCES = [
    ("secondary", _("Secondary school students (14–18)")),
    ("university", _("University students")),
    ("general", _("General readers")),
]
LEVELS = [
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]


class PartManager(models.Manager):
    def get_by_natural_key(self, article: str, position: int) -> models.Model:
        """A row inside an article is known by the article and its position."""
        return self.get(article__slug=article, position=position)


class SourceQuerySet(models.QuerySet):
    def public(self) -> "SourceQuerySet":
        """Sources readers see: those cited by public content (an article, an alliance, an
        event). The editorial workflow treats these as live, so a change to one by someone who
        may not publish waits for a publisher (``editorial.pending.is_live``). The API's source
        list still shows every source: a citation is harmless before it is cited."""
        cited = Q(pk__in=[])
        for relation in self.model._meta.related_objects:
            if relation.many_to_many and issubclass(relation.related_model, Publishable):
                public = relation.related_model._default_manager.public()
                cited |= Q(**{f"{relation.name}__in": public})
        return self.filter(cited).distinct()


class SourceManager(SlugManager.from_queryset(SourceQuerySet)):
    """``SourceQuerySet`` as a manager, plus ``get_by_natural_key`` (the slug) for backups."""


@content_type(
    Role.REFERENCE,
    url_name="articles:topic",
    api=Api("topics", "topic", "articles.api.TopicViewSet"),
    sitemap_priority=0.4,
)
class Topic(Label):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        permissions = [("publish_topic", "Can change topics readers see without review")]

    def __str__(self):
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return links.path_to("articles:topic", self.slug)


@content_type(
    Role.REFERENCE,
    url_name="articles:tag",
    api=Api("tags", "tag", "articles.api.TagViewSet"),
    sitemap_priority=0.4,
)
class Tag(Label):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        permissions = [("publish_tag", "Can change tags readers see without review")]

    def __str__(self):
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return links.path_to("articles:tag", self.slug)


#: CSL types for each kind of source.
SOURCE_CSL_TYPES = {
    "primary": "manuscript",
    "book": "book",
    "journal": "article-journal",
    "news": "article-newspaper",
    "web": "webpage",
}


@content_type(
    Role.REFERENCE,
    url_name="articles:source",
    api=Api("sources", "source", "articles.api.SourceViewSet"),
    sitemap_priority=0.3,
)
class Source(Citable):
    """A citation: where a fact can be checked."""

    class Kind(models.TextChoices):
        PRIMARY = "primary", _("Primary document")
        BOOK = "book", _("Book")
        JOURNAL = "journal", _("Journal article")
        NEWS = "news", _("News")
        WEB = "web", _("Web page")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    author = models.CharField(
        _("author"),
        max_length=300,
        blank=True,
        help_text=_(
            "People as “Given Family”, joined by “and”; “(eds.)” at the end for editors; an "
            "organisation as written."
        ),
    )
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    published_on = models.DateField(_("date published"), null=True, blank=True)
    published_precision = models.CharField(
        _("date known to the"),
        max_length=8,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_("A book is usually known by its year: give 1 January and choose “Year”."),
    )
    accessed_on = models.DateField(
        _("date accessed"), null=True, blank=True, help_text=_("For web pages: when you read it.")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.WEB)

    objects = SourceManager()
    history = Revisions()

    class Meta:
        ordering = ["title"]
        permissions = [("publish_source", "Can change sources readers see without review")]

    def __str__(self):
        return self.title

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return links.path_to("articles:source", self.slug)

    def csl(self) -> dict:
        """This source as a CSL-JSON item (what "Cite this" and footnotes are made from)."""
        role, people = citations.names(self.author)
        container = self.publisher if self.kind in ("news", "journal") else ""
        return citations.clean(
            {
                "id": f"source:{self.slug}",
                "type": SOURCE_CSL_TYPES.get(self.kind, "webpage"),
                "title": self.title,
                role: people,
                "container-title": container,
                "publisher": "" if container else self.publisher,
                "issued": citations.csl_date(self.published_on, self.published_precision),
                "URL": self.url,
                "accessed": citations.csl_date(self.accessed_on) if self.url else None,
            }
        )

    def citation_item(self, url: str) -> dict:
        """A source is cited at its own address (``self.url``), not at its page here."""
        return self.csl()

    def clean(self):
        if self.published_on:
            self.published_on = precision.truncate(self.published_on, self.published_precision)

    def citation(self) -> str:
        """One reference-list line: Author. Title. Publisher, date. URL (accessed …)."""
        parts = [f"{self.author}." if self.author else "", f"{self.title}."]
        if self.publisher or self.published_on:
            where = ", ".join(
                part
                for part in (self.publisher, self.published_on and self.published_on.isoformat())
                if part
            )
            parts.append(f"{where}.")
        return " ".join(part for part in parts if part)


@content_type(
    Role.PUBLISHABLE,
    url_name="articles:detail",
    api=Api("articles", "article", "articles.api.ArticleViewSet"),
    search=Search(
        title="title",
        text=("summary", "body_text"),
        weights=(("title", "A"), ("summary", "B"), ("body_text", "C")),
    ),
    sitemap_priority=0.8,
)
class Article(Publishable, Citable, RenderedBody, Searchable):
    class FactCheck(models.TextChoices):
        UNCHECKED = "unchecked", _("Not yet fact-checked")
        CHECKED = "checked", _("Fact-checked")
        DISPUTED = "disputed", _("Disputed")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_(
            "The last part of the article's address, e.g. korean-armistice for "
            "/articles/korean-armistice/. Keep it stable once published."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        validators=[MaxLengthValidator(500)],
        blank=True,
        help_text=_("One or two plain sentences, shown in lists and to search engines."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="articles")
    authors = models.ManyToManyField(
        Person,
        verbose_name=_("authors"),
        blank=True,
        related_name="articles",
        help_text=_("Named in the byline, with a link to each one's page and short biography."),
    )
    sources = models.ManyToManyField(
        Source, verbose_name=_("sources"), blank=True, related_name="articles"
    )
    see_also = models.ManyToManyField(
        "self",
        verbose_name=_("see also"),
        symmetrical=False,
        blank=True,
        related_name="see_also_from",
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown first on the home page.")
    )
    lead_image = models.ImageField(
        _("lead image"),
        upload_to="articles/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("A JPEG, PNG, WebP or GIF image."),
    )
    lead_image_asset = models.ForeignKey(
        "media_library.Image",
        verbose_name=_("lead image from the library"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_of",
        help_text=_(
            "Shown at the top with its caption and credit; preferred to an uploaded lead image."
        ),
    )
    lead_image_alt = models.CharField(
        _("lead image description"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it. Required with an image."),
    )
    ai_generated = models.BooleanField(
        _("AI-generated"), default=False, help_text=_("Readers see a disclosure banner.")
    )
    disclosure = models.TextField(
        _("AI disclosure"),
        blank=True,
        help_text=_("Shown as a banner when the article is AI-generated."),
    )
    fact_check_status = models.CharField(
        _("fact-check status"),
        max_length=16,
        choices=FactCheck.choices,
        default=FactCheck.UNCHECKED,
    )
    reviewer = models.ForeignKey(
        Person,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_articles",
        help_text=_("Who checked the article against its sources. Needed once it is checked."),
    )
    last_reviewed_on = models.DateField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_("When the reviewer last checked it. Needed once it is checked."),
    )
    documents = models.ManyToManyField(
        Document,
        verbose_name=_("primary documents"),
        blank=True,
        related_name="articles",
        help_text=_("The primary sources the article is based on; their pages list it."),
    )
    glossary_terms = models.ManyToManyField(
        GlossaryTerm,
        verbose_name=_("glossary terms to mark"),
        blank=True,
        related_name="articles",
        help_text=_(
            "The first use of each ticked term in the body is marked, with its short "
            "definition on hover and focus."
        ),
    )
    audience = models.CharField(_("audience"), max_length=16, choices=AUDIENCES, blank=True)
    level = models.CharField(_("level"), max_length=16, choices=LEVELS, blank=True)
    learning_objectives = models.TextField(
        _("learning objectives"),
        blank=True,
        help_text=_("One per line: what a student can do after reading (“Explain why …”)."),
    )
    teacher_notes = models.TextField(
        _("notes for teachers"),
        blank=True,
        help_text=_("Plain paragraphs: how to use the article in class, timing, activities."),
    )

    history = Revisions(m2m_fields=[tags, sources, see_also, authors, documents, glossary_terms])

    class Meta:
        permissions = [("publish_article", "Can publish, schedule, unpublish and archive articles")]
        ordering = ["-publish_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(lead_image="") | ~Q(lead_image_alt=""),
                name="article_image_needs_alt",
                violation_error_message=_("Describe the lead image for readers who cannot see it."),
            ),
            models.CheckConstraint(
                condition=Q(ai_generated=False) | ~Q(disclosure=""),
                name="article_ai_needs_disclosure",
                violation_error_message=_("An AI-generated article needs its disclosure text."),
            ),
            models.CheckConstraint(
                condition=Q(fact_check_status="unchecked")
                | (Q(reviewer__isnull=False) & Q(last_reviewed_on__isnull=False)),
                name="article_check_names_reviewer",
                violation_error_message=_(
                    "A checked or disputed article names its reviewer and the review date."
                ),
            ),
        ]
        indexes = [models.Index(fields=["status", "publish_at"], name="article_public_idx")]

    cited_relations = {"authors": ("name",)}

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return links.path_to("articles:detail", self.slug)

    def clean(self):
        errors = {}
        if CHECK_CLAIM.search(self.disclosure):
            errors["disclosure"] = _(
                "Say only how AI was used. The site adds the fact-check status itself, so the "
                "disclosure and the status can never disagree."
            )
        if self.fact_check_status != self.FactCheck.UNCHECKED:
            if self.reviewer_id is None:
                errors["reviewer"] = _("Name who checked the article.")
            if self.last_reviewed_on is None:
                errors["last_reviewed_on"] = _("Give the date of the check.")
        if errors:
            raise ValidationError(errors)

    def review_statement(self) -> str:
        """The fact-check status in words, from the status itself: the only place the site
        says whether a person has checked the article."""
        if self.fact_check_status == self.FactCheck.UNCHECKED or self.reviewer is None:
            return gettext("It has not yet been fact-checked by a person.")
        when = date_format(self.last_reviewed_on, "j F Y") if self.last_reviewed_on else ""
        if self.fact_check_status == self.FactCheck.DISPUTED:
            return gettext(
                "%(reviewer)s reviewed it on %(when)s and found claims that are disputed; see "
                "the corrections at the end."
            ) % {"reviewer": self.reviewer.name, "when": when}
        return gettext("%(reviewer)s checked it against its sources on %(when)s.") % {
            "reviewer": self.reviewer.name,
            "when": when,
        }

    def disclosure_statement(self) -> str:
        """The AI disclosure readers see: how AI was used (the editor's words, unless they make
        a claim about checking, which only the status may make) and the real status; empty
        for an article written without AI."""
        if not self.ai_generated:
            return ""
        use = self.disclosure.strip()
        if not use or CHECK_CLAIM.search(use):
            use = gettext("This article was drafted with the help of an AI model.")
        return f"{use} {self.review_statement()}"

    def objectives(self) -> list[str]:
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]

    def annotate(self, html: str) -> tuple[str, list[Reference]]:
        """Mark the first use of each ticked, public glossary term. Every ticked term is
        recorded, public or not, so that publishing or editing it renders the body again."""
        if self.pk is None:
            return html, []
        ticked = list(self.glossary_terms.all())
        public = [term for term in ticked if term.is_public()]
        html, _marked = mark_first_uses(html, public)
        return html, [Reference("term", term.slug) for term in ticked]

    def csl(self, url: str = "", site_name: str = "") -> dict:
        """This article as a CSL-JSON item, for "Cite this article" and the API. A new article
        has no authors until its links are written (``editorial.services`` then cites it
        again)."""
        published = self.first_published_at or self.publish_at
        authors = self.authors.all() if self.pk is not None else []
        return citations.clean(
            {
                "id": f"article:{self.slug}",
                "type": "webpage",
                "title": self.title,
                "author": [citations.person_name(person.name) for person in authors],
                "container-title": site_name,
                "issued": citations.csl_date(published.date() if published else None),
                "URL": url,
                "abstract": self.summary,
            }
        )

    def citation_item(self, url: str) -> dict:
        return self.csl(url, settings.SITE_NAME)


#: A disclosure must not say whether the article was checked: the status says that.
CHECK_CLAIM = re.compile(r"\b(fact[- ]?check\w*|checked|verified|reviewed)\b", re.IGNORECASE)


def describe_question(question: "Question") -> str:
    return f"{question.get_kind_display()}: {question.text[:80]}"


@content_type(Role.PART, part=Part("article", _("Questions"), describe_question))
class Question(models.Model):
    """A question for students: a key question the article answers, one for discussion, or
    one that asks them to analyse a primary document."""

    class Kind(models.TextChoices):
        KEY = "key", _("Key question")
        DISCUSSION = "discussion", _("Discussion question")
        SOURCE = "source", _("Source-analysis question")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    text = models.TextField(_("question"), max_length=600, validators=[MaxLengthValidator(600)])
    document = models.ForeignKey(
        Document,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
        help_text=_("The primary document a source-analysis question asks about."),
    )
    locator = models.CharField(
        _("where in the document"),
        max_length=120,
        blank=True,
        help_text=_("e.g. “Article II, paragraph 13(a)”."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = PartManager()
    history = Revisions()

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="source") | Q(document__isnull=False),
                name="question_source_names_document",
                violation_error_message=_("A source-analysis question names its document."),
            ),
            models.UniqueConstraint(
                fields=["article", "position"],
                name="question_position_once",
                violation_error_message=_("Another question has this position."),
            ),
        ]

    def __str__(self):
        return self.text

    def natural_key(self) -> tuple[str, int]:
        return (self.article.slug, self.position)

    natural_key.dependencies = ["articles.article", "documents.document"]

    def clean(self):
        if self.kind == self.Kind.SOURCE and self.document_id is None:
            raise ValidationError({"document": _("Name the document this question is about.")})
        next_position(self)


def describe_reading(reading: "Reading") -> str:
    return f"{reading.get_level_display()}: {reading.source or reading.document}"


@content_type(Role.PART, part=Part("article", _("Further reading"), describe_reading))
class Reading(models.Model):
    """Further reading, graded from introductory to advanced: a source or a document."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="readings")
    level = models.CharField(_("level"), max_length=16, choices=LEVELS)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, null=True, blank=True
    )
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, null=True, blank=True
    )
    note = models.CharField(
        _("why read it"), max_length=300, blank=True, help_text=_("One line for the reader.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = PartManager()
    history = Revisions()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("further reading")
        verbose_name_plural = _("further reading")
        constraints = [
            models.CheckConstraint(
                condition=(Q(source__isnull=False) & Q(document__isnull=True))
                | (Q(source__isnull=True) & Q(document__isnull=False)),
                name="reading_one_item",
                violation_error_message=_("Choose a source or a document, not both."),
            ),
            models.UniqueConstraint(
                fields=["article", "position"],
                name="reading_position_once",
                violation_error_message=_("Another reading has this position."),
            ),
        ]

    def __str__(self):
        return str(self.source or self.document)

    def natural_key(self) -> tuple[str, int]:
        return (self.article.slug, self.position)

    natural_key.dependencies = ["articles.article", "articles.source", "documents.document"]

    def clean(self):
        if (self.source_id is None) == (self.document_id is None):
            raise ValidationError({"source": _("Choose a source or a document, not both.")})
        next_position(self)


def describe_correction(correction: "Correction") -> str:
    return f"{correction.corrected_on}: {correction.what_was_wrong[:80]}"


@content_type(Role.PART, part=Part("article", _("Corrections"), describe_correction))
class Correction(models.Model):
    """A public correction: what the article said that was wrong, and what it says now."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    corrected_on = models.DateField(_("corrected on"))
    what_was_wrong = models.TextField(
        _("what was wrong"), help_text=_("Quote or describe the error as readers saw it.")
    )
    what_it_says_now = models.TextField(
        _("what it says now"), help_text=_("The corrected statement, and its evidence.")
    )
    position = models.PositiveSmallIntegerField(_("number"), default=0)

    objects = PartManager()
    history = Revisions()

    class Meta:
        ordering = ["-corrected_on", "-position"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "position"],
                name="correction_number_once",
                violation_error_message=_("Another correction has this number."),
            ),
        ]

    def __str__(self):
        return f"Correction of {self.corrected_on}"

    def natural_key(self) -> tuple[str, int]:
        return (self.article.slug, self.position)

    natural_key.dependencies = ["articles.article"]

    def clean(self):
        next_position(self)

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#correction-{self.position}"


def next_position(row: models.Model) -> None:
    """A new row without a position goes last among its article's rows."""
    if row.position or row.article_id is None:
        return
    siblings = type(row)._default_manager.filter(article_id=row.article_id).exclude(pk=row.pk)
    row.position = (siblings.aggregate(last=models.Max("position"))["last"] or 0) + 1
