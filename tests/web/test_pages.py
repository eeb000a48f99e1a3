"""What readers find on each page of the website table."""

import datetime
import re

import pytest
import time_machine

from alliances.models import Membership
from armistice_site.precision import Precision
from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def main_of(html: str) -> str:
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def test_article_page_shows_everything_a_reader_needs(client):
    source = factories.SourceFactory(
        title="Armistice Agreement", author="UN Command", publisher="US Government"
    )
    other = factories.ArticleFactory(title="The Neutral Nations Commission")
    article = factories.ArticleFactory(
        title="Signing at Panmunjom",
        summary="How the guns fell silent.",
        body="## Background\n\nTalks began in 1951.[^1]\n\n### Venue\n\nA hut.\n\n"
        "## Terms\n\nA line.\n\n[^1]: In Kaesong.",
        authors="Kim Historian, Jane Scholar",
        ai_generated=True,
        disclosure="Drafted with an AI model and checked by an editor.",
        fact_check_status=Article.FactCheck.CHECKED,
        fact_checked_by="Editor Lee",
        sources=[source],
    )
    article.see_also.add(other)
    tag = factories.TagFactory(name="Diplomacy")
    article.tags.add(tag)
    alliance = factories.AllianceFactory(name="Military Armistice Commission")
    alliance.articles.add(article)
    event = factories.EventFactory(title="Armistice signed")
    event.articles.add(article)

    html = page(client, article.get_absolute_url())
    body = main_of(html)
    assert "<h1>Signing at Panmunjom</h1>" in body
    assert "How the guns fell silent." in body
    assert "By Kim Historian, Jane Scholar" in body
    assert "Published <time" in body
    assert f"{article.reading_time} min read" in body
    for anchor in ("background", "venue", "terms"):
        assert f'href="#{anchor}"' in body
        assert f'id="{anchor}"' in body
    assert 'class="toc__item toc__item--3"' in body
    assert "AI-generated content." in body
    assert "Drafted with an AI model" in body
    assert "Fact-checked</strong> by Editor Lee" in body
    assert 'class="footnotes"' in body
    assert "UN Command. " in body and "<cite>Armistice Agreement</cite>" in body
    assert "US Government" in body
    assert f'href="{other.get_absolute_url()}"' in body
    assert f'href="{tag.get_absolute_url()}"' in body
    assert f'href="{alliance.get_absolute_url()}"' in body
    assert f'href="{event.get_absolute_url()}"' in body


def test_article_without_ai_has_no_banner_and_shows_unchecked_status(client):
    article = factories.ArticleFactory()
    body = main_of(page(client, article.get_absolute_url()))
    assert "AI-generated content." not in body
    assert "Not yet fact-checked" in body


def test_article_list_filters_by_topic_and_tag(client):
    topic = factories.TopicFactory(name="Korea", slug="korea")
    tag = factories.TagFactory(name="Treaties", slug="treaties")
    korean = factories.ArticleFactory(title="Korean story", topic=topic)
    korean.tags.add(tag)
    factories.ArticleFactory(title="Korean untagged", topic=topic)
    factories.ArticleFactory(title="Elsewhere story")
    body = main_of(page(client, "/articles/?topic=korea&tag=treaties"))
    assert "Korean story" in body
    assert "Korean untagged" not in body
    assert "Elsewhere story" not in body
    assert '<label for="id_topic">Topic</label>' in body


def test_topic_and_tag_pages_list_their_articles(client):
    tag = factories.TagFactory(name="Ceasefires")
    tagged = factories.ArticleFactory(title="Tagged one")
    tagged.tags.add(tag)
    factories.ArticleFactory(title="Other one")
    tag_body = main_of(page(client, tag.get_absolute_url()))
    assert "Tagged “Ceasefires”" in tag_body
    assert "Tagged one" in tag_body and "Other one" not in tag_body
    topic_body = main_of(page(client, tagged.topic.get_absolute_url()))
    assert "Tagged one" in topic_body and "Other one" not in topic_body


def test_article_list_paginates_keeping_filters(client):
    topic = factories.TopicFactory(slug="korea")
    factories.ArticleFactory.create_batch(23, topic=topic)
    first = main_of(page(client, "/articles/?topic=korea"))
    assert first.count('class="card"') == 20
    assert 'href="?topic=korea&amp;page=2"' in first
    second = main_of(page(client, "/articles/?topic=korea&page=2"))
    assert second.count('class="card"') == 3


