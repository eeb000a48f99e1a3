"""Hostile and random input on every form and every API endpoint gives an answer, never a
server error. Nothing here lists the site's URLs by hand: web routes come from the URL
resolver, form fields from the rendered pages, API operations and their parameters from the
OpenAPI schema, so pages and endpoints added later are fuzzed too.

The Django test client re-raises a view's exception, so a 500 fails with its traceback and
Hypothesis reports the smallest input that causes it."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from django.contrib import admin
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armistice_site import registry
from tests import factories

FUZZ = settings(
    max_examples=15,
    deadline=None,
    database=None,  # no example database written into the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "-1", "0", str(10**20), str(-(10**20)), "1e309", "NaN", "inf", "2026-13-45", "1953-02-30",
    "0000-00-00", "../../etc/passwd", "' OR 1=1 --", "%", "%%", "\\", "null", "[]", "{}",
    "<script>alert(1)</script>", "a" * 5000, "\u202e\u0000", "true", "KOR", "   ",
]  # fmt: skip
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)
CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")


def answered(response, what: str) -> None:
    assert response.status_code < 500, f"{response.status_code} for {what}"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Fuzzing sends hundreds of anonymous requests; the API's rate limit counts them in the
    cache, which must not carry the count into other tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def content(db):
    """One public object of each kind, so detail pages, filters and writes have targets."""
    membership = factories.MembershipFactory()
    event = factories.EventFactory()
    event.countries.add(membership.country)
    timeline = factories.TimelineFactory()
    factories.TimelineEntryFactory(timeline=timeline, event=event)
    article = factories.ArticleFactory()
    article.tags.add(factories.TagFactory())
    return {
        "article": article,
        "alliance": membership.alliance,
        "country": membership.country,
        "membership": membership,
        "event": event,
        "timeline": timeline,
        "source": factories.SourceFactory(),
    }


@pytest.fixture
def superuser_client(django_user_model):
    chief = django_user_model.objects.create_superuser("chief", "chief@example.org", "x" * 16)
    client = Client()
    client.force_login(chief)
    return client


# --- the website ------------------------------------------------------------------------


def web_routes() -> list[str]:
    """Every reader-site route as a path with ``{name}`` placeholders: not the admin, not
    the API, not static or media files."""
    routes = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and not route.startswith("^"):
                routes.append("/" + CONVERTER.sub(r"{\1}", route))

    walk(get_resolver().url_patterns, "")
    return sorted(
        route
        for route in set(routes)
        if not route.startswith(("/admin/", "/api/", "/static/", "/media/"))
    )


WEB_ROUTES = web_routes()
PAGES = [route for route in WEB_ROUTES if "{" not in route]
DETAIL_ROUTES = [route for route in WEB_ROUTES if "{" in route]


class FormFinder(HTMLParser):
    """Each GET form's action and fields, with the options of its selects."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "get").lower() == "get":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}})
        elif tag == "option" and self.forms and self._select and attrs.get("value"):
            self.forms[-1]["fields"][self._select].append(attrs["value"])
        elif tag in {"input", "textarea", "select"} and self.forms and attrs.get("name"):
            options = [attrs["value"]] if attrs.get("value") else []
            self.forms[-1]["fields"].setdefault(attrs["name"], options)
            self._select = attrs["name"] if tag == "select" else None


def test_route_discovery_finds_the_reader_site():
    assert {"/", "/search/", "/articles/", "/alliances/", "/timeline/"} <= set(PAGES)
    assert "/articles/{slug}/" in DETAIL_ROUTES


@pytest.mark.django_db
def test_form_discovery_finds_the_filters_and_their_options(client, content):
    finder = FormFinder()
    finder.feed(client.get("/timeline/").content.decode())
    fields = {name: options for form in finder.forms for name, options in form["fields"].items()}
    assert {"q", "country", "category"} <= set(fields)
    assert content["country"].slug in fields["country"]
    assert "treaty" in fields["category"]


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_forms_and_filters_of_every_page(page, content):
    """Every GET form a page shows (search box, filter forms), filled with real option values
    mixed with hostile ones, plus odd page numbers."""
    client = Client()
    response = client.get(page)
    answered(response, page)
    finder = FormFinder()
    finder.feed(response.content.decode(errors="replace"))
    forms = [
        (urlsplit(form["action"]).path or page, form["fields"])
        for form in finder.forms
        if not form["action"].startswith("http")
    ] + [(page, {"page": []})]

    @FUZZ
    @given(data=st.data())
    def fuzz(data):
        action, fields = data.draw(st.sampled_from(forms))
        values = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    name: st.one_of(TEXT, st.sampled_from(options)) if options else TEXT
                    for name, options in fields.items()
                },
            )
        )
        answered(client.get(action, values), f"GET {action} {values!r}")

    fuzz()


