"""Country, Alliance and Membership rules: the editor's message from validation and the
database refusing the same bad data when validation is bypassed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from alliances.models import Alliance, Country, Membership
from tests import factories

pytestmark = pytest.mark.django_db

D = datetime.date


def validation_messages(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def refused_by_database(queryset, **changes) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**changes)


def test_alliance_slug_is_unique():
    factories.AllianceFactory(slug="nato")
    other = factories.AllianceFactory()
    duplicate = factories.AllianceFactory.build(slug="nato")
    assert "Alliance with this Slug already exists." in validation_messages(duplicate)["slug"]
    refused_by_database(Alliance.objects.filter(pk=other.pk), slug="nato")


def test_an_alliance_cannot_end_before_it_was_signed():
    seato = factories.AllianceFactory(signed_on=D(1954, 9, 8))
    seato.ended_on = D(1954, 1, 1)
    assert validation_messages(seato)["ended_on"] == [
        "An alliance cannot end before it was signed."
    ]
    seato.ended_on = D(1977, 6, 30)
    seato.full_clean()
    refused_by_database(Alliance.objects.filter(pk=seato.pk), ended_on=D(1950, 1, 1))


def test_an_alliance_cannot_come_into_force_before_it_was_signed():
    treaty = factories.AllianceFactory(signed_on=D(1953, 10, 1))
    treaty.in_force_on = D(1953, 9, 1)
    assert validation_messages(treaty)["in_force_on"] == [
        "An alliance cannot come into force before it was signed."
    ]
    refused_by_database(Alliance.objects.filter(pk=treaty.pk), in_force_on=D(1953, 1, 1))


def test_a_membership_cannot_end_before_it_began():
    membership = factories.MembershipFactory(joined_on=D(1955, 5, 14))
    membership.left_on = D(1955, 5, 14)
    assert validation_messages(membership)["left_on"] == [
        "A membership cannot end before it began."
    ]
    refused_by_database(Membership.objects.filter(pk=membership.pk), left_on=D(1950, 1, 1))


def test_overlapping_memberships_of_one_country_are_refused():
    first = factories.MembershipFactory(joined_on=D(1955, 5, 14), left_on=D(1968, 9, 13))
    overlapping = Membership(
        alliance=first.alliance, country=first.country, joined_on=D(1960, 1, 1)
    )
    message = validation_messages(overlapping)["joined_on"][0]
    assert message.startswith(f"{first.country} already has a membership in this alliance")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(
            alliance=first.alliance, country=first.country, joined_on=D(1960, 1, 1)
        )


def test_an_open_membership_overlaps_every_later_one():
    first = factories.MembershipFactory(joined_on=D(1949, 4, 4), left_on=None)
    later = Membership(alliance=first.alliance, country=first.country, joined_on=D(2000, 1, 1))
    assert "joined_on" in validation_messages(later)


def test_a_country_may_rejoin_the_day_it_left_and_join_other_alliances():
    first = factories.MembershipFactory(joined_on=D(1949, 4, 4), left_on=D(1966, 7, 1))
    rejoined = Membership(alliance=first.alliance, country=first.country, joined_on=D(1966, 7, 1))
    rejoined.full_clean()
    rejoined.save()
    elsewhere = factories.MembershipFactory(country=first.country, joined_on=D(1950, 1, 1))
    assert Membership.objects.filter(country=first.country).count() == 3
    assert elsewhere.alliance != first.alliance


def test_membership_active_on_a_date_in_queryset_and_instance():
    membership = factories.MembershipFactory(joined_on=D(1955, 5, 14), left_on=D(1968, 9, 13))
    for day, active in [
        (D(1955, 5, 13), False),
        (D(1955, 5, 14), True),
        (D(1968, 9, 12), True),
        (D(1968, 9, 13), False),
    ]:
        assert membership.is_active_on(day) is active
        assert Membership.objects.active_on(day).filter(pk=membership.pk).exists() is active


def test_country_is_found_by_slug_and_by_iso3_code():
    korea = factories.CountryFactory(name="South Korea", slug="south-korea", iso3="KOR")
    soviet = factories.CountryFactory(name="Soviet Union", slug="soviet-union", iso3="SUN")
    assert Country.objects.by_key("south-korea").get() == korea
    assert Country.objects.by_key("KOR").get() == korea
    assert Country.objects.by_key("kor").get() == korea
    assert Country.objects.by_key(" SUN ").get() == soviet
    assert not Country.objects.by_key("north-korea").exists()
    assert not Country.objects.by_key("").exists()


def test_country_iso3_code_is_three_capital_letters():
    country = factories.CountryFactory.build(iso3="K0R")
    assert validation_messages(country)["iso3"] == ["Use three capital letters, e.g. KOR."]
    saved = factories.CountryFactory()
    refused_by_database(Country.objects.filter(pk=saved.pk), iso3="ko")


def test_country_iso3_code_and_slug_are_unique():
    factories.CountryFactory(iso3="PRK", slug="north-korea")
    other = factories.CountryFactory()
    duplicate = factories.CountryFactory.build(iso3="PRK", slug="north-korea")
    messages = validation_messages(duplicate)
    assert "Country with this ISO alpha-3 code already exists." in messages["iso3"]
    assert "Country with this Slug already exists." in messages["slug"]
    refused_by_database(Country.objects.filter(pk=other.pk), iso3="PRK")


def test_a_country_cannot_end_before_it_began():
    country = factories.CountryFactory(founded_year=1949, dissolved_year=1990)
    country.dissolved_year = 1948
    assert validation_messages(country)["dissolved_year"] == [
        "A country cannot end before it began."
    ]
    refused_by_database(Country.objects.filter(pk=country.pk), dissolved_year=1900)