def test_alliance_page_has_dates_obligations_members_and_chart(client):
    alliance = factories.AllianceFactory(
        name="Mutual Defense Treaty",
        short_name="MDT",
        signed_on=datetime.date(1953, 10, 1),
        in_force_on=datetime.date(1954, 11, 17),
        defense=True,
        consultation=True,
        body="## Text\n\nArticle III.",
    )
    korea = factories.CountryFactory(name="South Korea")
    usa = factories.CountryFactory(name="United States")
    factories.MembershipFactory(alliance=alliance, country=korea)
    factories.MembershipFactory(
        alliance=alliance,
        country=usa,
        role=Membership.Role.MEMBER,
        joined_on=datetime.date(1954, 11, 17),
        left_on=datetime.date(1990, 1, 1),
    )
    article = factories.ArticleFactory(title="Why the treaty matters")
    alliance.articles.add(article)
    event = factories.EventFactory(title="Treaty signed in Washington")
    event.alliances.add(alliance)

    body = main_of(page(client, alliance.get_absolute_url()))
    assert "1 October 1953" in body and "17 November 1954" in body
    assert "Defence, Consultation" in body
    assert "Still in force" in body
    assert '<svg class="chart__svg"' in body
    assert '<title id="members-chart-title">Membership of Mutual Defense Treaty' in body
    assert "South Korea: 1953–present (Founding member)." in body
    assert "United States: 1954–1990 (Member)." in body
    assert body.count('<rect class="chart__bar') == 2
    assert 'style="' not in body
    assert f'href="{korea.get_absolute_url()}"' in body
    assert "<td>Founding member</td>" in body
    assert "1 Jan 1990" in body
    assert "Why the treaty matters" in body and "Treaty signed in Washington" in body


