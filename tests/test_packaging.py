"""The wheel holds every package and the resources (the package list in pyproject.toml is
explicit, so resources/ can ship as ava_desktop.resources)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "ava_desktop").rglob("__init__.py")
    }
    assert on_disk | {"ava_desktop.resources"} == listed


def test_the_wheel_ships_code_icons_and_desktop_entry(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("ava_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("ava_desktop/core/markdown/render.py", "ava_desktop/ui/application.py",
                     "ava_desktop/core/local/child.py",
                     "ava_desktop/resources/ava-desktop.desktop",
                     "ava_desktop/resources/icons/ava-desktop.svg",
                     "ava_desktop/resources/icons/ava-desktop-256.png"):
        assert required in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "ava-desktop = ava_desktop.app:main" in text
