"""Why a database could not be used; every message says where the file is and that it was kept."""

from __future__ import annotations

from pathlib import Path

from ava_desktop.core.notice import Notice


class StoreError(Exception):
    """Base of all store failures; ``path`` is the database file concerned, ``notice`` the
    message typed for the UI's tr() (``str()`` is English)."""

    def __init__(self, message: str | Notice, path: Path | None = None) -> None:
        self.notice = message if isinstance(message, Notice) else None
        super().__init__(str(message))
        self.path = path


class StoreLockedError(StoreError):
    """Another Ava Desktop instance has this database open."""


class StoreCorruptError(StoreError):
    """The file is not a SQLite database or fails its integrity check; it was left untouched."""


class StoreTooNewError(StoreError):
    """The schema was written by a newer Ava Desktop; we refuse to touch it."""


class NotFoundError(StoreError, LookupError):
    """A conversation or message id that does not exist (or no longer exists)."""
