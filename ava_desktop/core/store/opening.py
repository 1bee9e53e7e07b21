"""Opening the database file safely: every check before the first write, a copy kept
before a migration, the background integrity check after a clean shutdown, and SQLite's
errors turned into the store's own family with messages for people."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Final

from ava_desktop.core.notice import Notice

from .errors import StoreCorruptError, StoreError, StoreLockedError, StoreTooNewError
from .schema import LATEST_VERSION, migrate

SQLITE_HEADER: Final = b"SQLite format 3\x00"
CLEAN_KEY: Final = "clean_shutdown"  # set by close(), cleared by the session's first write


def is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc)
    return "not a database" in text or "malformed" in text




def wrap(exc: sqlite3.Error, path: Path, doing: str) -> StoreError:
    if is_corruption(exc):
        return StoreCorruptError(Notice("db_damaged", {"path": str(path)}, f"{exc} {doing}"),
                                 path)
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreLockedError(Notice("db_locked", {"path": str(path)}, str(exc)), path)
    return StoreError(Notice("db_unusable", {"path": str(path)}, f"{exc} {doing}"), path)


def keep_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Before a migration: a consistent copy of the whole database (SQLite's backup API, so
    the WAL's contents are in it), kept next to it. A failed copy stops the migration."""
    copy = path.with_name(f"{path.name}.v{version}-backup")
    if copy.exists():  # an earlier attempt; never overwrite what may be the only good copy
        copy = path.with_name(f"{path.name}.v{version}-backup-{int(time.time())}")
    try:
        target = sqlite3.connect(copy)
        try:
            conn.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, OSError) as exc:
        with suppress(OSError):
            copy.unlink()
        raise StoreError(Notice("db_no_copy", {"path": str(path)}, str(exc)), path) from exc
    return copy


def connect(path: Path, check: str) -> sqlite3.Connection:
    """Open with every safety check done before the first write to an existing file."""
    exists = path.exists()
    if exists and not path.is_file():
        raise StoreError(Notice("db_not_file", {"path": str(path)}), path)
    has_data = exists and path.stat().st_size > 0
    if has_data:
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise StoreError(Notice("db_unusable", {"path": str(path)}, str(exc)), path) from exc
        if header != SQLITE_HEADER:
            raise StoreCorruptError(
                Notice("db_not_sqlite", {"path": str(path)}),
                path,
            )
    # mode=rw never creates: an existing file that vanished meanwhile is an error, not a reset.
    mode = "rw" if exists else "rwc"
    try:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=1.0
        )
    except sqlite3.Error as exc:
        raise wrap(exc, path, "(opening)") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise StoreTooNewError(
                Notice("db_too_new", {"path": str(path), "version": version,
                                      "supported": LATEST_VERSION}),
                path,
            )
        if has_data and check == "full":
            check_integrity(conn, path, "integrity_check")
        elif has_data and check == "quick" and version < LATEST_VERSION:
            check_integrity(conn, path, "quick_check")  # before the copy and the upgrade
        mode_row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode_row or mode_row[0].lower() != "wal":
            raise StoreError(Notice("db_unusable", {"path": str(path)},
                                    "PRAGMA journal_mode = WAL failed"), path)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 1000")
        if has_data and version < LATEST_VERSION:
            keep_copy(conn, path, version)
        migrate(conn, version)
        conn.execute("PRAGMA foreign_keys = ON")  # after: migrate() checks each step whole
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise wrap(exc, path, "(checking and upgrading)") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def damage_notice(path: Path, problems: list[str]) -> Notice:
    return Notice("db_check_failed", {"path": str(path)}, "; ".join(problems[:3]))


def check_integrity(conn: sqlite3.Connection, path: Path, pragma: str) -> None:
    try:
        problems = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise StoreCorruptError(damage_notice(path, [str(exc)]), path) from exc
        raise wrap(exc, path, "(checking)") from exc
    if problems != ["ok"]:
        raise StoreCorruptError(damage_notice(path, problems), path)


def nothing_to_fix(conn: sqlite3.Connection) -> bool:
    """Closed cleanly by the current schema, nothing streaming or pending deletion: opening
    writes nothing, so the check can run in the background (see the module docstring)."""
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
            return False
        clean = conn.execute("SELECT value FROM meta WHERE key = ?", (CLEAN_KEY,)).fetchone()
        return bool(clean) and not conn.execute(
            "SELECT 1 FROM messages WHERE state = 'streaming' UNION ALL "
            "SELECT 1 FROM conversations WHERE deleted_at IS NOT NULL LIMIT 1").fetchone()
    except sqlite3.Error:  # unreadable: the synchronous check will say what is wrong
        return False


class BackgroundCheck:
    """``PRAGMA quick_check`` on a read-only connection of its own, on a daemon thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._problem: Notice | None = None
        self._thread = threading.Thread(target=self._run, name="store-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True, timeout=5.0)
            try:
                problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
            finally:
                conn.close()
            if problems != ["ok"]:
                self._problem = damage_notice(self._path, problems)
        except sqlite3.Error as exc:
            self._problem = (damage_notice(self._path, [str(exc)]) if is_corruption(exc) else
                             Notice("db_not_checked", {"path": str(self._path)}, str(exc)))

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> Notice | None:
        self._thread.join()
        return self._problem
