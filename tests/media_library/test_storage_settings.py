"""MEDIA_STORAGE picks where uploads live: this machine's MEDIA_ROOT, or S3-compatible object
storage (django-storages) when several app servers must see the same files. A half-configured
S3 store refuses to start with one sentence. Nothing here talks to a network."""

import subprocess
import sys

from tests.armistice_site.test_production_settings import ROOT, manage_check

S3 = {
    "DEBUG": "true",
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "armistice-media",
    "AWS_S3_ENDPOINT_URL": "https://objects.example",
    "AWS_S3_CUSTOM_DOMAIN": "media.armistice.example",
}
SHOW = (
    "from django.core.files.storage import default_storage as s; s.exists;"
    "from django.conf import settings;"
    "print(type(s._wrapped).__name__, s.bucket_name, s.endpoint_url, s.url('images/dmz.png'),"
    " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
)


def test_s3_storage_is_chosen_by_the_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SHOW],
        cwd=ROOT,
        env={**manage_env(), **S3},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "S3Storage",
        "armistice-media",
        "https://objects.example",
        "https://media.armistice.example/images/dmz.png",
        "https://media.armistice.example",
    ]


def test_s3_without_a_bucket_refuses_to_start():
    result = manage_check({**S3, "AWS_STORAGE_BUCKET_NAME": ""})
    assert result.returncode != 0
    assert "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_an_unknown_storage_refuses_to_start():
    result = manage_check({"DEBUG": "true", "MEDIA_STORAGE": "ftp"})
    assert "MEDIA_STORAGE must be local or s3, not 'ftp'." in result.stderr


def manage_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
