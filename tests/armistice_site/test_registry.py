"""The content-type registry is complete and true: every content model is declared once, and
each declaration names routes, fields and permissions that exist. Forgetting to register a
new type fails here instead of leaving cached pages stale or roles without permissions."""

import pytest
from django.apps import apps
from django.urls import NoReverseMatch, reverse

from armistice_site import registry
from armistice_site.publishing import Publishable, permission_name
from armistice_site.registry import Role
from editorial.roles import ADMIN, PUBLISHER, WRITER, role_permissions
from tests.factories import factory_for

ENTRIES = registry.entries()
IDS = [entry.label for entry in ENTRIES]


def content_apps() -> set[str]:
    return {entry.model._meta.app_label for entry in ENTRIES}


def concrete_models() -> list:
    """Every concrete model of the apps that hold content, history tables aside."""
    return [
        model
        for app_label in content_apps()
        for model in apps.get_app_config(app_label).get_models()
        if not model.__name__.startswith("Historical")
    ]


def test_every_concrete_publishable_model_is_registered_as_publishable():
    publishable = [model for model in apps.get_models() if issubclass(model, Publishable)]
    assert publishable, "no Publishable model found"
    for model in publishable:
        assert registry.get(model) is not None, f"{model._meta.label} is not registered"
        assert registry.entry(model).role == Role.PUBLISHABLE


def test_every_model_of_a_content_app_is_registered():
    unregistered = [m._meta.label for m in concrete_models() if registry.get(m) is None]
    assert unregistered == []


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_each_registration_names_what_exists(entry):
    if entry.url_name:
        with pytest.raises(NoReverseMatch):
            reverse(entry.url_name)  # it needs the slug
        assert reverse(entry.url_name, kwargs={"slug": "x"})
    if entry.api is not None:
        kwargs = {"pk": 1} if entry.model is apps.get_model("alliances.membership") else {}
        assert reverse(f"api:{entry.api.basename}-list")
        assert reverse(f"api:{entry.api.basename}-detail", kwargs=kwargs or {"slug": "x"})
    if entry.search is not None:
        names = {f.name for f in entry.model._meta.get_fields()}
        fields = {entry.search.title, *entry.search.text, *(n for n, _ in entry.search.weights)}
        assert fields <= names
    if entry.role == Role.PUBLISHABLE:
        assert entry.revisioned
        assert hasattr(entry.model, "get_absolute_url")
    if entry.part is not None:
        assert entry.parent_model is not None
        assert entry in registry.parts_of(entry.parent_model)
    if entry.sitemap_priority is not None:
        assert hasattr(entry.model._default_manager, "public")


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_each_registered_type_has_a_factory_for_the_tests(entry):
    assert factory_for(entry.model)._meta.model is entry.model


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_the_roles_cover_each_registered_type(entry):
    roles = role_permissions()
    for action in ("view", "add", "change"):
        assert permission_name(entry.model, action) in roles[WRITER]
    assert permission_name(entry.model, "delete") in roles[PUBLISHER]
    publish = permission_name(entry.model, "publish")
    # Reference data readers see may have a publish permission of its own (for publishing a
    # writer's proposed change); publishable types always have one, rows inside items never.
    declared = any(name == publish.split(".")[1] for name, _ in entry.model._meta.permissions)
    assert (publish in roles[PUBLISHER]) == (entry.role == Role.PUBLISHABLE or declared)
    assert entry.role != Role.PUBLISHABLE or declared
    assert roles[PUBLISHER] <= roles[ADMIN]


def test_backups_restore_each_type_after_the_types_it_links_to():
    order = [entry.model for entry in registry.dependency_order()]
    assert set(order) == {entry.model for entry in ENTRIES}
    for position, model in enumerate(order):
        links = [*model._meta.concrete_fields, *model._meta.local_many_to_many]
        for field in links:
            target = field.related_model if field.is_relation else None
            if target in order and target is not model:
                assert order.index(target) < position, (model, target)


def test_a_model_cannot_be_registered_twice():
    entry = ENTRIES[0]
    with pytest.raises(ValueError, match="registered twice"):
        registry.content_type(entry.role, part=entry.part)(entry.model)


def test_only_a_part_names_a_parent():
    with pytest.raises(ValueError, match="only a part"):
        registry.content_type(Role.PART)
    with pytest.raises(ValueError, match="only a part"):
        registry.content_type(Role.REFERENCE, part=registry.Part("x", "X"))
