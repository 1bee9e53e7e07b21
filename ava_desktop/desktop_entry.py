"""``--install-desktop-entry``: put a pip-installed Ava into the user's application menu.

Writes the freedesktop ``.desktop`` file (``Exec=`` holds the absolute path of the running
executable, so a venv's ``bin/`` need not be on ``PATH``) and the hicolor icons into the
user's XDG data folder, then refreshes the menu and icon caches where those tools exist.
No Qt here: it must work on a machine whose Qt libraries are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

APP_ID = "ava-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MARKER = "X-Ava-Desktop-Installed-By=ava-desktop --install-desktop-entry"
TOOL_TIMEOUT_S = 30


def data_home(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (the spec ignores relative values)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How this very installation is started, as absolute paths."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [os.path.abspath(sys.executable)]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith(APP_ID) and script.is_file():
        return [str(script.absolute())]  # the gui-scripts launcher (venv/bin/ava-desktop)
    found = shutil.which(APP_ID)
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "ava_desktop"]


def quote_exec(arg: str) -> str:
    """Quote one ``Exec=`` argument (Desktop Entry spec: reserved characters need quotes;
    inside them ``"``, `````, ``$`` and ``\\`` are escaped; ``%`` is always doubled)."""
    if "\n" in arg or "\r" in arg:
        raise ValueError(f"cannot put a path with a line break into a .desktop file: {arg!r}")
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # The .desktop file's own string escaping doubles backslashes once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def entry_text(command: list[str]) -> str:
    """The shipped .desktop file with ``Exec=`` (and ``TryExec=``) pointing at ``command``."""
    template = _resource("ava-desktop.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith(("Exec=", "TryExec=")):
            continue
        lines.append(line)
        if line.strip() == "[Desktop Entry]":
            lines.append(f"TryExec={quote_exec(command[0])}")
            lines.append("Exec=" + " ".join(quote_exec(a) for a in command) + " %F")
    lines.append(MARKER)
    return "\n".join(lines) + "\n"


def _resource(*parts: str) -> Path:
    return Path(str(resources.files("ava_desktop.resources").joinpath(*parts)))


def _targets(home: Path) -> list[tuple[Path, Path | None]]:
    """(destination, shipped source) for the icons; the .desktop file is written, not copied."""
    hicolor = home / "icons" / "hicolor"
    out: list[tuple[Path, Path | None]] = [
        (hicolor / "scalable" / "apps" / f"{APP_ID}.svg", _resource("icons", f"{APP_ID}.svg"))]
    for size in ICON_SIZES:
        out.append((hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
                    _resource("icons", f"{APP_ID}-{size}.png")))
    return out


def desktop_file(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry and icons; returns the files written."""
    home = home or data_home()
    written = []
    entry = desktop_file(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_suffix(".desktop.tmp")
    tmp.write_text(entry_text(command or launch_command()), encoding="utf-8")
    os.replace(tmp, entry)
    written.append(entry)
    for dest, src in _targets(home):
        if src is not None and src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            written.append(dest)
    refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote (an entry the user wrote by hand is left alone)."""
    home = home or data_home()
    removed = []
    entry = desktop_file(home)
    try:
        ours = MARKER in entry.read_text(encoding="utf-8", errors="replace")
    except OSError:
        ours = False
    candidates = ([entry] if ours else []) + [dest for dest, _ in _targets(home)]
    for path in candidates:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Run update-desktop-database / gtk-update-icon-cache if installed; returns those run."""
    ran = []
    jobs = [("update-desktop-database", [str(home / "applications")]),
            ("gtk-update-icon-cache", ["-f", "-t", "-q", str(home / "icons" / "hicolor")])]
    for tool, args in jobs:
        exe = shutil.which(tool)
        if exe is None or not Path(args[-1]).is_dir():
            continue
        try:
            subprocess.run([exe, *args], timeout=TOOL_TIMEOUT_S, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            continue
        ran.append(tool)
    return ran


def main(action: str) -> int:
    """The command-line action: print what was done, 0 on success, 1 with a message."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("--install-desktop-entry is for Linux/BSD desktops; on Windows and macOS use the "
              "installer (see the README).", file=sys.stderr)
        return 1
    try:
        files = install() if action == "install" else uninstall()
    except (OSError, ValueError) as exc:
        print(f"ava-desktop: could not {action} the desktop entry: {exc}", file=sys.stderr)
        return 1
    verb = "Installed" if action == "install" else "Removed"
    print(f"{verb} {len(files)} file(s):")
    for f in files:
        print(f"  {f}")
    return 0
