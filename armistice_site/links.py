"""Addresses of slug-addressed routes, made without calling ``reverse()`` for every item.

``reverse()`` walks the resolver and reads the thread-local URLconf, script prefix and language
each time; an API list page of twenty articles asks it for about 180 addresses, a quarter of
the request (bench/profile.md). Here each route is reversed once per URLconf and script prefix
with a probe slug, and later slugs take the probe's place in that address.

The answer is always ``reverse()``'s:

- only a slug of ``PLAIN`` characters uses the template: every slug route accepts them (the
  ``slug`` converter and DRF's ``[^/.]+`` alike) and ``reverse()`` never percent-encodes them;
  it escapes the rest of the address by character, so the template's two halves are escaped
  as they would be around any such slug. Any other value goes through ``reverse()`` itself,
  which encodes or refuses it as ever (model slugs are ASCII: ``SlugField`` without
  ``allow_unicode``, but rows written around the validators still get the right answer);
- the script prefix (``SCRIPT_NAME``, ``set_script_prefix``) and URLconf are part of the
  cache key;
- the language is not: no URL pattern is translated (``gettext_lazy`` routes or
  ``i18n_patterns``), and tests/armistice_site/test_links.py fails if one ever is.

``path_to()`` reads the URLconf and script prefix on each call (``get_absolute_url``);
``for_request()`` reads them, and the scheme and host, once per request (the API's fields)."""

import re
from functools import lru_cache

from django.http import HttpRequest
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse

#: Characters ``reverse()`` puts into a path unchanged and every slug route accepts.
PLAIN = re.compile(r"[-a-zA-Z0-9_]+")
#: Stands for the slug while a route is reversed; every ``PLAIN`` character, so a route that
#: takes it takes any plain slug.
PROBE = "-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: A path ``build_absolute_uri`` would only prefix with scheme and host: it starts with one
#: slash and holds only characters ``iri_to_uri`` leaves alone (as ``reverse()``'s output does).
SIMPLE_PATH = re.compile(r"/(?!/)[-A-Za-z0-9_.~/#%\[\]=:;$&()+,!?*@']*")


@lru_cache(maxsize=256)
def _template(route: str, kwarg: str, urlconf, prefix: str) -> tuple[str, str] | None:
    """The address of ``route`` before and after its slug, or None if the probe does not fit
    (then every value goes through ``reverse()``). ``prefix`` is not used here but keys the
    cache: ``reverse()`` reads the current script prefix itself."""
    try:
        address = reverse(route, urlconf=urlconf, kwargs={kwarg: PROBE})
    except NoReverseMatch:
        return None
    if address.count(PROBE) != 1:
        return None
    before, after = address.split(PROBE)
    return before, after


def _path(route: str, value, kwarg: str, urlconf, prefix: str) -> str:
    text = str(value)
    if PLAIN.fullmatch(text):
        template = _template(route, kwarg, urlconf, prefix)
        if template is not None:
            return template[0] + text + template[1]
    return reverse(route, urlconf=urlconf, kwargs={kwarg: value})


def path_to(route: str, value, kwarg: str = "slug") -> str:
    """``reverse(route, kwargs={kwarg: value})``."""
    return _path(route, value, kwarg, get_urlconf(), get_script_prefix())


class Links:
    """Addresses for one request: its URLconf, script prefix, scheme and host are read once."""

    def __init__(self, request: HttpRequest):
        self.request = request
        self.urlconf = get_urlconf()
        self.prefix = get_script_prefix()
        self.origin = request.build_absolute_uri("/")[:-1]

    def path_to(self, route: str, value, kwarg: str = "slug") -> str:
        """``reverse(route, kwargs={kwarg: value})``."""
        return _path(route, value, kwarg, self.urlconf, self.prefix)

    def absolute(self, path: str) -> str:
        """``request.build_absolute_uri(path)``.

        For a path that starts with a single slash, has no ``.`` or ``..`` segment and holds
        only characters ``iri_to_uri`` keeps (everything ``reverse()`` returns), Django's
        answer is the encoded scheme and host followed by the path; anything else is handed
        to Django."""
        if SIMPLE_PATH.fullmatch(path) and "/./" not in path and "/../" not in path:
            return self.origin + path
        return self.request.build_absolute_uri(path)


def for_request(request: HttpRequest) -> Links:
    """The request's ``Links``, made on first use."""
    try:
        return request._links
    except AttributeError:
        request._links = Links(request)
        return request._links
