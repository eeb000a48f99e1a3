"""One JSON log line per request, and a request id that follows the request everywhere."""

import io
import json
import logging

import pytest

from armistice_site.logging import JsonFormatter, RequestIdFilter


@pytest.fixture
def json_lines():
    """What the console handler prints, through the same filter and formatter as settings."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def lines(logger_name: str) -> list[dict]:
        parsed = [json.loads(line) for line in stream.getvalue().splitlines()]
        return [line for line in parsed if line["logger"] == logger_name]

    yield lines
    root.removeHandler(handler)
    root.setLevel(level)


@pytest.mark.django_db
def test_each_request_logs_one_json_line(client, staff_user, json_lines):
    client.force_login(staff_user)
    response = client.get("/admin/", headers={"x-request-id": "lb-1234.abcd"})
    assert response.status_code == 200
    assert response["X-Request-ID"] == "lb-1234.abcd"
    [line] = json_lines("armistice.request")
    assert line["method"] == "GET"
    assert line["path"] == "/admin/"
    assert line["status"] == 200
    assert line["duration_ms"] >= 0
    assert line["user_id"] == staff_user.pk
    assert line["request_id"] == "lb-1234.abcd"
    assert line["level"] == "INFO"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "offered", ["", "has spaces", "x" * 129, "<script>", "new\nline", "ünïcode"]
)
def test_insane_request_ids_are_replaced(client, offered, json_lines):
    response = client.get("/healthz", headers={"x-request-id": offered})
    generated = response["X-Request-ID"]
    assert generated != offered
    assert len(generated) == 32
    assert json_lines("armistice.request")[0]["request_id"] == generated


@pytest.mark.django_db
def test_other_log_lines_of_a_request_carry_its_id(client, json_lines):
    response = client.get("/no-such-page/", headers={"x-request-id": "trace-42"})
    assert response.status_code == 404
    [warning] = json_lines("django.request")  # Django's own "Not Found" line
    assert warning["request_id"] == "trace-42"
    assert json_lines("armistice.request")[0]["status"] == 404


def test_lines_outside_a_request_have_a_placeholder_id():
    record = logging.makeLogRecord({"msg": "migrating %s", "args": ("articles",)})
    RequestIdFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "migrating articles"
    assert line["request_id"] == "-"
