"""/bench/ceiling exists only for the benchmark's own servers."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def test_ceiling_is_not_found_in_a_normal_deployment(client):
    assert client.get("/bench/ceiling").status_code == 404


def test_ceiling_answers_a_constant_when_benchmarking(client, settings):
    settings.BENCH_CEILING = True

    response = client.get("/bench/ceiling")

    assert response.status_code == 200
    assert response.content == b"ok\n"
