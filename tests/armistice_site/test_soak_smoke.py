"""A short run of the soak harness (``make soak``, bench/soak.py) on the test database, so the
harness itself cannot rot: readers and an editor against gunicorn with Redis for a few
seconds, no request failing, and every write found in the database afterwards. Worker memory
is measured too, but a run this short is mostly warm-up, so only the ten-minute soak judges
it."""

import shutil

import pytest
from django.conf import settings

from bench import soak

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_short_soak_serves_every_request_and_keeps_every_write(tmp_path):
    assert shutil.which("redis-server"), "the soak needs redis-server (Debian: redis-server)"
    db = settings.DATABASES["default"]
    config = soak.Config(
        database_url=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}",
        seconds=15,
        readers=3,
        writes_per_minute=120,
        workers=2,
        sizes={"articles": 60, "alliances": 10, "events": 60, "countries": 20},
        settings_module="tests.faults.server_settings",
    )
    soak.prepare_content(config.sizes)

    result = soak.run(config, log=tmp_path / "gunicorn.log")
    text = soak.report(result)

    assert len(result.samples) > 50
    assert {sample.kind for sample in result.samples} == {*soak.WEIGHTS, "editor write"}
    assert result.errors == [], text
    assert result.write_failures == []
    assert len(result.expected) >= 8  # 30 writes: ten articles created, edited, published
    assert result.writes_match
    assert result.memory_growth()
    assert "## Per minute" in text and "identical" in text
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()
