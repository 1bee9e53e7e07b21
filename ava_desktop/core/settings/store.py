"""The settings file: loaded without ever raising for bad content, written atomically.

Why JSON: the stdlib reads and writes it (tomllib cannot write), and people can still edit
it. A crash while writing leaves the old file or the new one, never half; a damaged file is
moved aside (never overwritten) before defaults are used.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from ava_desktop.core.notice import Notice, NoticeStr

from .model import Settings

log = logging.getLogger(__name__)


class SettingsStore:
    """Loads and saves one settings file. ``load`` never raises for bad content."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def load(self) -> tuple[Settings, list[str]]:
        """Return (settings, warnings). Warnings are sentences meant for the user."""
        warnings: list[str] = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings(), warnings
        except OSError as exc:
            warnings.append(NoticeStr(Notice("settings_unreadable", {
                "path": str(self.path), "reason": str(exc.strerror or exc)})))
            return Settings(), warnings
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"expected a JSON object, found {type(data).__name__}")
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            backup = self._backup()
            params = {"path": str(self.path), "error": _short(exc)}
            warnings.append(NoticeStr(Notice("settings_damaged", {**params, "backup": str(backup)})
                                 if backup else Notice("settings_damaged_lost", params)))
            return Settings(), warnings
        return Settings.from_dict(data, warnings), warnings

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half."""
        self.write(self.encode(settings))

    @staticmethod
    def encode(settings: Settings) -> bytes:
        """The file's bytes for ``settings`` (indented, UTF-8, one trailing newline)."""
        return (json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n").encode()

    def write(self, data: bytes) -> None:
        """Write encoded settings atomically (the service calls this on its writer thread)."""
        atomic_write(self.path, data)

    def _backup(self) -> Path | None:
        return backup_damaged(self.path)


def backup_damaged(path: Path) -> Path | None:
    """Move a damaged file aside as ``NAME.corrupt-STAMP`` (so nothing is lost); its new
    path, or None if it could not be moved."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        suffix = f".corrupt-{stamp}" + (f"-{n}" if n else "")
        backup = path.with_name(path.name + suffix)
        if backup.exists():
            continue
        try:
            os.replace(path, backup)
        except OSError:
            log.exception("could not back up the damaged file %s", path)
            return None
        return backup
    return None


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the same folder + fsync + os.replace (+ fsync of the folder on POSIX)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
