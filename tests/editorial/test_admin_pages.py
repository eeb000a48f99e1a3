"""The editors' admin: every page opens, publishing from the list works and is guarded by the
publish permission, and a clash in the membership inline is a message, not an error page."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from alliances.models import Alliance, Membership
from armistice_site import registry
from armistice_site.publishing import Status
from articles.models import Article
from editorial.concurrency import version_token
from tests import factories

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)

CONTENT_FACTORIES = [factories.factory_for(entry.model) for entry in registry.entries()]


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_content_model_is_registered():
    for factory in CONTENT_FACTORIES:
        assert factory._meta.model in admin.site._registry


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_every_changelist_and_add_page_opens(admin_client, admin_user, rf, model):
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    request = rf.get("/admin/")
    request.user = admin_user
    addable = admin.site._registry[model].has_add_permission(request)
    assert admin_client.get(admin_url(model, "add")).status_code == (200 if addable else 403)


@pytest.mark.django_db
@pytest.mark.parametrize("factory", CONTENT_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_every_change_and_history_page_opens(admin_client, factory):
    item = factory()
    item.save()  # a second revision, so the first one can be reverted to
    model = type(item)
    change = admin_client.get(admin_url(model, "change", item.pk))
    assert change.status_code == 200
    assert str(item) in change.content.decode()
    if hasattr(model, "get_absolute_url"):
        assert "View on site" in change.content.decode()
    assert admin_client.get(admin_url(model, "history", item.pk)).status_code == 200
    if hasattr(model, "history"):
        version = item.history.earliest()
        revert = admin_client.get(admin_url(model, "simple_history", item.pk, version.pk))
        assert revert.status_code == 200
        assert "Revert to this revision" in revert.content.decode()
        latest = item.history.latest()
        compare = admin_client.get(
            admin_url(model, "compare", item.pk), {"a": version.pk, "b": latest.pk}
        )
        assert compare.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory", factories.PUBLISHABLE_FACTORIES, ids=lambda f: f._meta.model.__name__
)
def test_changelist_search_filters_and_dates_answer(admin_client, factory):
    item = factory(draft=True)
    url = admin_url(type(item), "changelist")
    listing = admin_client.get(url, {"q": str(item.slug)})
    assert listing.status_code == 200
    assert item.slug in listing.content.decode() or str(item) in listing.content.decode()
    assert admin_client.get(url, {"status__exact": "draft"}).status_code == 200


@pytest.mark.django_db
def test_the_list_shows_a_scheduled_item_with_its_time(admin_client):
    article = factories.ArticleFactory(
        scheduled=True, publish_at=timezone.now() + datetime.timedelta(days=3)
    )
    page = admin_client.get(admin_url(Article, "changelist")).content.decode()
    assert "Scheduled for" in page
    assert article.title in page


def run_action(client, model, action: str, items) -> str:
    response = client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [item.pk for item in items]},
        follow=True,
    )
    assert response.status_code == 200
    return " ".join(str(message) for message in response.context["messages"])


@pytest.mark.django_db
def test_publish_action_publishes_now_and_keeps_a_schedule(admin_client):
    draft = factories.ArticleFactory(draft=True)
    later = timezone.now() + datetime.timedelta(days=2)
    planned = factories.ArticleFactory(status=Status.IN_REVIEW, publish_at=later)
    messages = run_action(admin_client, Article, "publish", [draft, planned])
    draft.refresh_from_db()
    planned.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.is_public()
    assert draft.first_published_at is not None
    assert planned.is_scheduled() and planned.publish_at == later
    assert f"Published: readers see it now: “{draft}”." in messages
    assert f"Scheduled: goes live at its publish time: “{planned}”." in messages
    assert draft.history.latest().history_change_reason == "Published"
    assert draft.history.latest().history_user is not None


@pytest.mark.django_db
def test_unpublish_action_takes_items_back_to_draft(admin_client):
    alliance = factories.AllianceFactory()
    messages = run_action(admin_client, Alliance, "unpublish", [alliance])
    alliance.refresh_from_db()
    assert alliance.status == Status.DRAFT
    assert not Alliance.objects.public().filter(pk=alliance.pk).exists()
    assert "Unpublished: back to draft, readers no longer see it" in messages


@pytest.fixture
def article_editor_client(client, staff_user):
    """A staff member who may edit articles but not publish them."""
    staff_user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=["view_article", "change_article", "add_article"],
        )
    )
    client.force_login(staff_user)
    return client


@pytest.mark.django_db
def test_publish_actions_are_refused_without_the_publish_permission(article_editor_client):
    draft = factories.ArticleFactory(draft=True)
    public = factories.ArticleFactory()
    page = article_editor_client.get(admin_url(Article, "changelist")).content.decode()
    assert 'value="publish"' not in page and 'value="unpublish"' not in page
    run_action(article_editor_client, Article, "publish", [draft])
    run_action(article_editor_client, Article, "unpublish", [public])
    draft.refresh_from_db()
    public.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert public.status == Status.PUBLISHED


@pytest.mark.django_db
def test_publish_actions_work_with_the_publish_permission(article_editor_client, staff_user):
    staff_user.user_permissions.add(Permission.objects.get(codename="publish_article"))
    draft = factories.ArticleFactory(draft=True)
    assert (
        'value="publish"'
        in article_editor_client.get(admin_url(Article, "changelist")).content.decode()
    )
    run_action(article_editor_client, Article, "publish", [draft])
    draft.refresh_from_db()
    assert draft.is_public()


def alliance_form(alliance: Alliance | None, rows: list[dict], initial: int = 0) -> dict:
    """The alliance change form as a browser would post it, with membership rows."""
    data = {
        "name": alliance.name if alliance else "Treaty of Example",
        "slug": alliance.slug if alliance else "treaty-of-example",
        "short_name": "",
        "kind": Alliance.Kind.MUTUAL_DEFENCE,
        "summary": "",
        "body": "",
        "signed_on": "1953-10-01",
        "in_force_on": "",
        "ended_on": "",
        "end_reason": "",
        "atop_id": "",
        "cow_id": "",
        "status": Status.DRAFT,
        "publish_at_0": "",
        "publish_at_1": "",
        "version": version_token(alliance) if alliance else "",
        "memberships-TOTAL_FORMS": str(len(rows)),
        "memberships-INITIAL_FORMS": str(initial),
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        values = {"role": Membership.Role.MEMBER, "left_on": "", "note": "", **row}
        if alliance:
            values["alliance"] = alliance.pk
        data.update({f"memberships-{index}-{name}": value for name, value in values.items()})
    return data


@pytest.mark.django_db
def test_overlapping_rows_in_the_membership_inline_get_a_message(admin_client):
    alliance = factories.AllianceFactory(draft=True)
    country = factories.CountryFactory(name="Turkey")
    rows = [
        {"country": country.pk, "joined_on": "1955-02-24", "left_on": "1979-03-16"},
        {"country": country.pk, "joined_on": "1970-01-01"},
    ]
    response = admin_client.post(
        admin_url(Alliance, "change", alliance.pk), alliance_form(alliance, rows)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Turkey already has a membership in this alliance from 1955-02-24" in page
    assert not Membership.objects.filter(alliance=alliance).exists()


@pytest.mark.django_db
def test_a_new_row_overlapping_a_saved_membership_gets_a_message(admin_client):
    saved = factories.MembershipFactory(joined_on=datetime.date(1955, 2, 24))
    alliance = saved.alliance
    rows = [
        {
            "id": saved.pk,
            "country": saved.country.pk,
            "joined_on": "1955-02-24",
            "role": saved.role,
        },
        {"country": saved.country.pk, "joined_on": "1990-01-01"},
    ]
    response = admin_client.post(
        admin_url(Alliance, "change", alliance.pk), alliance_form(alliance, rows, initial=1)
    )
    assert response.status_code == 200
    assert f"{saved.country} already has a membership in this alliance" in (
        response.content.decode()
    )
    assert Membership.objects.filter(alliance=alliance).count() == 1


@pytest.mark.django_db
def test_overlapping_rows_on_a_new_alliance_get_a_message_and_nothing_is_saved(admin_client):
    country = factories.CountryFactory(name="Pakistan")
    rows = [
        {"country": country.pk, "joined_on": "1954-09-08"},
        {"country": country.pk, "joined_on": "1960-01-01", "left_on": "1972-01-01"},
    ]
    response = admin_client.post(admin_url(Alliance, "add"), alliance_form(None, rows))
    assert response.status_code == 200
    assert "Pakistan already has a membership in this alliance" in response.content.decode()
    assert not Alliance.objects.filter(slug="treaty-of-example").exists()


@pytest.mark.django_db
def test_memberships_that_follow_one_another_are_saved(admin_client):
    alliance = factories.AllianceFactory(draft=True)
    country = factories.CountryFactory()
    rows = [
        {"country": country.pk, "joined_on": "1949-04-04", "left_on": "1966-07-01"},
        {"country": country.pk, "joined_on": "1966-07-01"},
    ]
    response = admin_client.post(
        admin_url(Alliance, "change", alliance.pk), alliance_form(alliance, rows)
    )
    assert response.status_code == 302
    assert Membership.objects.filter(alliance=alliance, country=country).count() == 2


@pytest.mark.django_db
def test_a_timeline_lists_its_events_inline_in_position_order(admin_client):
    timeline = factories.TimelineFactory()
    second = factories.TimelineEntryFactory(timeline=timeline, position=2, event__title="Ceasefire")
    first = factories.TimelineEntryFactory(timeline=timeline, position=1, event__title="Invasion")
    page = admin_client.get(admin_url(type(timeline), "change", timeline.pk)).content.decode()
    assert page.index(str(first.event)) < page.index(str(second.event))
