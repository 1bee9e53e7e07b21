"""File dialogs that open where the user last was, per purpose (export, import, models…).

The folders live in ``Settings.last_folders``; ``bind`` tells this module where the current
settings are (the settings object is replaced when the Settings dialog saves). Unbound, or
when the remembered folder is gone, dialogs start in the home folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ava_desktop.core.settings import Settings

_settings: Callable[[], Settings] | None = None


def bind(settings: Callable[[], Settings] | None) -> None:
    global _settings
    _settings = settings


def start_folder(purpose: str) -> Path:
    """The folder a dialog for ``purpose`` opens in."""
    folder = _settings().last_folders.get(purpose) if _settings is not None else None
    if folder:
        path = Path(folder)
        try:
            if path.is_dir():
                return path
        except OSError:
            pass
    return Path.home()


def remember(purpose: str, chosen: str) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    if _settings is None or not chosen:
        return
    path = Path(chosen)
    try:
        folder = path if path.is_dir() else path.parent
    except OSError:
        return
    _settings().last_folders[purpose] = str(folder)


__all__ = ["bind", "remember", "start_folder"]
