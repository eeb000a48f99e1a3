"""One write path: whichever route a change takes — the admin's form or its list actions, the
API's POST, PUT and PATCH, a revert, the legacy importer, the demo loader — it leaves exactly
one revision, with who, when and a reason, and exactly one audit entry. A change that changes
nothing leaves neither, and a refused change leaves nothing at all."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from rest_framework.test import APIClient

from alliances.models import Alliance, Membership
from articles.legacy_import import article_import_legacy
from articles.models import Article, Source, Tag
from demo.loader import demo_load
from editorial import services
from editorial.models import AuditEntry
from editorial.roles import PUBLISHER
from editorial.services import Route
from tests import factories
from tests.editorial.admin_forms import admin_url, form_data, open_change_form
from timeline.models import Timeline
from tokens.services import token_create

Action = AuditEntry.Action
pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parent.parent / "articles" / "fixtures"


@pytest.fixture
def editor(roles, django_user_model):
    user = django_user_model.objects.create_user(
        username="eddie", password="pw-eddie-12345", is_staff=True
    )
    user.groups.add(Group.objects.get(name=PUBLISHER))
    return django_user_model.objects.get(pk=user.pk)


@pytest.fixture
def admin_site(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def api(editor) -> APIClient:
    client = APIClient()
    client.credentials(
        HTTP_AUTHORIZATION=f"Token {token_create(user=editor, name='t', scope='write')[1]}"
    )
    return client


class Trail:
    """Revisions and audit entries of one item written since this was made."""

    def __init__(self, obj):
        self.obj = obj
        self.seen_revisions = set(self._revisions().values_list("history_id", flat=True))
        self.seen_entries = set(self._entries().values_list("pk", flat=True))

    def _revisions(self):
        return type(self.obj).history.filter(id=self.obj.pk)

    def _entries(self):
        return AuditEntry.objects.filter(
            object_id=str(self.obj.pk), content_type__model=self.obj._meta.model_name
        ).exclude(action=Action.ROLE_CHANGE)

    def revisions(self) -> list:
        fresh = self._revisions().exclude(history_id__in=self.seen_revisions)
        return list(fresh.select_related("history_user").order_by("history_id"))

    def entries(self) -> list:
        fresh = self._entries().exclude(pk__in=self.seen_entries)
        return list(fresh.order_by("pk"))


def one_of_each(trail: Trail, *, user, reason: str, action: str) -> tuple:
    """Assert one new revision by ``user`` with ``reason`` and one audit entry with
    ``action``; return both."""
    revisions, entries = trail.revisions(), trail.entries()
    assert [(r.history_user, r.history_change_reason) for r in revisions] == [(user, reason)]
    assert [(e.action, e.user) for e in entries] == [(action, user)]
    return revisions[0], entries[0]


# --- the API ---------------------------------------------------------------------------------


def test_an_api_post_leaves_one_revision_and_one_entry(api, editor):
    tag = factories.TagFactory(slug="dmz")
    source = factories.SourceFactory(slug="hermes")

    response = api.post(
        "/api/v1/articles/",
        {"slug": "new", "title": "New", "tags": ["dmz"], "sources": ["hermes"]},
        format="json",
    )

    assert response.status_code == 201, response.json()
    article = Article.objects.get(slug="new")
    revisions = list(article.history.all())
    assert [(r.history_type, r.history_user, r.history_change_reason) for r in revisions] == [
        ("+", editor, "Created through the API")
    ]
    assert set(revisions[0].tags.values_list("tag_id", flat=True)) == {tag.pk}
    assert set(revisions[0].sources.values_list("source_id", flat=True)) == {source.pk}
    entries = AuditEntry.objects.filter(object_id=str(article.pk), content_type__model="article")
    assert [e.action for e in entries] == [Action.CREATE]


def test_an_api_patch_of_title_tags_and_sources_leaves_one_revision(api, editor):
    article = factories.ArticleFactory(draft=True, slug="patched")
    trail = Trail(article)
    factories.TagFactory(slug="armistice")
    factories.SourceFactory(slug="stueck")

    response = api.patch(
        "/api/v1/articles/patched/",
        {"title": "Patched", "tags": ["armistice"], "sources": ["stueck"]},
        format="json",
    )

    assert response.status_code == 200, response.json()
    revision, entry = one_of_each(
        trail, user=editor, reason="Edited through the API", action=Action.EDIT
    )
    assert revision.title == "Patched"
    assert entry.extra["changed"] == ["sources", "tags", "title"]


def test_an_api_put_leaves_one_revision(api, editor):
    article = factories.ArticleFactory(draft=True, slug="put")
    trail = Trail(article)

    response = api.put(
        "/api/v1/articles/put/", {"slug": "put", "title": "Put", "tags": []}, format="json"
    )

    assert response.status_code == 200, response.json()
    one_of_each(trail, user=editor, reason="Edited through the API", action=Action.EDIT)


def test_an_api_edit_with_a_step_is_one_revision_named_after_the_step(api, editor):
    article = factories.ArticleFactory(in_review=True, slug="both")
    trail = Trail(article)

    response = api.patch(
        "/api/v1/articles/both/",
        {"title": "Both at once", "status": "published", "comment": "Checked."},
        format="json",
    )

    assert response.status_code == 200, response.json()
    revision, entry = one_of_each(
        trail, user=editor, reason="Published: Checked.", action=Action.PUBLISH
    )
    assert (revision.title, revision.status) == ("Both at once", "published")
    assert entry.extra["changed"] == ["title"]


def test_a_write_that_changes_nothing_leaves_nothing(api):
    article = factories.ArticleFactory(draft=True, slug="same", title="Same")
    trail = Trail(article)

    response = api.patch("/api/v1/articles/same/", {"title": "Same"}, format="json")

    assert response.status_code == 200
    assert trail.revisions() == [] and trail.entries() == []


def test_a_refused_write_leaves_nothing(api):
    article = factories.ArticleFactory(in_review=True, slug="refused", sources=[])
    trail = Trail(article)

    response = api.patch(
        "/api/v1/articles/refused/", {"title": "Changed", "status": "published"}, format="json"
    )

    assert response.status_code == 400
    article.refresh_from_db()
    assert article.title != "Changed"
    assert trail.revisions() == [] and trail.entries() == []


def test_a_membership_written_through_the_api_is_one_revision_of_its_alliance(api, editor):
    alliance = factories.AllianceFactory(draft=True, slug="pact")
    country = factories.CountryFactory(iso3="NZL")
    trail = Trail(alliance)

    response = api.post(
        "/api/v1/memberships/",
        {"alliance": "pact", "country": "NZL", "joined_on": "1952-04-29"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    revisions = trail.revisions()
    assert len(revisions) == 1
    assert revisions[0].history_change_reason == f"Added membership “{country} in {alliance}”."
    membership = Membership.objects.get()
    assert [e.action for e in Trail(membership)._entries()] == [Action.CREATE]


def test_a_timeline_given_new_events_is_one_revision(api, editor):
    timeline = factories.TimelineFactory(draft=True, slug="war")
    first, second = factories.EventFactory(slug="a"), factories.EventFactory(slug="b")
    trail = Trail(timeline)

    response = api.patch("/api/v1/timelines/war/", {"events": ["b", "a"]}, format="json")

    assert response.status_code == 200, response.json()
    one_of_each(trail, user=editor, reason="Edited through the API", action=Action.EDIT)
    assert list(timeline.entries.values_list("event", flat=True)) == [second.pk, first.pk]


# --- the admin -------------------------------------------------------------------------------


def test_an_admin_save_of_fields_and_links_leaves_one_revision(admin_site, editor):
    article = factories.ArticleFactory(draft=True)
    trail = Trail(article)
    tag = factories.TagFactory()

    data = {**open_change_form(admin_site, article), "title": "Retitled", "tags": [str(tag.pk)]}
    response = admin_site.post(admin_url(Article, "change", article.pk), data)

    assert response.status_code == 302
    revision, entry = one_of_each(
        trail, user=editor, reason="Changed Title and Tags.", action=Action.EDIT
    )
    assert entry.extra["changed"] == ["tags", "title"]
    assert set(revision.tags.values_list("tag_id", flat=True)) == {tag.pk}


def test_an_admin_save_with_a_reason_keeps_the_reason(admin_site, editor):
    article = factories.ArticleFactory(draft=True)
    trail = Trail(article)

    data = {
        **open_change_form(admin_site, article),
        "summary": "A better summary.",
        "revision_reason": "The old summary misdated the armistice.",
    }
    admin_site.post(admin_url(Article, "change", article.pk), data)

    one_of_each(
        trail,
        user=editor,
        reason="The old summary misdated the armistice.",
        action=Action.EDIT,
    )


def test_an_admin_add_with_inline_rows_leaves_one_revision(admin_site, editor):
    country = factories.CountryFactory()
    page = admin_site.get(admin_url(Alliance, "add"))
    data = {
        **form_data(page),
        "name": "Pact of Example",
        "slug": "pact-of-example",
        "kind": Alliance.Kind.ALLIANCE,
        "signed_on": "1960-01-01",
        "memberships-0-country": str(country.pk),
        "memberships-0-role": Membership.Role.FOUNDING,
        "memberships-0-joined_on": "1960-01-01",
    }

    response = admin_site.post(admin_url(Alliance, "add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    alliance = Alliance.objects.get(slug="pact-of-example")
    revisions = list(alliance.history.all())
    assert [(r.history_type, r.history_user) for r in revisions] == [("+", editor)]
    assert alliance.memberships.count() == 1
    entries = AuditEntry.objects.filter(object_id=str(alliance.pk), content_type__model="alliance")
    assert [e.action for e in entries] == [Action.CREATE]


def test_an_admin_list_action_leaves_one_revision_per_item(admin_site, editor):
    first = factories.ArticleFactory(in_review=True)
    second = factories.ArticleFactory(in_review=True)
    trails = [Trail(first), Trail(second)]

    admin_site.post(
        admin_url(Article, "changelist"),
        {"action": "publish", "_selected_action": [first.pk, second.pk]},
    )

    for trail in trails:
        one_of_each(trail, user=editor, reason="Published", action=Action.PUBLISH)


def test_an_admin_slug_change_is_in_the_audit_log(admin_site, editor):
    article = factories.ArticleFactory(slug="old-address")
    trail = Trail(article)

    data = {**open_change_form(admin_site, article), "slug": "new-address"}
    admin_site.post(admin_url(Article, "change", article.pk), data)

    _, entry = one_of_each(trail, user=editor, reason="Changed Slug.", action=Action.RENAME)
    assert entry.extra["slug"] == ["old-address", "new-address"]


def test_an_edit_of_reference_data_is_in_the_audit_log(admin_site, editor):
    tag = factories.TagFactory(name="Old name")

    page = admin_site.get(admin_url(Tag, "change", tag.pk))
    admin_site.post(admin_url(Tag, "change", tag.pk), {**form_data(page), "name": "New name"})

    entries = list(AuditEntry.objects.filter(content_type__model="tag"))
    assert [(e.action, e.user, e.extra) for e in entries] == [
        (Action.EDIT, editor, {"changed": ["name"]})
    ]


# --- revert, import and the demo loader --------------------------------------------------------


def test_a_revert_leaves_one_revision_and_one_entry(admin_site, editor):
    article = factories.ArticleFactory(draft=True, title="First title")
    first = article.history.latest()
    services.content_save(obj=article, user=editor, fields={"title": "Second title"})
    trail = Trail(article)

    response = admin_site.post(admin_url(Article, "simple_history", article.pk, first.history_id))

    assert response.status_code == 302
    revisions, entries = trail.revisions(), trail.entries()
    assert len(revisions) == 1
    assert revisions[0].title == "First title"
    assert revisions[0].history_change_reason.startswith("Reverted to revision of")
    assert [(e.action, e.extra["history_id"]) for e in entries] == [
        (Action.REVERT, first.history_id)
    ]


def test_a_legacy_import_leaves_one_revision_and_one_entry():
    raw = (FIXTURES / "korea-armistice-article.txt").read_bytes()

    result = article_import_legacy(raw=raw, title="The Korean Armistice")

    article = result.article
    assert [r.history_change_reason for r in article.history.all()] == [
        "Imported from a legacy text file"
    ]
    entries = AuditEntry.objects.filter(object_id=str(article.pk), content_type__model="article")
    assert [e.action for e in entries] == [Action.IMPORT]


def test_the_demo_loader_leaves_one_entry_and_one_revision_per_item():
    demo_load()

    timeline = Timeline.objects.get(slug="korean-war-1950-1953")
    assert [r.history_change_reason for r in timeline.history.all()] == ["Published"]
    source = Source.objects.get(slug="korean-armistice-agreement-text")
    assert [r.history_change_reason for r in source.history.all()] == [
        "Loaded with the demo content"
    ]
    entries = AuditEntry.objects.filter(content_type__model="alliance")
    assert entries.count() == Alliance.objects.count()
    assert set(entries.values_list("action", flat=True)) == {Action.PUBLISH}


def test_the_shell_route_names_itself(db):
    source = services.content_save(
        obj=Source(slug="shell", title="From the shell"), user=None, route=Route.SHELL
    )
    assert [r.history_change_reason for r in source.history.all()] == ["Created from the shell"]
    entry = AuditEntry.objects.get(object_id=str(source.pk), content_type__model="source")
    assert (entry.action, entry.user, entry.username) == (Action.CREATE, None, "")


def test_a_demo_rerun_changes_nothing_and_records_nothing():
    demo_load()
    before = AuditEntry.objects.count()

    demo_load()

    assert AuditEntry.objects.count() == before
