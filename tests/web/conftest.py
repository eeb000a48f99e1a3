"""Clients for each kind of visitor the reader site distinguishes."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

EDITABLE = ["change_article", "change_alliance", "change_event", "change_timeline"]


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reader_client(user):
    """Logged in, but not staff: sees exactly what anonymous readers see."""
    return logged_in(user)


@pytest.fixture
def staff_without_permission_client(django_user_model):
    staff = django_user_model.objects.create_user(username="intern", is_staff=True)
    return logged_in(staff)


@pytest.fixture
def editor(django_user_model):
    editor = django_user_model.objects.create_user(username="editor", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(codename__in=EDITABLE))
    return editor


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)
