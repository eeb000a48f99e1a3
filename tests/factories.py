"""factory_boy factories for every content model. Published items go live a day ago unless a
test says otherwise, so "public" is the default state a test starts from."""

import datetime
import io

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from alliances.models import Alliance, Country, Membership
from armistice_site import registry
from armistice_site.publishing import Status
from articles.models import Article, Correction, Question, Reading, Source, Tag, Topic
from documents.models import Document
from editorial.services import content_recite
from glossary.models import GlossaryTerm
from media_library.models import Image
from people.models import Person
from timeline.models import Event, Timeline, TimelineEntry


def a_day_ago():
    return timezone.now() - datetime.timedelta(days=1)


class PublishableFactory(factory.django.DjangoModelFactory):
    status = Status.PUBLISHED
    publish_at = factory.LazyFunction(a_day_ago)

    class Meta:
        abstract = True

    class Params:
        draft = factory.Trait(status=Status.DRAFT, publish_at=None)
        in_review = factory.Trait(status=Status.IN_REVIEW, publish_at=None)
        archived = factory.Trait(status=Status.ARCHIVED)
        scheduled = factory.Trait(
            publish_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
        )


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class TagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")

    class Meta:
        model = Tag


class SourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Source document {n}")
    slug = factory.Sequence(lambda n: f"source-{n}")
    author = "A. Historian"
    publisher = "University Press"
    url = factory.Sequence(lambda n: f"https://example.org/sources/{n}")
    published_on = datetime.date(2003, 7, 27)
    kind = Source.Kind.BOOK

    class Meta:
        model = Source


def png_bytes(size: tuple[int, int] = (1200, 800)) -> bytes:
    """A drawn PNG (no downloaded picture): a navy field with a white band."""
    from PIL import Image as Picture
    from PIL import ImageDraw

    picture = Picture.new("RGB", size, "navy")
    ImageDraw.Draw(picture).rectangle((0, size[1] // 3, size[0], size[1] // 2), fill="white")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Diagram {n}")
    slug = factory.Sequence(lambda n: f"diagram-{n}")
    file = factory.LazyFunction(lambda: ContentFile(png_bytes(), name="diagram.png"))
    alt_text = "A white band across a navy field"
    caption = "The band is the zone."
    credit = "Diagram: Armistice editors"
    licence = "CC BY 4.0"
    source_url = "https://example.org/diagrams/band"

    class Meta:
        model = Image


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Writer Number{n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    role_title = "Historian"
    bio = "Writes about armistices."

    class Meta:
        model = Person


class DocumentFactory(PublishableFactory):
    title = factory.Sequence(lambda n: f"Treaty text number {n}")
    slug = factory.Sequence(lambda n: f"document-{n}")
    kind = Document.Kind.TREATY
    date = datetime.date(1953, 7, 27)
    summary = "The text of a treaty."
    repository = "National Archives"
    identifier = "RG 11"
    original_language = "English"
    edition = "Treaties and Other International Agreements"
    body = "## Preamble\n\nThe undersigned agree."
    rights = "Public domain."

    class Meta:
        model = Document


class GlossaryTermFactory(PublishableFactory):
    term = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    short_definition = "A word this subject uses."
    body = "A longer explanation."

    class Meta:
        model = GlossaryTerm


class ArticleFactory(PublishableFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short summary of the article for lists and search engines."
    body = (
        "## Background\n\nThe armistice was signed at Panmunjom.\n\n## Terms\n\nA line and a zone."
    )
    topic = factory.SubFactory(TopicFactory)
    fact_check_status = Article.FactCheck.UNCHECKED
    # A checked or disputed article names its reviewer and the date (a database rule).
    reviewer = factory.LazyAttribute(
        lambda o: PersonFactory() if o.fact_check_status != "unchecked" else None
    )
    last_reviewed_on = factory.LazyAttribute(
        lambda o: datetime.date(2026, 7, 1) if o.fact_check_status != "unchecked" else None
    )

    class Meta:
        model = Article
        skip_postgeneration_save = True

    @factory.post_generation
    def sources(self, create, extracted, **kwargs):
        if create:
            self.sources.set(extracted if extracted is not None else [SourceFactory()])

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        """People or names ("Kim Historian"); none unless given. "Cite this" names them, as
        when ``content_save`` links them."""
        if create and extracted:
            self.authors.set(
                [
                    person
                    if isinstance(person, Person)
                    else PersonFactory(name=person, slug=slugify(person))
                    for person in extracted
                ]
            )
            content_recite(self)


class QuestionFactory(factory.django.DjangoModelFactory):
    article = factory.SubFactory(ArticleFactory)
    kind = Question.Kind.DISCUSSION
    text = "Why did the talks take two years?"
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = Question


class ReadingFactory(factory.django.DjangoModelFactory):
    article = factory.SubFactory(ArticleFactory)
    level = "introductory"
    source = factory.SubFactory(SourceFactory)
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = Reading


class CorrectionFactory(factory.django.DjangoModelFactory):
    article = factory.SubFactory(ArticleFactory)
    corrected_on = datetime.date(2026, 11, 30)
    what_was_wrong = "It said the treaty was signed in 1954."
    what_it_says_now = "It says the treaty was signed on 1 October 1953."
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = Correction


class CountryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.Sequence(lambda n: f"country-{n}")
    iso3 = factory.Sequence(lambda n: "X" + chr(65 + n // 26 % 26) + chr(65 + n % 26))
    cow_code = factory.Sequence(lambda n: 900 + n)

    class Meta:
        model = Country


class AllianceFactory(PublishableFactory):
    name = factory.Sequence(lambda n: f"Treaty of Example {n}")
    slug = factory.Sequence(lambda n: f"alliance-{n}")
    short_name = factory.Sequence(lambda n: f"TE{n}")
    kind = Alliance.Kind.MUTUAL_DEFENCE
    defense = True
    consultation = True
    signed_on = datetime.date(1953, 10, 1)
    summary = "Two states promise to defend each other."

    class Meta:
        model = Alliance


class MembershipFactory(factory.django.DjangoModelFactory):
    alliance = factory.SubFactory(AllianceFactory)
    country = factory.SubFactory(CountryFactory)
    role = Membership.Role.FOUNDING
    joined_on = datetime.date(1953, 10, 1)

    class Meta:
        model = Membership


class EventFactory(PublishableFactory):
    title = factory.Sequence(lambda n: f"Event number {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    start_date = datetime.date(1953, 7, 27)
    category = Event.Category.TREATY
    importance = 3
    summary = "Something happened."

    class Meta:
        model = Event


class TimelineFactory(PublishableFactory):
    title = factory.Sequence(lambda n: f"Timeline {n}")
    slug = factory.Sequence(lambda n: f"timeline-{n}")
    introduction = "A curated sequence of events."

    class Meta:
        model = Timeline


class TimelineEntryFactory(factory.django.DjangoModelFactory):
    timeline = factory.SubFactory(TimelineFactory)
    event = factory.SubFactory(EventFactory)
    position = factory.Sequence(lambda n: n)

    class Meta:
        model = TimelineEntry


def factory_for(model) -> type[factory.django.DjangoModelFactory]:
    """The factory of a content model, found by the model it builds (KeyError if none)."""
    found = {
        value._meta.model: value
        for value in globals().values()
        if isinstance(value, type)
        and issubclass(value, factory.django.DjangoModelFactory)
        and not value._meta.abstract
    }
    return found[model]


#: A factory for each publishable content type, from the registry.
PUBLISHABLE_FACTORIES = [
    factory_for(entry.model) for entry in registry.entries(registry.Role.PUBLISHABLE)
]