@pytest.mark.django_db
@pytest.mark.parametrize("route", DETAIL_ROUTES)
def test_every_address_segment(route, content):
    client = Client()

    @FUZZ
    @given(segment=TEXT)
    def fuzz(segment):
        path = re.sub(r"\{\w+\}", quote(segment, safe="") or "x", route)
        answered(client.get(path), f"GET {path}")

    fuzz()


# --- the admin --------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_login_form():
    client = Client()

    @FUZZ
    @given(username=TEXT, password=TEXT, next_url=TEXT)
    def fuzz(username, password, next_url):
        response = client.post(
            "/admin/login/", {"username": username, "password": password, "next": next_url}
        )
        answered(response, f"login {username!r} {password!r} next={next_url!r}")

    fuzz()


ADMIN_CHANGELISTS = sorted(
    (model._meta.app_label, model._meta.model_name, model_admin)
    for model, model_admin in admin.site._registry.items()
    if registry.get(model) is not None
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("app_label", "model_name", "model_admin"),
    ADMIN_CHANGELISTS,
    ids=[f"{app}.{model}" for app, model, _ in ADMIN_CHANGELISTS],
)
def test_admin_search_sorting_and_list_filters(
    app_label, model_name, model_admin, content, superuser_client
):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    filter_names = [name for name in model_admin.list_filter if isinstance(name, str)]
    params = ["q", "o", "p", *filter_names, *(f"{name}__exact" for name in filter_names)]

    @FUZZ
    @given(values=st.dictionaries(st.sampled_from(params), TEXT, max_size=3))
    def fuzz(values):
        answered(superuser_client.get(url, values), f"GET {url} {values!r}")

    fuzz()


# --- the API ----------------------------------------------------------------------------


def api_operations() -> list[tuple[str, str, dict]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    components = schema.get("components", {}).get("schemas", {})
    operations = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                ref = body["schema"].get("$ref", "")
                body = components.get(ref.rsplit("/", 1)[-1], body["schema"])
            operations.append((method.upper(), path, {**operation, "body_schema": body}))
    return operations


API_OPERATIONS = api_operations()
API_IDS = [f"{method} {path}" for method, path, _ in API_OPERATIONS]
# A real object for each path parameter, so PUT/PATCH/DELETE reach validation.
PATH_TARGETS = {
    "articles": ("article", "slug"),
    "alliances": ("alliance", "slug"),
    "countries": ("country", "slug"),
    "events": ("event", "slug"),
    "timelines": ("timeline", "slug"),
    "sources": ("source", "slug"),
    "memberships": ("membership", "pk"),
}


def test_the_served_schema_lists_the_operations_fuzzed_here(client):
    response = client.get("/api/v1/schema/", headers={"accept": "application/json"})
    assert response.status_code == 200
    served = json.loads(response.content)["paths"]
    assert {path for _, path, _ in API_OPERATIONS} == set(served)
    assert len(API_OPERATIONS) >= 20


def real_path(path: str, content: dict, fuzzed: str | None) -> str:
    resource = path.split("/")[3]
    target = PATH_TARGETS.get(resource)
    if fuzzed is not None or target is None:
        value = quote(fuzzed or "x", safe="")
    else:
        value = str(getattr(content[target[0]], target[1]))
    return re.sub(r"\{\w+\}", value, path)


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path", "operation"), API_OPERATIONS, ids=API_IDS)
def test_every_api_operation(method, path, operation, content, superuser_client):
    """Reads as an anonymous client with hostile query parameters and path values; writes as
    a superuser (so permissions pass and validation is what answers) with hostile bodies."""
    anonymous = Client()
    query_names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
    body_schema = operation["body_schema"] or {}
    writable = [
        name for name, spec in body_schema.get("properties", {}).items() if not spec.get("readOnly")
    ]

    @FUZZ
    @given(
        query=st.dictionaries(st.sampled_from(query_names or ["page"]), TEXT, max_size=4),
        segment=st.none() | TEXT,
        body=st.fixed_dictionaries({}, optional=dict.fromkeys(writable, JSON_VALUES)) | JSON_VALUES,
    )
    def fuzz(query, segment, body):
        url = real_path(path, content, segment)
        if method == "GET":
            response = anonymous.get(url, query)
        else:
            response = superuser_client.generic(
                method, url, json.dumps(body), content_type="application/json"
            )
        answered(response, f"{method} {url} query={query!r} body={body!r}")

    fuzz()
