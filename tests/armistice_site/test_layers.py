"""Dependencies point one way (``[tool.importlinter]`` in pyproject.toml): the project package
imports no app except in its URL wiring, the editorial app no content app, and each content
app only those before it in the chain articles ← alliances ← timeline."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings


def test_imports_point_one_way():
    result = subprocess.run(
        [Path(sys.executable).parent / "lint-imports", "--no-cache"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert "1 kept, 0 broken" in result.stdout
