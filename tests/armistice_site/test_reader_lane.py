"""Anonymous reads take the shorter middleware chain and answer exactly what the whole chain
answers; everything that may belong to someone (a session, a token, a write, the admin) takes
the whole chain."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.test import Client, RequestFactory

from armistice_site.reader_lane import ReaderLaneMiddleware
from demo.loader import demo_load
from tests import factories

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
PER_REQUEST_HEADERS = {"X-Request-ID", "Expires", "Age"}  # the id, and the clock
FIXED_PATHS = [
    "/", "/articles/", "/articles/?page=2", "/alliances/", "/timeline/", "/search/?q=armistice",
    "/search/?q=", "/sitemap.xml", "/robots.txt", "/feeds/articles/", "/articles",
    "/no-such-page/", "/articles/no-such-article/", "/api/v1/", "/api/v1/articles/",
    "/api/v1/articles/?page_size=3&page=2", "/api/v1/events/?format=geojson",
    "/api/v1/articles/?published_after=1953-13-01", "/api/v1/no-such-list/", "/healthz",
    "/api/v1/schema/",
]  # fmt: skip


def reader_paths(client: Client) -> list[str]:
    """Every page in the sitemap, the API's lists and the first items of each, and the fixed
    paths above (redirects, 404s, 400s, search, feeds)."""
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = [url.removeprefix(HOST) for url in re.findall(r"<loc>(.*?)</loc>", sitemap)]
    for url in client.get("/api/v1/").json().values():
        path = url.removeprefix(HOST)
        paths.append(path)
        paths += [item["api_url"].removeprefix(HOST)
                  for item in client.get(f"{path}?page_size=3").json()["results"]]  # fmt: skip
    return [*paths, *FIXED_PATHS]


def answer(client: Client, path: str, method: str = "get") -> tuple:
    response = getattr(client, method)(path)
    headers = {k: v for k, v in response.items() if k not in PER_REQUEST_HEADERS}
    return response.status_code, headers, response.content


def test_the_lane_answers_every_reader_url_as_the_whole_chain_does(settings, unthrottled):
    demo_load()
    lane = Client()
    paths = reader_paths(lane)
    assert len(paths) > 100
    on_lane = {path: answer(lane, path) for path in paths}
    on_lane["HEAD /"] = answer(lane, "/", "head")
    settings.READER_LANE = False
    whole = Client()  # its handler is built now, without the lane
    for path in paths:
        assert answer(whole, path) == on_lane[path], path
    assert answer(whole, "/", "head") == on_lane["HEAD /"]
    # What the session middleware would have said is said on the lane too: the API read the
    # (anonymous) user, so a shared cache must keep signed-in answers apart.
    assert "Cookie" in on_lane["/api/v1/articles/"][1]["Vary"]


def test_the_lane_and_the_page_cache_agree(page_cache_on, unthrottled):
    article = factories.ArticleFactory()
    url = article.get_absolute_url()
    reader = Client()
    first, again = reader.get(url), reader.get(url)
    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert again.content == first.content
    api = reader.get("/api/v1/articles/"), reader.get("/api/v1/articles/")
    assert api[1]["X-Page-Cache"] == "hit"
    assert api[1]["Vary"] == api[0]["Vary"]


@pytest.fixture
def chains():
    """The lane middleware with a whole chain that says it was used."""

    def whole(request):
        return HttpResponse("whole chain")

    return ReaderLaneMiddleware(whole)


def test_an_anonymous_read_takes_the_lane(chains):
    factory = RequestFactory()
    for request in (
        factory.get("/bench/ceiling"),
        factory.head("/articles/"),
        factory.get("/articles/", HTTP_COOKIE="csrftoken=abc; theme=dark"),
    ):
        response = chains(request)
        response.close()  # as the server does: request_finished ends the request's log id
        assert response.content != b"whole chain", request
        assert not request.user.is_authenticated


def test_whatever_may_belong_to_someone_takes_the_whole_chain(chains):
    factory = RequestFactory()
    for request in (
        factory.get("/articles/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=abc"),
        factory.get("/articles/", HTTP_COOKIE="messages=abc"),
        factory.get("/api/v1/articles/", HTTP_AUTHORIZATION="Token abc"),
        factory.post("/api/v1/articles/", {}),
        factory.options("/api/v1/articles/"),
        factory.get("/admin/login/"),
    ):
        assert chains(request).content == b"whole chain", request


def test_turned_off_everything_takes_the_whole_chain(settings):
    settings.READER_LANE = False
    lane = ReaderLaneMiddleware(lambda request: HttpResponse("whole chain"))
    assert lane(RequestFactory().get("/articles/")).content == b"whole chain"


def test_the_admin_sign_in_page_still_sets_the_cookie_its_form_needs():
    response = Client().get("/admin/login/")
    assert response.status_code == 200
    assert settings.CSRF_COOKIE_NAME in response.cookies


class Unused:
    """A middleware that declines to run, as Django lets one do."""

    def __init__(self, get_response):
        raise MiddlewareNotUsed


def test_a_middleware_that_declines_is_left_out_of_the_lane_too(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.Unused"]
    lane = ReaderLaneMiddleware(lambda request: HttpResponse("whole chain"))
    response = lane(RequestFactory().get("/robots.txt"))
    response.close()
    assert response.status_code == 200
    assert b"Sitemap:" in response.content