def test_alliance_list_filters(client):
    nato = factories.AllianceFactory(
        name="North Atlantic Treaty", kind="alliance", signed_on=datetime.date(1949, 4, 4)
    )
    seato = factories.AllianceFactory(
        name="Manila Pact",
        kind="alliance",
        defense=False,
        signed_on=datetime.date(1954, 9, 8),
        ended_on=datetime.date(1977, 6, 30),
    )
    factories.AllianceFactory(name="Armistice Agreement", kind="armistice")
    france = factories.CountryFactory(name="France", slug="france")
    factories.MembershipFactory(alliance=nato, country=france, joined_on=nato.signed_on)
    factories.MembershipFactory(alliance=seato, country=france, joined_on=seato.signed_on)

    def names(query: str) -> set[str]:
        body = main_of(page(client, "/alliances/" + query))
        return set(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', body))

    assert names("?kind=alliance") == {"North Atlantic Treaty", "Manila Pact"}
    assert names("?obligation=defense") == {"North Atlantic Treaty", "Armistice Agreement"}
    assert names("?member=france") == {"North Atlantic Treaty", "Manila Pact"}
    assert names("?year=1980") == {"North Atlantic Treaty", "Armistice Agreement"}
    assert names("?year=1950") == {"North Atlantic Treaty"}
    assert names("?member=france&year=1960") == {"North Atlantic Treaty", "Manila Pact"}


def test_country_page_shows_alliances_over_time_and_events(client):
    korea = factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")
    alliance = factories.AllianceFactory(name="Mutual Defense Treaty", short_name="MDT")
    factories.MembershipFactory(alliance=alliance, country=korea)
    event = factories.EventFactory(title="Armistice signed")
    event.countries.add(korea)
    body = main_of(page(client, korea.get_absolute_url()))
    assert "<h1>South Korea</h1>" in body
    assert "KOR" in body
    assert "MDT: 1953–present" in body
    assert f'href="{alliance.get_absolute_url()}"' in body
    assert "Armistice signed" in body
    assert 'href="/timeline/?country=south-korea"' in body


def test_timeline_groups_by_year_and_shows_dates_at_their_precision(client):
    factories.EventFactory(title="War begins", start_date=datetime.date(1950, 6, 25), importance=5)
    factories.EventFactory(
        title="Chinese entry",
        start_date=datetime.date(1950, 10, 1),
        start_precision=Precision.MONTH,
    )
    factories.EventFactory(
        title="Stalemate", start_date=datetime.date(1952, 1, 1), start_precision=Precision.YEAR
    )
    body = main_of(page(client, "/timeline/"))
    assert '<h2 class="timeline__heading" id="year-1950">1950</h2>' in body
    assert '<h2 class="timeline__heading" id="year-1952">1952</h2>' in body
    assert ">25 June 1950</time>" in body
    assert ">October 1950</time>" in body
    assert ">1952</time>" in body
    assert body.index("War begins") < body.index("Chinese entry") < body.index("Stalemate")


def test_timeline_filters_by_years_country_alliance_and_category(client):
    korea = factories.CountryFactory(slug="korea")
    pact = factories.AllianceFactory(slug="pact")
    early = factories.EventFactory(
        title="Early battle", start_date=datetime.date(1950, 7, 1), category="military"
    )
    early.countries.add(korea)
    late = factories.EventFactory(
        title="Late treaty", start_date=datetime.date(1953, 10, 1), category="treaty"
    )
    late.alliances.add(pact)
    long_one = factories.EventFactory(
        title="Long negotiation",
        start_date=datetime.date(1951, 7, 10),
        end_date=datetime.date(1953, 7, 27),
        category="diplomatic",
    )

    def titles(query: str) -> set[str]:
        body = main_of(page(client, "/timeline/" + query))
        return set(re.findall(r'class="event__title"><a href="[^"]+">([^<]+)</a>', body))

    assert titles("?country=korea") == {"Early battle"}
    assert titles("?alliance=pact") == {"Late treaty"}
    assert titles("?category=diplomatic") == {long_one.title}
    assert titles("?start=1952&end=1952") == {"Long negotiation"}
    assert titles("?start=1953") == {"Late treaty", "Long negotiation"}
    assert titles("?end=1950") == {"Early battle"}


def test_event_page_links_everything_it_relates_to(client):
    korea = factories.CountryFactory(name="North Korea")
    alliance = factories.AllianceFactory(name="Sino-Korean treaty")
    article = factories.ArticleFactory(title="The war explained")
    source = factories.SourceFactory(title="Diplomatic cable")
    event = factories.EventFactory(
        title="Armistice signed",
        start_date=datetime.date(1953, 7, 27),
        location_name="Panmunjom",
        body="## What happened\n\nSigned at 10:00.",
    )
    event.countries.add(korea)
    event.alliances.add(alliance)
    event.articles.add(article)
    event.sources.add(source)
    timeline = factories.TimelineFactory(title="Korean War")
    factories.TimelineEntryFactory(timeline=timeline, event=event)
    body = main_of(page(client, event.get_absolute_url()))
    assert "27 July 1953" in body and "Panmunjom" in body
    for item in (korea, alliance, article, timeline):
        assert f'href="{item.get_absolute_url()}"' in body
    assert "<cite>Diplomatic cable</cite>" in body


def test_curated_timeline_lists_its_public_events_in_order(client):
    timeline = factories.TimelineFactory(title="Road to the armistice", introduction="Intro.")
    second = factories.EventFactory(title="Second step")
    first = factories.EventFactory(title="First step")
    factories.TimelineEntryFactory(timeline=timeline, event=second, position=2)
    factories.TimelineEntryFactory(timeline=timeline, event=first, position=1)
    body = main_of(page(client, timeline.get_absolute_url()))
    assert "<h1>Road to the armistice</h1>" in body
    assert body.index("First step") < body.index("Second step")


def test_home_shows_featured_latest_on_this_day_and_teasers(client):
    with time_machine.travel(TODAY, tick=False):
        featured = factories.ArticleFactory(title="Featured long read", featured=True)
        latest = factories.ArticleFactory(title="Latest short piece")
        anniversary = factories.EventFactory(
            title="Armistice signed", start_date=datetime.date(1953, 7, 27), importance=5
        )
        factories.EventFactory(title="Other day", start_date=datetime.date(1950, 6, 25))
        timeline = factories.TimelineFactory(title="The Korean War")
        alliance = factories.AllianceFactory(name="Mutual Defense Treaty")
        html = page(client, "/")
    body = main_of(html)
    assert "<title>Armistice: armistices, treaties and alliances</title>" in html
    assert body.index("Featured long read") < body.index("Latest short piece")
    assert "On this day" in body
    on_this_day = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert anniversary.title in on_this_day and "Other day" not in on_this_day
    for item in (featured, latest, timeline, alliance):
        assert f'href="{item.get_absolute_url()}"' in body


def test_home_shows_nearest_anniversaries_when_none_fall_today(client):
    with time_machine.travel(TODAY, tick=False):
        factories.EventFactory(title="Early August", start_date=datetime.date(1950, 8, 2))
        factories.EventFactory(title="Late July", start_date=datetime.date(1951, 7, 20))
        factories.EventFactory(title="New Year", start_date=datetime.date(1952, 1, 1))
        factories.EventFactory(
            title="Only a year", start_date=datetime.date(1953, 1, 1), start_precision="year"
        )
        body = main_of(page(client, "/"))
    section = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert "Around this time of year" in section
    assert section.index("Early August") < section.index("Late July") < section.index("New Year")
    assert "Only a year" not in section


def test_home_wraps_around_new_year_for_nearest_anniversaries(client):
    with time_machine.travel(datetime.datetime(2026, 12, 30, tzinfo=datetime.UTC), tick=False):
        factories.EventFactory(title="January second", start_date=datetime.date(1950, 1, 2))
        factories.EventFactory(title="June event", start_date=datetime.date(1950, 6, 25))
        body = main_of(page(client, "/"))
    section = body.split('id="on-this-day-heading"', 1)[1].split("</section>", 1)[0]
    assert section.index("January second") < section.index("June event")


def test_layout_has_landmarks_skip_link_and_labelled_search(client):
    html = page(client, "/articles/")
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in (
        "<header",
        '<nav class="site-nav" aria-label="Main">',
        '<main id="main"',
        "<footer",
    ):
        assert landmark in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'aria-current="page">Articles' in html
    assert "style=" not in html
    assert "<script>" not in html
