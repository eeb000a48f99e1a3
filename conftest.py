"""Small composable fixtures shared by the whole suite."""

import pytest

from tests import factories

pytest_plugins = ["tests.throwaway_db"]  # the ``throwaway_database`` fixture


@pytest.fixture
def public_article(db):
    return factories.ArticleFactory()


@pytest.fixture
def draft_article(db):
    return factories.ArticleFactory(draft=True)


@pytest.fixture
def scheduled_article(db):
    return factories.ArticleFactory(scheduled=True)


@pytest.fixture
def user(db, django_user_model):
    return django_user_model.objects.create_user(username="reader", password="pw-reader-12345")


@pytest.fixture
def staff_user(db, django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="pw-staff-12345", is_staff=True
    )


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client
