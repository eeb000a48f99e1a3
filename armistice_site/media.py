"""Uploaded files (article lead images) served by the site itself, under gunicorn as under
``runserver``, until a media library with object storage takes over.

Only what uploads can be is served: JPEG, PNG, WebP and GIF files (``validators.py`` lets
nothing else in) inside ``MEDIA_ROOT``, by their own content type. A path that leaves
``MEDIA_ROOT`` (``..``, an absolute path, a symbolic link pointing out), a directory, or any
other kind of file is a 404, so there is no directory listing and no way to reach the code or
the settings. Answers carry ``Last-Modified`` (a 304 when unchanged) and may be cached for a
day: a new upload gets a new file name, so a cached image is never a stale one. Security
headers (``nosniff`` among them) come from the middleware like everywhere else."""

import os
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}
MAX_AGE_SECONDS = 24 * 3600


def media_file(path: str) -> tuple[Path, str]:
    """The file ``path`` names inside ``MEDIA_ROOT`` and its content type, or 404."""
    content_type = CONTENT_TYPES.get(PurePosixPath(path).suffix.lower())
    if content_type is None or "\x00" in path:
        raise Http404
    root = Path(settings.MEDIA_ROOT).resolve()
    candidate = (root / path).resolve()  # follows "..", absolute parts and symbolic links
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise Http404
    return candidate, content_type


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    file, content_type = media_file(path)
    modified = int(os.stat(file).st_mtime)
    unchanged = get_conditional_response(request, last_modified=modified)
    if unchanged is not None:
        return unchanged
    response = FileResponse(file.open("rb"), content_type=content_type)
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = f"public, max-age={MAX_AGE_SECONDS}"
    return response
