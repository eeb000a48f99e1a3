"""Error pages in the site's layout, and hashed static files for production."""

import pytest
from django.core.management import call_command
from django.template import Context, engines
from django.template.loader import get_template
from django.test import override_settings


def test_500_page_renders_without_database_or_request():
    """No django_db mark: any database access here would raise."""
    html = get_template("500.html").render({})
    assert "<h1>Something went wrong</h1>" in html
    assert '<main id="main"' in html
    assert "/static/css/site.css" in html


def test_500_template_needs_no_context_processors():
    source = engines["django"].engine.get_template("500.html")
    html = source.render(Context())
    assert 'href="/"' in html


@pytest.mark.django_db
def test_server_error_handler_uses_the_friendly_page(client):
    from django.views.defaults import server_error

    response = server_error(client.get("/").wsgi_request)
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_collectstatic_writes_hashed_names_with_the_manifest_storage(tmp_path):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    only_ours = ["django.contrib.staticfiles.finders.FileSystemFinder"]  # skip admin/DRF: slow
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages, STATICFILES_FINDERS=only_ours):
        call_command("collectstatic", interactive=False, verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage

        hashed = staticfiles_storage.url("css/site.css")
    css_files = [path.name for path in (tmp_path / "css").iterdir()]
    assert hashed.startswith("/static/css/site.") and hashed.endswith(".css")
    assert hashed != "/static/css/site.css"
    assert hashed.rsplit("/", 1)[1] in css_files
    assert any(name.endswith(".css.gz") for name in css_files)
    assert (tmp_path / "staticfiles.json").exists()
