"""The three roles as groups, set up by migrate and by a command that can run again; and the
audit log's record of who changed whose role."""

from django.contrib.auth.models import Group
from django.core.management import call_command

from editorial.models import AuditEntry
from editorial.roles import ADMIN, PUBLISHER, WRITER, role_permissions, setup_roles


def group_perms(name: str) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_migrate_creates_the_three_roles(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {WRITER, PUBLISHER, ADMIN}
    assert group_perms(WRITER) == role_permissions()[WRITER]


def test_setup_roles_is_idempotent_and_repairs_drift(db, capsys):
    first = setup_roles()
    writer = Group.objects.get(name=WRITER)
    writer.permissions.add(*Group.objects.get(name=ADMIN).permissions.all())
    call_command("setup_roles")
    call_command("setup_roles")
    assert setup_roles() == first
    assert Group.objects.filter(name__in=[WRITER, PUBLISHER, ADMIN]).count() == 3
    assert group_perms(WRITER) == role_permissions()[WRITER]
    assert "Writer: " in capsys.readouterr().out


def test_writer_permissions(writer):
    assert writer.has_perm("articles.add_article")
    assert writer.has_perm("articles.change_article")
    assert writer.has_perm("timeline.change_timelineentry")
    assert not writer.has_perm("articles.publish_article")
    assert not writer.has_perm("articles.delete_source")
    assert not writer.has_perm("editorial.view_auditentry")


def test_publisher_permissions(publisher):
    for model in ("article", "alliance", "event", "timeline"):
        app = {"article": "articles", "alliance": "alliances"}.get(model, "timeline")
        assert publisher.has_perm(f"{app}.publish_{model}")
    assert publisher.has_perm("alliances.delete_country")
    assert not publisher.has_perm("auth.change_user")
    assert not publisher.has_perm("tokens.add_apitoken")


def test_admin_permissions(admin_member):
    assert admin_member.has_perm("auth.change_user")
    assert admin_member.has_perm("auth.change_group")
    assert admin_member.has_perm("tokens.add_apitoken")
    assert admin_member.has_perm("editorial.view_auditentry")
    assert not admin_member.has_perm("armistice_site.change_auditentry")
    assert role_permissions()[PUBLISHER] < role_permissions()[ADMIN]


def test_role_changes_are_audited_on_both_sides_of_the_relation(writer):
    publisher_group = Group.objects.get(name=PUBLISHER)
    writer.groups.add(publisher_group)
    writer.groups.remove(Group.objects.get(name=WRITER))
    publisher_group.user_set.clear()
    entries = AuditEntry.objects.filter(action="role_change", object_repr="wanda-writer")
    assert list(entries.order_by("pk").values_list("comment", flat=True)) == [
        "Added to Writer",
        "Added to Publisher",
        "Removed from Writer",
        "Removed from Publisher",
    ]
    assert entries.order_by("pk").last().extra == {"removed": ["Publisher"]}


def test_role_change_in_the_admin_names_who_made_it(client, django_user_model, writer):
    boss = django_user_model.objects.create_superuser(username="boss", password="pw-boss-12345")
    client.force_login(boss)
    response = client.post(
        f"/admin/auth/user/{writer.pk}/change/",
        {
            "username": writer.username,
            "is_active": "on",
            "is_staff": "on",
            "groups": [Group.objects.get(name=PUBLISHER).pk],
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    assert response.status_code == 302
    entries = AuditEntry.objects.filter(action="role_change", username="boss")
    assert set(entries.values_list("comment", flat=True)) == {
        "Added to Publisher",
        "Removed from Writer",
    }


def test_audit_log_is_read_only_in_the_admin(admin_client, publisher):
    entry = AuditEntry.objects.first()
    listing = admin_client.get("/admin/editorial/auditentry/")
    assert listing.status_code == 200
    assert b"pablo-publisher" in listing.content
    assert admin_client.get("/admin/editorial/auditentry/add/").status_code == 403
    detail = admin_client.get(f"/admin/editorial/auditentry/{entry.pk}/change/")
    assert detail.status_code == 200
    assert b'name="comment"' not in detail.content
    assert admin_client.post(f"/admin/editorial/auditentry/{entry.pk}/delete/").status_code == 403
