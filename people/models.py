"""The people behind the content: authors and reviewers, named with a short biography, so that
a reader knows who wrote and who checked what they read."""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from armistice_site import links
from armistice_site.natural_keys import SlugManager
from armistice_site.registry import Api, Role, content_type
from armistice_site.revisioning import Revisions


class PersonQuerySet(models.QuerySet):
    def public(self) -> "PersonQuerySet":
        """People are reference data: anyone named on the site has a page."""
        return self.all()


class PersonManager(SlugManager.from_queryset(PersonQuerySet)):
    """``PersonQuerySet`` as a manager, plus ``get_by_natural_key`` (the slug) for backups."""


@content_type(
    Role.REFERENCE,
    url_name="people:detail",
    api=Api("people", "person", "people.api.PersonViewSet"),
    sitemap_priority=0.3,
)
class Person(models.Model):
    """An author or reviewer of articles."""

    name = models.CharField(_("name"), max_length=200, help_text=_("As shown in bylines."))
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    role_title = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("One line under the name, e.g. “Historian of the Korean War”."),
    )
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    bio = models.TextField(
        _("short biography"),
        max_length=800,
        validators=[MaxLengthValidator(800)],
        blank=True,
        help_text=_("Two or three plain sentences: who they are and what they know about."),
    )
    web_page = models.URLField(
        _("web page"), max_length=500, blank=True, help_text=_("Their own page elsewhere.")
    )

    objects = PersonManager()
    history = Revisions()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def get_absolute_url(self):
        return links.path_to("people:detail", self.slug)
