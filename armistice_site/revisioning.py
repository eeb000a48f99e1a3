"""Revision history for content models: django-simple-history, with one addition.

django-simple-history writes a revision from its ``post_save`` and ``m2m_changed`` receivers,
so one edit that saves a row and replaces two of its relations would leave three revisions.
The editorial services instead save with history switched off and then write exactly one
revision themselves. ``Revisions`` is ``HistoricalRecords`` that stays reachable from its
model for that (simple_history otherwise keeps it only inside its signal receivers)."""

from django.db import models
from simple_history.models import HistoricalRecords


class Revisions(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._revisions = self


def write_revision(obj: models.Model, *, created: bool, user, reason: str) -> None:
    """Record ``obj`` as it stands now, its many-to-many links included, as one revision by
    ``user`` (None for the system) with ``reason``."""
    records: Revisions = type(obj)._revisions
    obj._history_user = user
    obj._change_reason = reason[:100]
    records.create_historical_record(obj, "+" if created else "~")
