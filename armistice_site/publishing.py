"""The publishing base shared by every public content type (Article, Alliance, Event,
Timeline): one status field, one go-live time and one rule, ``.public()``, for what anonymous
readers may see."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

from armistice_site.natural_keys import SlugManager


def permission_name(model: type[models.Model] | models.Model, action: str) -> str:
    """``"articles.publish_article"`` for ``(Article, "publish")``: the one spelling of a
    content permission (view, add, change, delete and, for publishable types, publish)."""
    opts = model._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


#: Columns no list, card or summary shows: a page of 20 articles would otherwise fetch their
#: whole bodies, rendered HTML, search vectors and "Cite this" texts (tens of kilobytes each).
LIST_DEFERRED = ("body", "body_html", "body_text", "toc", "search_vector", "citation_texts")


def list_columns(queryset: models.QuerySet, prefix: str = "") -> models.QuerySet:
    """``queryset`` without the heavy columns its model (or the relation ``prefix`` leads to)
    has: what every list, card and teaser needs."""
    model = queryset.model
    for name in filter(None, prefix.split("__")):
        model = model._meta.get_field(name).related_model
    present = {f.attname for f in model._meta.concrete_fields}
    return queryset.defer(*(prefix + name for name in LIST_DEFERRED if name in present))


class PublishableQuerySet(models.QuerySet):
    def for_list(self) -> "PublishableQuerySet":
        """Without bodies, rendered HTML and search vectors: for lists, cards and teasers."""
        return list_columns(self)

    def published(self) -> "PublishableQuerySet":
        return self.filter(status=Status.PUBLISHED)

    def live(self, now=None) -> "PublishableQuerySet":
        return self.filter(publish_at__lte=now or timezone.now())

    def public(self, now=None) -> "PublishableQuerySet":
        """What anonymous readers may see: published, and its go-live time has come.

        Visibility is decided at read time, so a scheduled item goes live without a job.
        IMPORTANT: ``Publishable.is_public()`` is the per-object twin; change both together.
        """
        return self.published().live(now)

    def scheduled(self, now=None) -> "PublishableQuerySet":
        return self.published().filter(publish_at__gt=now or timezone.now())


class PublishableManager(SlugManager.from_queryset(PublishableQuerySet)):
    """``PublishableQuerySet`` as a manager, plus ``get_by_natural_key`` for backups."""


class Publishable(models.Model):
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published items whose publish time has come are shown to readers."),
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "When readers began (or, if scheduled, will begin) to see it. Set by the workflow "
            "buttons: Publish sets it to now, Schedule to the time you choose."
        ),
    )
    first_published_at = models.DateTimeField(
        _("first published"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableManager()

    class Meta:
        abstract = True

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        if not exclude or "slug" not in exclude:
            self.validate_slug_not_retired()

    def validate_slug_not_retired(self) -> None:
        """Refuse a slug that another item of this type had while readers could see it.

        Old addresses redirect to the item's current one forever (``editorial.redirects``
        finds them in the revision history); giving such a slug to new content would make old
        links and bookmarks point at something else. Deleted items' slugs stay retired too."""
        try:
            history = get_history_model_for_model(type(self))
        except NotHistoricalModelError:
            return
        others = history.objects.filter(slug=self.slug, first_published_at__isnull=False)
        if self.pk is not None:
            others = others.exclude(id=self.pk)
        last = others.order_by("-history_date", "-history_id").first()
        if last is None:
            return
        after = (
            history.objects.filter(id=last.id, history_date__gt=last.history_date)
            .order_by("history_date", "history_id")
            .first()
        )
        until = (after or last).history_date
        raise ValidationError(
            {
                "slug": _(
                    "This address was used by “%(item)s” until %(until)s; choose another slug "
                    "so old links do not point at new content."
                )
                % {
                    "item": last.instance,
                    "until": date_format(timezone.localtime(until), "DATE_FORMAT"),
                }
            }
        )

    def is_public(self, now=None) -> bool:
        """Per-object twin of ``PublishableQuerySet.public()``; keep the two identical."""
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= (now or timezone.now())
        )

    def is_scheduled(self, now=None) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > (now or timezone.now())
        )

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED:
            if self.publish_at is None:
                self.publish_at = timezone.now()
            if self.first_published_at is None:
                self.first_published_at = self.publish_at
        super().save(*args, **kwargs)
