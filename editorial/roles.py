"""The three editorial roles as Django groups, and the permissions each one holds.

- **Writer** creates and edits content and submits it for review. Writers may delete drafts
  (and the memberships and timeline entries inside what they edit), but never content readers
  have seen: ``editorial.workflow.check_delete`` also asks for the publish permission there.
  They do not delete shared reference data (sources, topics, tags, countries), which published
  content cites.
- **Publisher** can do all that, plus publish pending revisions (a writer's change to
  something readers see, reference data included: ``publish_<model>`` on sources, topics,
  tags and countries too), publish, schedule, unpublish, archive and request changes
  (the ``publish_<model>`` permissions), and delete anything, published content included:
  whoever may take an item off the site may also remove it, and its address stays retired.
- **Admin** can do everything with content, users, roles, API tokens, and reads the audit log.

Which content types there are comes from the registry (``armistice_site.registry``): a new
type gets its roles' permissions from its registration alone.

``setup_roles()`` sets each group's permissions to exactly this list, so running it again (the
``setup_roles`` command, the migration that calls it, or ``migrate`` itself, which calls it
once it has created the permissions of any new type) repairs drift and changes nothing else.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from armistice_site import registry
from armistice_site.publishing import permission_name
from armistice_site.registry import Role

WRITER, PUBLISHER, ADMIN = "Writer", "Publisher", "Admin"
ALL = ["view", "add", "change", "delete"]


def _perms(role: Role | None, actions: list[str]) -> set[str]:
    return {
        permission_name(entry.model, action)
        for entry in registry.entries(role)
        for action in actions
    }


def _declared(permission: str) -> bool:
    """Reference types may declare a publish permission of their own (``Meta.permissions``);
    those that do not are published by Publishers through ``workflow.can_publish``."""
    app_label, codename = permission.split(".")
    return any(
        entry.model._meta.app_label == app_label
        and any(name == codename for name, _ in entry.model._meta.permissions)
        for entry in registry.entries(Role.REFERENCE)
    )


def role_permissions() -> dict[str, set[str]]:
    """Each group's permissions as ``"app_label.codename"`` strings."""
    writer = (
        _perms(None, ["view", "add", "change"])
        | _perms(Role.PUBLISHABLE, ["delete"])
        | _perms(Role.PART, ["delete"])
    )
    publisher = (
        writer
        | _perms(None, ["delete"])
        | _perms(Role.PUBLISHABLE, ["publish"])
        | {p for p in _perms(Role.REFERENCE, ["publish"]) if _declared(p)}
    )
    admin = (
        publisher
        | {
            f"{app}.{action}_{model}"
            for app, model in [
                ("auth", "user"),
                ("auth", "group"),
                ("tokens", "apitoken"),
            ]
            for action in ALL
        }
        | {"editorial.view_auditentry"}
    )
    return {WRITER: writer, PUBLISHER: publisher, ADMIN: admin}


def setup_roles(*, apps=global_apps, using: str = "default") -> dict[str, int]:
    """Create the three groups and set their permissions exactly; return each group's count.

    Works with the live app registry (the command, and after ``migrate``) and a migration's
    historical one, which may not hold every registered type yet: their permissions are then
    given by the next run after ``migrate``. Permission rows are normally created after
    ``migrate`` finishes, so they are created here first."""
    for app_config in apps.get_app_configs():
        if apps is not global_apps:
            app_config.models_module = True  # a migration's app stubs never have one
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    counts = {}
    for name, wanted in role_permissions().items():
        group, _ = group_model.objects.using(using).get_or_create(name=name)
        rows = []
        for label in sorted(wanted):
            app_label, codename = label.split(".")
            row = (
                permission_model.objects.using(using)
                .filter(content_type__app_label=app_label, codename=codename)
                .first()
            )
            if row is None and apps is global_apps:
                raise LookupError(f"No permission {label}: is its app installed and migrated?")
            if row is not None:
                rows.append(row)
        group.permissions.set(rows)
        counts[name] = len(rows)
    return counts
