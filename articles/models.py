from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from armistice_site.natural_keys import SlugManager
from armistice_site.publishing import Publishable
from armistice_site.registry import Api, Role, Search, content_type
from armistice_site.rendering import RenderedBody
from armistice_site.revisioning import Revisions
from armistice_site.search import Searchable
from armistice_site.validators import validate_image_upload


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


class SourceQuerySet(models.QuerySet):
    def public(self) -> "SourceQuerySet":
        """Sources are reference data: every one is citable, so readers see them all."""
        return self.all()


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

    def __str__(self):
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})


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

    def __str__(self):
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


@content_type(Role.REFERENCE, api=Api("sources", "source", "articles.api.SourceViewSet"))
class Source(models.Model):
    """A citation: where a fact can be checked."""

    class Kind(models.TextChoices):
        PRIMARY = "primary", _("Primary document")
        BOOK = "book", _("Book")
        JOURNAL = "journal", _("Journal article")
        NEWS = "news", _("News")
        WEB = "web", _("Web page")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    author = models.CharField(_("author"), max_length=300, blank=True)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    published_on = models.DateField(_("date published"), null=True, blank=True)
    accessed_on = models.DateField(
        _("date accessed"), null=True, blank=True, help_text=_("For web pages: when you read it.")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.WEB)

    objects = SourceManager()
    history = Revisions()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

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
        text=("summary", "body"),
        weights=(("title", "A"), ("summary", "B"), ("body", "C")),
    ),
    sitemap_priority=0.8,
)
class Article(Publishable, RenderedBody, Searchable):
    class FactCheck(models.TextChoices):
        UNCHECKED = "unchecked", _("Not yet fact-checked")
        CHECKED = "checked", _("Fact-checked")
        DISPUTED = "disputed", _("Disputed")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The article's address: /articles/<slug>/. Keep it stable once published."),
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
    authors = models.CharField(
        _("authors"), max_length=300, blank=True, help_text=_("Display names, comma-separated.")
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
    fact_checked_by = models.CharField(_("fact-checked by"), max_length=200, blank=True)
    fact_checked_at = models.DateTimeField(_("fact-checked at"), null=True, blank=True)

    history = Revisions(m2m_fields=[tags, sources, see_also])

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
        ]
        indexes = [models.Index(fields=["status", "publish_at"], name="article_public_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def author_list(self) -> list[str]:
        return [name.strip() for name in self.authors.split(",") if name.strip()]
