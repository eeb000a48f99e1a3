"""Reads go to the replica, writes and everything inside a transaction to the primary; the
replica database exists only when DATABASE_REPLICA_URL is set."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import transaction

from armistice_site.db_router import PrimaryReplicaRouter
from articles.models import Article

ROOT = Path(__file__).resolve().parents[2]


def configured_databases(**environment: str) -> dict:
    """Database aliases and routers that settings.py builds from this environment."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_REPLICA_URL"}
    code = (
        "import json; from armistice_site import settings as s; "
        "print(json.dumps([sorted(s.DATABASES), getattr(s, 'DATABASE_ROUTERS', [])]))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DEBUG": "true", **environment},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    aliases, routers = json.loads(output)
    return {"aliases": aliases, "routers": routers}


def test_without_a_replica_url_there_is_only_the_primary():
    assert configured_databases() == {"aliases": ["default"], "routers": []}


def test_a_replica_url_adds_the_replica_and_the_router():
    configured = configured_databases(
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/armistice"
    )

    assert configured == {
        "aliases": ["default", "replica"],
        "routers": ["armistice_site.db_router.PrimaryReplicaRouter"],
    }


@pytest.mark.django_db(transaction=True)
def test_reads_go_to_the_replica_and_writes_to_the_primary():
    router = PrimaryReplicaRouter()

    assert router.db_for_read(Article) == "replica"
    assert router.db_for_write(Article) == "default"
    assert router.allow_migrate("default", "articles") is True
    assert router.allow_migrate("replica", "articles") is False


@pytest.mark.django_db(transaction=True)
def test_reads_inside_a_transaction_stay_on_the_primary():
    router = PrimaryReplicaRouter()

    with transaction.atomic():
        assert router.db_for_read(Article) == "default"
