"""Posting admin change forms the way a browser does: open the page, take every field's value
as rendered (including the hidden version token and the inline rows), change a few, post."""

import datetime

from django import forms
from django.test import Client
from django.urls import reverse


def staff_client(user) -> Client:
    """A browser signed in as ``user``, made staff so the admin lets them in."""
    user.is_staff = True
    user.save()
    client = Client()
    client.force_login(user)
    return client


def admin_url(model, view: str, *args) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def _put(data: dict, bound) -> None:
    widget, name, value = bound.field.widget, bound.html_name, bound.value()
    if isinstance(widget, forms.ClearableFileInput):
        return
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list) else widget.decompress(value)
        for index, part in enumerate(parts):
            data[f"{name}_{index}"] = "" if part is None else str(part)
        return
    if isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
        return
    if isinstance(bound.field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField) and (
        value is None
    ):
        data[name] = []
        return
    if isinstance(value, list | tuple):
        data[name] = [str(item) for item in value]
        return
    if isinstance(value, datetime.datetime):
        data[name] = value.isoformat()
        return
    data[name] = "" if value is None else str(value)


def form_data(page) -> dict:
    """Everything the change page's form would post, from the response's context."""
    data: dict = {}
    for bound in page.context["adminform"].form:
        _put(data, bound)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        for bound in formset.management_form:
            _put(data, bound)
        for form in formset.forms:
            for bound in form:
                _put(data, bound)
    return data


def open_change_form(client, obj) -> dict:
    page = client.get(admin_url(type(obj), "change", obj.pk))
    assert page.status_code == 200
    return form_data(page)


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])
