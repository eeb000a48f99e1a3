"""The three editorial roles as Django groups, and the permissions each one holds.

- **Writer** creates and edits content and submits it for review. Writers may delete drafts
  (and the memberships and timeline entries inside what they edit), but never content readers
  have seen: ``armistice_site.workflow.can_delete`` also asks for the publish permission there.
  They do not delete shared reference data (sources, topics, tags, countries), which published
  content cites.
- **Publisher** can do all that, plus publish, schedule, unpublish, archive and request changes
  (the ``publish_<model>`` permissions), and delete anything, published content included:
  whoever may take an item off the site may also remove it, and its address stays retired.
- **Admin** can do everything with content, users, roles, API tokens, and reads the audit log.

``setup_roles()`` sets each group's permissions to exactly this list, so running it again (the
``setup_roles`` command, or the migration that calls it) repairs drift and changes nothing else.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

WRITER, PUBLISHER, ADMIN = "Writer", "Publisher", "Admin"

#: What readers see; published through the workflow.
PUBLISHABLE = ["articles.article", "alliances.alliance", "timeline.event", "timeline.timeline"]
#: Rows that only exist inside a publishable item.
PARTS = ["alliances.membership", "timeline.timelineentry"]
#: Shared reference data that published content cites.
REFERENCE = ["articles.source", "articles.topic", "articles.tag", "alliances.country"]
CONTENT = PUBLISHABLE + PARTS + REFERENCE


def _model_perms(models: list[str], actions: list[str]) -> set[str]:
    return {
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label in models
        for action in actions
    }


def role_permissions() -> dict[str, set[str]]:
    """Each group's permissions as ``"app_label.codename"`` strings."""
    writer = _model_perms(CONTENT, ["view", "add", "change"]) | _model_perms(
        PUBLISHABLE + PARTS, ["delete"]
    )
    publisher = writer | _model_perms(CONTENT, ["delete"]) | _model_perms(PUBLISHABLE, ["publish"])
    admin = (
        publisher
        | _model_perms(["auth.user", "auth.group"], ["view", "add", "change", "delete"])
        | _model_perms(
            ["authtoken.token", "authtoken.tokenproxy"], ["view", "add", "change", "delete"]
        )
        | {"armistice_site.view_auditentry"}
    )
    return {WRITER: writer, PUBLISHER: publisher, ADMIN: admin}


def setup_roles(*, apps=global_apps, using: str = "default") -> dict[str, int]:
    """Create the three groups and set their permissions exactly; return each group's count.

    Works with the live app registry (the command) and a migration's historical one. Permission
    rows are normally created after ``migrate`` finishes, so they are created here first."""
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
            rows.append(
                permission_model.objects.using(using).get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.set(rows)
        counts[name] = len(rows)
    return counts
