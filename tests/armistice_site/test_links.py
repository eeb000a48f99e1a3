"""``armistice_site.links`` answers what ``reverse()`` and ``build_absolute_uri()`` answer, for
every route a model or the API links to, awkward slugs, other script prefixes and every
language; and no URL pattern is translated (the templates are not kept per language)."""

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import (
    LocalePrefixPattern,
    NoReverseMatch,
    URLResolver,
    get_resolver,
    reverse,
    set_script_prefix,
)
from django.urls.resolvers import RoutePattern
from django.utils import translation
from django.utils.functional import Promise
from django.utils.module_loading import import_string

from armistice_site import links, registry

AWKWARD_SLUGS = [
    "a",
    "Z",
    "0",
    "1953",
    "-",
    "_",
    "--lead-and-trail--",
    "korean_armistice-1953",
    "x" * 300,
    "émile-zola",
    "日本",
    "a.b",
    "..",
    "a b",
    "a/b",
    "a%20b",
    "%",
    "a?b",
    "a#b",
    "a+b",
    "a:b@c",
    "tab\there",
    "",
    " ",
    7,
]
SCRIPT_PREFIXES = ["/", "/sub/", "/sub dir/", "/ü/", "/a%b/", "/deep/er/"]


def routes() -> list[tuple[str, str]]:
    """(route name, URL keyword) of every page and API item the models and serializers link."""
    found = []
    for entry in registry.entries():
        if entry.url_name:
            found.append((entry.url_name, "slug"))
        if entry.api is not None:
            viewset = import_string(entry.api.viewset)
            kwarg = viewset.lookup_url_kwarg or viewset.lookup_field
            found.append((f"api:{entry.api.basename}-detail", kwarg))
    return found


def outcome(make, route: str, slug, kwarg: str) -> str:
    try:
        return make(route, slug, kwarg)
    except NoReverseMatch:
        return "NoReverseMatch"


def reversed_path(route: str, slug, kwarg: str) -> str:
    return reverse(route, kwargs={kwarg: slug})


@pytest.fixture
def script_prefix():
    yield set_script_prefix
    set_script_prefix("/")


def test_the_routes_include_every_linked_kind():
    names = {name for name, _ in routes()}
    assert {"articles:detail", "articles:tag", "api:article-detail", "api:membership-detail"} <= (
        names
    )


@pytest.mark.parametrize("prefix", SCRIPT_PREFIXES)
@pytest.mark.parametrize(("route", "kwarg"), routes())
def test_path_is_what_reverse_gives(route, kwarg, prefix, script_prefix):
    script_prefix(prefix)
    for slug in AWKWARD_SLUGS:
        expected = outcome(reversed_path, route, slug, kwarg)
        assert outcome(links.path_to, route, slug, kwarg) == expected, (route, slug)


@pytest.mark.parametrize(("route", "kwarg"), routes())
def test_path_is_what_reverse_gives_in_every_language(route, kwarg):
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            for slug in ("armistice", "日本"):
                expected = outcome(reversed_path, route, slug, kwarg)
                assert outcome(links.path_to, route, slug, kwarg) == expected


def test_a_request_keeps_the_script_prefix_it_started_with(script_prefix):
    script_prefix("/sub dir/")
    request_links = links.Links(RequestFactory().get("/"))
    expected = reverse("api:article-detail", kwargs={"slug": "armistice"})
    script_prefix("/")
    assert request_links.path_to("api:article-detail", "armistice") == expected


def test_models_link_to_their_registered_page():
    for entry in registry.entries():
        if entry.url_name:
            item = entry.model(slug="korean-armistice")
            expected = reverse(entry.url_name, kwargs={"slug": "korean-armistice"})
            assert item.get_absolute_url() == expected


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {},
        {"secure": True},
        {"HTTP_HOST": "127.0.0.1:8000"},
        {"HTTP_HOST": "[::1]:8443", "secure": True},
    ],
)
def test_absolute_is_what_build_absolute_uri_gives(request_kwargs, settings):
    settings.ALLOWED_HOSTS = ["*"]
    request = RequestFactory().get("/somewhere/deep/", **request_kwargs)
    paths = [
        reverse("api:article-detail", kwargs={"slug": "korean-armistice"}),
        reverse("api:article-detail", kwargs={"slug": "日本"}),
        "/articles/a/#correction-2",
        "/",
        "/a/./b/",
        "/a/../b/",
        "/a/.",
        "//evil.example/",
        "/ü/ß/",
        "/a b/",
        "/a?b=c",
        "/a%2Fb/",
        "relative/path",
        "",
        "https://elsewhere.example/x",
        "/tab\there",
    ]
    request_links = links.Links(request)
    for path in paths:
        assert request_links.absolute(path) == request.build_absolute_uri(path), path


def test_no_url_pattern_is_translated():
    """``links`` keeps one template per URLconf and script prefix, not per language: a
    translated route (``gettext_lazy`` in ``path()``, ``i18n_patterns``) would need the
    language in its cache key."""

    def walk(patterns):
        for pattern in patterns:
            assert not isinstance(pattern.pattern, LocalePrefixPattern), pattern
            route = pattern.pattern
            text = route._route if isinstance(route, RoutePattern) else route._regex
            assert not isinstance(text, Promise), pattern
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns)
            yield pattern

    assert list(walk(get_resolver().url_patterns))
