"""Reads from a replica, writes to the primary, when ``DATABASE_REPLICA_URL`` is set.

A replica lags the primary by a little, so right after a write a reader may briefly see the
old row; the page cache's generation moves on at commit, and an entry rendered from a lagging
replica expires within ``CACHE_SECONDS`` like any other. Inside a transaction (an atomic
write with its reads, a service function) everything stays on the primary, so a write never
validates against stale data."""

from django.db import connections

PRIMARY, REPLICA = "default", "replica"


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints) -> str:
        if connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return REPLICA

    def db_for_write(self, model, **hints) -> str:
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # both hold the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        return db == PRIMARY
