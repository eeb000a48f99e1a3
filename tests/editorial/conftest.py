"""Users in each editorial role, with the groups set up exactly as ``migrate`` does."""

import pytest

from editorial.roles import ADMIN, PUBLISHER, WRITER, setup_roles
from tests.editorial.admin_forms import staff_client


@pytest.fixture
def roles(db):
    setup_roles()


def _member(django_user_model, name, group):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username=name, password=f"pw-{name}-12345")
    user.groups.add(Group.objects.get(name=group))
    return django_user_model.objects.get(pk=user.pk)  # fresh: no cached permissions


@pytest.fixture
def writer(roles, django_user_model):
    return _member(django_user_model, "wanda-writer", WRITER)


@pytest.fixture
def publisher(roles, django_user_model):
    return _member(django_user_model, "pablo-publisher", PUBLISHER)


@pytest.fixture
def admin_member(roles, django_user_model):
    return _member(django_user_model, "ada-admin", ADMIN)


@pytest.fixture
def writer_client(writer):
    return staff_client(writer)


@pytest.fixture
def publisher_client(publisher):
    return staff_client(publisher)
