"""The publishing base shared by every public content type (Article, Alliance, Event,
Timeline): one status field, one go-live time and one rule, ``.public()``, for what anonymous
readers may see."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class PublishableQuerySet(models.QuerySet):
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
            "When readers first see it. Leave empty to publish now; a future time schedules it."
        ),
    )
    first_published_at = models.DateTimeField(
        _("first published"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

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
