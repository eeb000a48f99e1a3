"""The TimelineJS files the site serves (static/vendor/timelinejs, committed because `make run`
does not run npm) are exactly those of the version pinned in package.json, with its licence."""

import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = runpy.run_path(str(ROOT / "scripts" / "vendor-timelinejs"))


def test_the_pinned_version_is_exact_and_installed():
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]
    installed = json.loads((SCRIPT["PACKAGE"] / "package.json").read_text())
    assert pinned["@knight-lab/timelinejs"] == installed["version"]
    assert installed["license"] == "MPL-2.0"


def test_the_served_copies_match_node_modules():
    for name in SCRIPT["FILES"]:
        copy, original = SCRIPT["target_of"](name), SCRIPT["PACKAGE"] / name
        assert copy.read_bytes() == original.read_bytes(), f"{name}: run scripts/vendor-timelinejs"
    version = SCRIPT["version"]()
    assert (SCRIPT["TARGET"] / "VERSION").read_text() == (
        f"@knight-lab/timelinejs {version} (MPL-2.0)\n"
    )


def test_nothing_else_is_served_from_the_vendor_folder():
    served = {
        path.relative_to(SCRIPT["TARGET"]).as_posix()
        for path in SCRIPT["TARGET"].rglob("*")
        if path.is_file()
    }
    expected = {
        SCRIPT["target_of"](name).relative_to(SCRIPT["TARGET"]).as_posix()
        for name in SCRIPT["FILES"]
    }
    assert served == expected | {"VERSION"}


def test_the_licence_travels_with_the_files():
    licence = (SCRIPT["TARGET"] / "LICENSE").read_text()
    assert licence.startswith("Mozilla Public License")
