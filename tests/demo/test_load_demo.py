"""``load_demo`` fills an empty database with the starter content, and running it again (as
``make run`` does every time) changes nothing, duplicates nothing and keeps editors' links.
Wrong data is refused with a message naming the item, and nothing is half-loaded."""

import datetime
import io

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError

from alliances.models import Alliance, Country, Membership
from articles.models import Article, Source
from demo.loader import CREATED, UPDATED, DemoData, DemoDataError, demo_load, next_anniversary
from media_library.models import Image
from timeline.models import Event, Timeline, TimelineEntry

CONTENT_MODELS = [Source, Country, Article, Alliance, Membership, Event, Timeline, TimelineEntry]
NOW = datetime.datetime(2026, 11, 25, 9, 30, tzinfo=datetime.UTC)


def snapshot() -> dict:
    """Row counts, revision counts and ``updated_at`` values: what a rerun must not move."""
    state = {}
    for model in CONTENT_MODELS:
        state[model.__name__] = model.objects.count()
        state[f"{model.__name__} history"] = model.history.count()
        if hasattr(model, "updated_at"):
            state[f"{model.__name__} updated"] = dict(
                model.objects.values_list("slug", "updated_at")
            )
    return state


def active_members(alliance: Alliance, day: datetime.date) -> set[str]:
    memberships = alliance.memberships.active_on(day)
    return set(memberships.values_list("country__slug", flat=True))


@pytest.mark.django_db
def test_first_run_loads_the_starter_set_and_a_second_run_changes_nothing():
    data = DemoData.from_package()

    report = demo_load(now=NOW)

    assert Country.objects.count() >= 30
    assert Country.objects.filter(slug__in=["soviet-union", "east-germany"]).count() == 2
    assert Alliance.objects.count() >= 12
    assert not Alliance.objects.filter(memberships__isnull=True).exists()
    assert Article.objects.count() == len(data.articles)
    assert Event.objects.count() == len(data.events)
    assert Timeline.objects.count() == len(data.timelines)
    assert report.counts["countries"][CREATED] == Country.objects.count()
    assert report.total(UPDATED) == 0
    assert_key_facts_as_stated()
    assert_the_dmz_article_shows_the_drawn_diagram()
    before = snapshot()

    out = io.StringIO()
    call_command("load_demo", stdout=out)

    assert snapshot() == before
    assert "countries: 0 created, 0 updated" in out.getvalue()
    assert "already up to date" in out.getvalue()


def assert_the_dmz_article_shows_the_drawn_diagram() -> None:
    """The demo's one library image is drawn by the site, credited and licensed, with WebP
    renditions, and shown in the DMZ article's body."""
    diagram = Image.objects.get(slug="dmz-schematic")
    assert (diagram.width, diagram.height) == (1600, 900)
    assert (diagram.credit, diagram.licence) == ("Diagram: Armistice editors", "CC BY 4.0")
    assert "Article I, paragraph 1" in diagram.caption and "4 km wide" in diagram.caption
    assert all(default_storage.exists(r.name) for r in diagram.renditions())
    body = Article.objects.get(slug="korean-armistice-and-the-dmz").body_html
    assert '<figure class="figure" id="image-dmz-schematic">' in body
    assert "Credit: Diagram: Armistice editors · Licence: CC BY 4.0" in body


def assert_key_facts_as_stated() -> None:
    armistice = Alliance.objects.get(slug="korean-armistice-agreement")
    assert armistice.signed_on == datetime.date(1953, 7, 27)
    assert armistice.ended_on is None
    assert active_members(armistice, datetime.date(1953, 7, 27)) == {
        "united-states",
        "north-korea",
        "china",
    }

    mdt = Alliance.objects.get(slug="us-rok-mutual-defense-treaty")
    assert (mdt.signed_on, mdt.in_force_on) == (
        datetime.date(1953, 10, 1),
        datetime.date(1954, 11, 17),
    )
    assert "defense" in mdt.obligations

    nato = Alliance.objects.get(slug="nato")
    assert nato.memberships.filter(role=Membership.Role.FOUNDING).count() == 12
    assert nato.memberships.get(country__slug="sweden").joined_on == datetime.date(2024, 3, 7)

    warsaw = Alliance.objects.get(slug="warsaw-pact")
    assert warsaw.ended_on == datetime.date(1991, 7, 1)
    assert "albania" not in active_members(warsaw, datetime.date(1970, 1, 1))
    assert "east-germany" not in active_members(warsaw, datetime.date(1990, 10, 3))

    csto = Alliance.objects.get(slug="csto")
    assert {"azerbaijan", "georgia", "uzbekistan"} <= active_members(
        csto, datetime.date(1995, 1, 1)
    )
    assert not {"azerbaijan", "georgia", "uzbekistan"} & active_members(
        csto, datetime.date(2000, 1, 1)
    )
    assert "uzbekistan" in active_members(csto, datetime.date(2008, 1, 1))
    assert active_members(csto, datetime.date(2015, 1, 1)) == {
        "armenia",
        "belarus",
        "kazakhstan",
        "kyrgyzstan",
        "russia",
        "tajikistan",
    }

    assert Country.objects.by_key("SUN").get().dissolved_year == 1991
    # The maps the demo articles place by reference are drawn, whatever the loading order.
    blocs = Article.objects.get(slug="nato-and-the-warsaw-pact").body_html
    assert 'data-map="alliance-map-nato-1985-01-01"' in blocs
    assert 'data-map="alliance-map-warsaw-pact-1985-01-01"' in blocs
    for slug in ("korean-armistice-and-the-dmz", "panmunjom-truce-village"):
        assert 'data-map="map-korean-peninsula"' in Article.objects.get(slug=slug).body_html
    located = Event.objects.exclude(latitude=None)
    assert located.exists() and not located.filter(location_precision="").exists()
    assert not Alliance.objects.filter(sources__isnull=True).exists()
    country_linked = Event.objects.filter(countries__isnull=False) | Event.objects.filter(
        alliances__isnull=False
    )
    assert not country_linked.filter(sources__isnull=True).exists()


