"""--install-desktop-entry / --uninstall-desktop-entry write and remove real XDG files."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ava_desktop import desktop_entry

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "ava-desktop"  # the gui-scripts launcher pip made
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG desktops")


def _run(*args: str, script: Path = SCRIPT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM="invalid-platform-to-prove-qt-is-not-started")
    return subprocess.run([str(script), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _exec_argv(value: str) -> list[str]:
    """Parse an Exec value as the Desktop Entry spec says: string escapes first, then
    arguments split on spaces, double quotes grouping, and inside them a backslash before
    one of ``"`$\\`` standing for that character; ``%%`` is ``%``, field codes dropped."""
    value = value.replace("\\\\", "\x00").replace("\\s", " ").replace("\x00", "\\")
    args, cur, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            cur += value[i + 1]
            i += 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(cur)
            cur, started = "", False
        else:
            cur, started = cur + c, True
        i += 1
    if started:
        args.append(cur)
    return [a.replace("%%", "%") for a in args if a != "%F"]


@pytest.mark.skipif(not SCRIPT.is_file(), reason="needs the pip-installed ava-desktop launcher")
def test_install_points_the_menu_at_this_executable_and_uninstall_removes_it(tmp_path):
    home = Path(os.environ["XDG_DATA_HOME"])  # a tmp folder (tests/conftest.py)
    proc = _run("--install-desktop-entry")
    assert proc.returncode == 0, proc.stderr
    entry_file = home / "applications" / "ava-desktop.desktop"
    assert str(entry_file) in proc.stdout
    entry = _entry(entry_file)
    argv = _exec_argv(entry["Exec"])
    assert argv == [str(SCRIPT.absolute())]
    assert entry["Exec"].endswith(" %F")  # files dropped on the launcher reach the app
    assert entry["Icon"] == "ava-desktop" and entry["Type"] == "Application"
    for size in desktop_entry.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ava-desktop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (home / "icons/hicolor/scalable/apps/ava-desktop.svg").read_text().lstrip().startswith(
        ("<svg", "<?xml"))
    # what the menu would run starts this very installation
    started = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert started.returncode == 0 and started.stdout.startswith("ava-desktop ")

    proc = _run("--uninstall-desktop-entry")
    assert proc.returncode == 0, proc.stderr
    left = [p for p in home.rglob("*") if p.is_file() and "ava-desktop" in p.name]
    assert left == []


def test_uninstall_leaves_an_entry_the_user_wrote_alone(tmp_path):
    home = tmp_path / "share"
    desktop_entry.install(home, command=["/opt/x/ava-desktop"])
    mine = home / "applications" / "ava-desktop.desktop"
    mine.write_text("[Desktop Entry]\nType=Application\nName=My Ava\nExec=my-ava\n")
    removed = desktop_entry.uninstall(home)
    assert mine.exists() and mine not in removed
    assert not (home / "icons/hicolor/48x48/apps/ava-desktop.png").exists()


def test_paths_with_spaces_and_specials_survive_the_exec_line(tmp_path):
    odd = "/home/me/My Apps/ava $HOME 100%/ava-desktop"
    text = desktop_entry.entry_text([odd, "-m", "x"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert _exec_argv(exec_line[len("Exec="):]) == [odd, "-m", "x"]
    assert exec_line.count("Exec=") == 1 and "TryExec=" in text
    with pytest.raises(ValueError):
        desktop_entry.quote_exec("/bad\npath")


def test_relative_xdg_data_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/dir"}) == (
        Path.home() / ".local" / "share")
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path / "x")}) == tmp_path / "x"
