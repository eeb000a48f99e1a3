"""Every list filter, its boundaries, the 400 that names a bad parameter, and that a filter
without a value keeps every row (so ``FilterBackend`` may leave out the filters a request does
not name)."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.module_loading import import_string
from django_filters.constants import EMPTY_VALUES
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from alliances.models import Alliance
from armistice_site import registry
from tests import factories

pytestmark = pytest.mark.django_db


def slugs(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return sorted(item["slug"] for item in response.json()["results"])


def test_article_filters(api_client):
    topic = factories.TopicFactory(slug="armistice")
    tag = factories.TagFactory(slug="dmz")
    old = factories.ArticleFactory(
        slug="old", topic=topic, publish_at=timezone.now() - datetime.timedelta(days=400)
    )
    old.tags.set([tag])
    factories.ArticleFactory(
        slug="ai",
        ai_generated=True,
        disclosure="Written with help.",
        fact_check_status="checked",
    )
    cutoff = (timezone.now() - datetime.timedelta(days=30)).date().isoformat()

    assert slugs(api_client, "/api/v1/articles/?topic=armistice") == ["old"]
    assert slugs(api_client, "/api/v1/articles/?tag=dmz") == ["old"]
    assert slugs(api_client, f"/api/v1/articles/?published_after={cutoff}") == ["ai"]
    assert slugs(api_client, f"/api/v1/articles/?published_before={cutoff}") == ["old"]
    assert slugs(api_client, "/api/v1/articles/?ai_generated=true") == ["ai"]
    assert slugs(api_client, "/api/v1/articles/?ai_generated=false") == ["old"]
    assert slugs(api_client, "/api/v1/articles/?fact_check_status=checked") == ["ai"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/articles/?topic=no-such-topic", "topic"),
        ("/api/v1/articles/?tag=no-such-tag", "tag"),
        ("/api/v1/articles/?published_after=yesterday", "published_after"),
        ("/api/v1/articles/?published_before=2020-13-01", "published_before"),
        ("/api/v1/articles/?ai_generated=maybe", "ai_generated"),
        ("/api/v1/articles/?fact_check_status=rumour", "fact_check_status"),
        ("/api/v1/alliances/?kind=club", "kind"),
        ("/api/v1/alliances/?obligation=friendship", "obligation"),
        ("/api/v1/alliances/?member=atlantis", "member"),
        ("/api/v1/alliances/?active_on=1953", "active_on"),
        ("/api/v1/alliances/?signed_after=x", "signed_after"),
        ("/api/v1/alliances/?signed_before=x", "signed_before"),
        ("/api/v1/events/?start=x", "start"),
        ("/api/v1/events/?end=x", "end"),
        ("/api/v1/events/?year=nineteen", "year"),
        ("/api/v1/events/?country=ATL", "country"),
        ("/api/v1/events/?alliance=nope", "alliance"),
        ("/api/v1/events/?article=nope", "article"),
        ("/api/v1/events/?category=sports", "category"),
        ("/api/v1/events/?min_importance=9", "min_importance"),
        ("/api/v1/countries/?member_of=nope", "member_of"),
        ("/api/v1/countries/?active_on=soon", "active_on"),
        ("/api/v1/sources/?kind=rumour", "kind"),
    ],
)
def test_invalid_filter_value_is_400_naming_the_parameter(api_client, url, parameter):
    response = api_client.get(url)

    assert response.status_code == 400
    assert list(response.json()) == [parameter]
    assert isinstance(response.json()[parameter][0], str)


def test_draft_slug_in_a_filter_is_treated_as_unknown(api_client):
    draft = factories.AllianceFactory(draft=True)

    response = api_client.get(f"/api/v1/events/?alliance={draft.slug}")

    assert response.status_code == 400
    assert "alliance" in response.json()


def test_alliance_filters(api_client):
    kor = factories.CountryFactory(slug="south-korea", iso3="KOR")
    pact = factories.AllianceFactory(
        slug="pact",
        kind=Alliance.Kind.NON_AGGRESSION,
        defense=False,
        non_aggression=True,
        signed_on=datetime.date(1939, 8, 23),
    )
    factories.AllianceFactory(slug="treaty", signed_on=datetime.date(1953, 10, 1))
    factories.MembershipFactory(alliance=pact, country=kor)

    assert slugs(api_client, "/api/v1/alliances/?kind=non_aggression") == ["pact"]
    assert slugs(api_client, "/api/v1/alliances/?obligation=defense") == ["treaty"]
    assert slugs(api_client, "/api/v1/alliances/?obligation=non_aggression") == ["pact"]
    assert slugs(api_client, "/api/v1/alliances/?member=KOR") == ["pact"]
    assert slugs(api_client, "/api/v1/alliances/?member=south-korea") == ["pact"]
    assert slugs(api_client, "/api/v1/alliances/?signed_after=1953-10-01") == ["treaty"]
    assert slugs(api_client, "/api/v1/alliances/?signed_before=1953-09-30") == ["pact"]


def test_alliance_active_on_boundaries(api_client):
    factories.AllianceFactory(
        slug="cento", signed_on=datetime.date(1955, 2, 24), ended_on=datetime.date(1979, 3, 16)
    )

    assert slugs(api_client, "/api/v1/alliances/?active_on=1955-02-23") == []
    assert slugs(api_client, "/api/v1/alliances/?active_on=1955-02-24") == ["cento"]
    assert slugs(api_client, "/api/v1/alliances/?active_on=1979-03-15") == ["cento"]
    assert slugs(api_client, "/api/v1/alliances/?active_on=1979-03-16") == []


def test_event_filters(api_client):
    kor = factories.CountryFactory(slug="south-korea", iso3="KOR")
    alliance = factories.AllianceFactory(slug="un-command")
    article = factories.ArticleFactory(slug="the-war")
    war = factories.EventFactory(
        slug="war",
        start_date=datetime.date(1950, 6, 25),
        end_date=datetime.date(1953, 7, 27),
        category="military",
        importance=5,
    )
    war.countries.set([kor])
    war.alliances.set([alliance])
    war.articles.set([article])
    factories.EventFactory(
        slug="geneva", start_date=datetime.date(1954, 4, 26), category="diplomatic", importance=2
    )

    assert slugs(api_client, "/api/v1/events/?start=1953-07-27") == ["geneva", "war"]
    assert slugs(api_client, "/api/v1/events/?start=1953-07-28") == ["geneva"]
    assert slugs(api_client, "/api/v1/events/?end=1954-04-25") == ["war"]
    assert slugs(api_client, "/api/v1/events/?start=1951-01-01&end=1951-12-31") == ["war"]
    assert slugs(api_client, "/api/v1/events/?year=1952") == ["war"]
    assert slugs(api_client, "/api/v1/events/?year=1954") == ["geneva"]
    assert slugs(api_client, "/api/v1/events/?country=KOR") == ["war"]
    assert slugs(api_client, "/api/v1/events/?alliance=un-command") == ["war"]
    assert slugs(api_client, "/api/v1/events/?article=the-war") == ["war"]
    assert slugs(api_client, "/api/v1/events/?category=diplomatic") == ["geneva"]
    assert slugs(api_client, "/api/v1/events/?min_importance=4") == ["war"]


def test_country_filters_combine_into_one_membership(api_client):
    nato = factories.AllianceFactory(slug="nato", signed_on=datetime.date(1949, 4, 4))
    seato = factories.AllianceFactory(slug="seato", signed_on=datetime.date(1954, 9, 8))
    france = factories.CountryFactory(slug="france", iso3="FRA")
    pakistan = factories.CountryFactory(slug="pakistan", iso3="PAK")
    factories.MembershipFactory(
        alliance=seato,
        country=france,
        joined_on=datetime.date(1955, 2, 19),
        left_on=datetime.date(1974, 6, 30),
    )
    factories.MembershipFactory(alliance=nato, country=france, joined_on=datetime.date(1949, 8, 24))
    factories.MembershipFactory(
        alliance=seato,
        country=pakistan,
        joined_on=datetime.date(1955, 2, 19),
        left_on=datetime.date(1973, 11, 7),
    )

    assert slugs(api_client, "/api/v1/countries/?member_of=seato") == ["france", "pakistan"]
    assert slugs(api_client, "/api/v1/countries/?active_on=1950-01-01") == ["france"]
    assert slugs(api_client, "/api/v1/countries/?active_on=1955-02-19") == ["france", "pakistan"]
    assert slugs(api_client, "/api/v1/countries/?member_of=seato&active_on=1974-01-01") == [
        "france"
    ]
    assert slugs(api_client, "/api/v1/countries/?member_of=seato&active_on=1974-06-30") == []


def test_scheduled_item_appears_once_its_time_comes(api_client):
    article = factories.ArticleFactory(scheduled=True)

    assert slugs(api_client, "/api/v1/articles/") == []
    with time_machine.travel(article.publish_at + datetime.timedelta(minutes=1)):
        assert slugs(api_client, "/api/v1/articles/") == [article.slug]


def test_a_scheduled_articles_tag_and_topic_filter_once_it_is_live(api_client):
    """The tag and topic filters find a label with a statement built once per process
    (``PreparedLookup``): whether the label is visible is judged when the request comes, and
    an unknown label gets Django's message."""
    article = factories.ArticleFactory(scheduled=True)
    tag = factories.TagFactory()
    article.tags.set([tag])
    query = f"/api/v1/articles/?tag={tag.slug}&topic={article.topic.slug}"

    refused = api_client.get(query)
    assert refused.status_code == 400
    assert refused.json() == {
        name: ["Select a valid choice. That choice is not one of the available choices."]
        for name in ("topic", "tag")
    }
    with time_machine.travel(article.publish_at + datetime.timedelta(minutes=1)):
        assert slugs(api_client, query) == [article.slug]
    assert api_client.get(query).status_code == 400


FILTERED_VIEWSETS = [
    import_string(entry.api.viewset)
    for entry in registry.entries()
    if entry.api is not None
    and getattr(import_string(entry.api.viewset), "filterset_class", None) is not None
]


@pytest.mark.parametrize("viewset", FILTERED_VIEWSETS, ids=lambda viewset: viewset.__name__)
def test_a_filter_without_a_value_keeps_every_row(viewset):
    request = Request(APIRequestFactory().get("/", {"page": "2", "fields": "slug"}))
    request.user = AnonymousUser()
    filterset_class = viewset.filterset_class
    queryset = filterset_class._meta.model._default_manager.all()
    filterset = filterset_class(data=request.query_params, queryset=queryset, request=request)

    assert filterset.is_valid(), filterset.errors
    assert all(value in EMPTY_VALUES for value in filterset.form.cleaned_data.values())
    assert str(filterset.qs.query) == str(queryset.query)
