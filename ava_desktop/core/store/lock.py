"""An exclusive lock file next to the database so two Ava instances never share it.

SQLite itself copes with concurrent writers, but two app instances would each "fix up" the
other's streaming answers as interrupted and restore conflicting window state. The OS drops
the lock when the process dies (even on SIGKILL), so a stale lock file never blocks a start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ava_desktop.core.notice import Notice

from .errors import StoreLockedError


class LockFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, db_path: Path) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise StoreLockedError(
                Notice("db_in_use", {"path": str(db_path), "lock": str(self.path)}), db_path
            ) from None
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())  # for humans; the lock is what counts
        except OSError:
            pass
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)  # the file stays: deleting it would race with a new locker


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