def test_next_anniversary_is_the_next_27_july_after_today():
    assert next_anniversary(NOW) == datetime.datetime(2027, 7, 27, tzinfo=datetime.UTC)
    july = datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC)
    assert next_anniversary(july) == datetime.datetime(2026, 7, 27, tzinfo=datetime.UTC)
    on_the_day = datetime.datetime(2026, 7, 27, 12, tzinfo=datetime.UTC)
    assert next_anniversary(on_the_day) == datetime.datetime(2027, 7, 27, tzinfo=datetime.UTC)


@pytest.mark.django_db
def test_a_rerun_leaves_editors_changes_to_demo_items_alone():
    demo_load(now=NOW)
    armistice = Alliance.objects.get(slug="korean-armistice-agreement")
    armistice.summary = "An editor's better summary."
    armistice.save()
    armistice.sources.clear()
    Membership.objects.filter(alliance__slug="nato", country__slug="france").delete()

    report = demo_load(now=NOW + datetime.timedelta(days=1))

    assert report.total(CREATED) == 0 and report.total(UPDATED) == 0
    armistice.refresh_from_db()
    assert armistice.summary == "An editor's better summary."
    assert not armistice.sources.exists()
    assert not Membership.objects.filter(alliance__slug="nato", country__slug="france").exists()


@pytest.mark.django_db
def test_an_update_rerun_keeps_editors_links_and_dates_and_saves_only_what_changed():
    demo_load(now=NOW)
    nato = Alliance.objects.get(slug="nato")
    extra_source = Source.objects.create(slug="editors-note", title="An editor's own source")
    nato.sources.add(extra_source)
    editors_member = Membership.objects.create(
        alliance=nato, country=Country.objects.get(slug="japan"), role="observer",
        joined_on=datetime.date(2020, 1, 1),
    )  # fmt: skip
    warsaw_revisions = Alliance.objects.get(slug="warsaw-pact").history.count()
    data = DemoData.from_package()
    warsaw = next(item for item in data.alliances if item["slug"] == "warsaw-pact")
    warsaw["summary"] = "A corrected summary of the Warsaw Pact."
    go_live = dict(Article.objects.values_list("slug", "publish_at"))

    report = demo_load(data=data, now=NOW + datetime.timedelta(days=365), update=True)

    assert report.total(CREATED) == 0
    assert report.total(UPDATED) == 1
    assert report.counts["alliances"][UPDATED] == 1
    assert Alliance.objects.get(slug="warsaw-pact").summary == warsaw["summary"]
    assert Alliance.objects.get(slug="warsaw-pact").history.count() == warsaw_revisions + 1
    assert extra_source in nato.sources.all()
    assert Membership.objects.filter(pk=editors_member.pk).exists()
    assert dict(Article.objects.values_list("slug", "publish_at")) == go_live
    assert Article.objects.get(slug="panmunjom-truce-village").publish_at == datetime.datetime(
        2027, 7, 27, tzinfo=datetime.UTC
    )


def broken_data(tmp_path, **alliance) -> DemoData:
    return DemoData(
        body_dir=tmp_path,
        sources=[{"slug": "a-source", "title": "A source", "kind": "book"}],
        countries=[{"slug": "ruritania", "name": "Ruritania", "iso3": "RUR"}],
        alliances=[
            {
                "slug": "broken-pact",
                "name": "Broken Pact",
                "kind": "alliance",
                "signed_on": "1960-05-01",
                "sources": ["a-source"],
                "members": [
                    {"country": "ruritania", "role": "founding", "joined_on": "1960-05-01"}
                ],
            }
            | alliance
        ],
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ended_on": "1959-01-01"}, "alliance 'broken-pact': ended_on: An alliance cannot end"),
        (
            {"members": [{"country": "atlantis", "joined_on": "1960-05-01"}]},
            "alliance 'broken-pact': member 'atlantis' joined 1960-05-01: unknown country",
        ),
        ({"signed_on": "1960-13-01"}, "alliance 'broken-pact': month must be in 1..12"),
        ({"obligations": ["friendship"]}, "alliance 'broken-pact': unknown obligation"),
        ({"colour": "red"}, "alliance 'broken-pact': unknown field(s) colour"),
    ],
)
def test_wrong_data_is_refused_by_name_and_nothing_is_half_loaded(tmp_path, change, message):
    with pytest.raises(DemoDataError) as refused:
        demo_load(data=broken_data(tmp_path, **change), now=NOW)

    assert message in str(refused.value)
    assert not Source.objects.exists()
    assert not Country.objects.exists()
    assert not Alliance.objects.exists()


@pytest.mark.django_db
def test_the_command_reports_wrong_data_without_a_traceback(monkeypatch, tmp_path):
    monkeypatch.setattr(
        DemoData, "from_package", classmethod(lambda cls: broken_data(tmp_path, kind="club"))
    )

    with pytest.raises(CommandError, match="alliance 'broken-pact': kind: Value 'club'"):
        call_command("load_demo", stdout=io.StringIO())

    assert not Country.objects.exists()
