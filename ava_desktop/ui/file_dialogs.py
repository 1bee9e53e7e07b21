"""File dialogs that open where the user last was, per purpose (export, import, models…).

The folders live in ``Settings.last_folders``; ``bind`` hands this module the settings
service (read its current settings, change them through it). Unbound, or when the
remembered folder is gone, dialogs start in the home folder.
"""

from __future__ import annotations

from pathlib import Path

from ava_desktop.core.settings import Settings, SettingsService

_service: SettingsService | None = None


def bind(service: SettingsService | None) -> None:
    global _service
    _service = service


def _settings() -> Settings:
    assert _service is not None
    return _service.settings


def start_folder(purpose: str) -> Path:
    """The folder a dialog for ``purpose`` opens in."""
    folder = _settings().last_folders.get(purpose) if _service is not None else None
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
    if _service is None or not chosen:
        return
    path = Path(chosen)
    try:
        folder = path if path.is_dir() else path.parent
    except OSError:
        return
    folders = _service.settings.last_folders
    if folders.get(purpose) != str(folder):
        _service.update(last_folders={**folders, purpose: str(folder)})


__all__ = ["bind", "remember", "start_folder"]
