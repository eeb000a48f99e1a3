"""Natural keys: how a backup names an object without its database id.

Every content object is known by its slug, so a backup restores into any database (ids differ)
and merges into one that already holds the same items. Models return their key from
``natural_key()``; their manager finds the object again with ``get_by_natural_key()``."""

from django.db import models


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug: str) -> models.Model:
        return self.get(slug=slug)
