"""The conversation database: one SQLite file, opened by one Ava instance at a time.

Every public write commits before it returns (the user's message is on disk before the request
goes out), unless it runs inside :meth:`Store.transaction`, which makes a batch atomic (import).
WAL + ``synchronous=NORMAL`` keeps a commit cheap (no fsync per commit) and still survives
``kill -9`` intact; only a power cut can lose the last commits, never consistency.

The integrity check at open reads the whole file (tens of ms per MB). After a clean shutdown
(``close`` leaves a flag in ``meta``) it runs on a thread of its own instead, while the window
comes up: the first write of the session waits for its verdict, so a damaged file is still
reported and never written. Any other open (a crash, an upgrade, work left for the opening to
do) checks before it returns, as before.
"""

from __future__ import annotations

import sqlite3
import time
import uuid as uuid_mod
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Final, Literal

from ava_desktop.core.notice import Notice

from .errors import (
    NotFoundError,
    StoreCorruptError,
    StoreError,
)
from .lock import LockFile
from .lookups import LookupOps
from .messages import MessageOps
from .models import Conversation
from .opening import (
    CLEAN_KEY,
    BackgroundCheck,
    check_integrity,
    connect,
    nothing_to_fix,
    wrap,
)
from .rows import CONV_COLS, UNSET, conversation_from_row, dumps

DB_FILENAME: Final = "conversations.sqlite3"


class Store(MessageOps, LookupOps):
    """Conversations, messages, window state and search over one database file.

    Use :meth:`open`; close with :meth:`close` (or ``with``). Not thread-safe: use it from the
    thread that opened it (the GUI thread).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, lock: LockFile) -> None:
        self._conn = conn
        self.path = path
        self._lock = lock
        self._tx_depth = 0
        #: Ids of answers that were still 'streaming' when the app last stopped (crash, kill);
        #: :meth:`open` marked them 'interrupted'. The GUI can offer Continue / Regenerate.
        self.interrupted_message_ids: list[int] = []
        #: Conversations deleted (pending undo) in an earlier session, purged by :meth:`open`.
        self.purged_at_open = 0
        self._check: BackgroundCheck | None = None  # the integrity check still running
        self._damage: Notice | None = None  # what the check found: no write from then on
        self._flagged_clean = False  # the file still says "closed cleanly"

    # ------------------------------------------------------------------ opening / closing
    @classmethod
    def open(
        cls, path: str | Path, *, check: Literal["quick", "full", "none"] = "quick"
    ) -> Store:
        """Open (creating if absent) the database at ``path`` and bring it up to date.

        Raises :class:`StoreLockedError`, :class:`StoreCorruptError`, :class:`StoreTooNewError`
        or :class:`StoreError`; in every case an existing file is left as it was.
        """
        path = Path(path).expanduser().absolute()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Notice("db_no_folder", {"path": str(path)}, str(exc)),
                             path) from exc
        lock = LockFile(path.with_name(path.name + ".lock"))
        try:
            lock.acquire(path)
        except OSError as exc:
            raise StoreError(Notice("db_no_lock", {"lock": str(lock.path)}, str(exc)),
                             path) from exc
        try:
            conn = connect(path, check)
            deferred = check == "quick" and nothing_to_fix(conn)
            if check == "quick" and not deferred:
                check_integrity(conn, path, "quick_check")
        except BaseException:
            lock.release()
            raise
        store = cls(conn, path, lock)
        if deferred:  # clean shutdown: check while the app starts, write only once it passed
            store._check = BackgroundCheck(path)
            store._flagged_clean = True
            return store
        try:
            store._startup_fixups()
        except sqlite3.Error as exc:
            store.close()
            raise wrap(exc, path, "while repairing interrupted answers") from exc
        except BaseException:
            store.close()
            raise
        return store

    def _startup_fixups(self) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM meta WHERE key = ?", (CLEAN_KEY,))
            rows = self._conn.execute("SELECT id FROM messages WHERE state = 'streaming'")
            self.interrupted_message_ids = [r[0] for r in rows]
            if self.interrupted_message_ids:
                self._conn.execute(
                    "UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"
                )
            self.purged_at_open = self.purge_deleted()

    def verify(self) -> str | None:
        """Wait for the integrity check of a deferred open (if any); what it found, or None.
        After damage is found, every write raises :class:`StoreCorruptError`. Not to wait on
        the GUI thread, call it once :attr:`verify_ready`."""
        check = self._check
        if check is not None:
            self._damage = self._damage or check.result()
            self._check = None
        return self._damage.english() if self._damage is not None else None

    @property
    def verify_pending(self) -> bool:
        """An integrity check is still running (or its verdict not yet collected)."""
        return self._check is not None

    @property
    def verify_ready(self) -> bool:
        """:meth:`verify` would answer at once (no check, or it has finished)."""
        return self._check is None or self._check.done

    @property
    def damaged(self) -> str | None:
        """What a finished check found (None: nothing, or not known yet)."""
        return self._damage.english() if self._damage is not None else None

    @property
    def damage_notice(self) -> Notice | None:
        """``damaged``, typed for the UI's tr()."""
        return self._damage

    def _before_first_write(self) -> None:
        if self._flagged_clean:
            if self.verify() is not None:
                raise StoreCorruptError(self._damage or "", self.path)
            self._conn.execute("DELETE FROM meta WHERE key = ?", (CLEAN_KEY,))
            self._flagged_clean = False

    def close(self) -> None:
        """Checkpoint, close and release the lock; safe to call twice. A healthy file is
        marked as closed cleanly, so the next open may check it in the background."""
        if self._conn is not None:
            self.verify()
        conn, self._conn = self._conn, None  # type: ignore[assignment]
        if conn is None:
            return
        try:
            if self._damage is None:  # a damaged file gets nothing, not even statistics
                with suppress(sqlite3.Error):
                    conn.execute("PRAGMA optimize")
                if not self._flagged_clean:  # still flagged when nothing was written
                    with suppress(sqlite3.Error):
                        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
                                     (CLEAN_KEY,))
            conn.close()
        finally:
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests, benchmarks and read-only diagnostics."""
        return self._conn

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one atomic commit; nests (inner blocks join the outer one).

        SQLite failures while writing (disk full, I/O error, damage) surface as
        :class:`StoreError` / :class:`StoreCorruptError`, after a rollback.
        """
        if self._conn is None:
            raise StoreError("The store is closed", self.path)
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield
            finally:
                self._tx_depth -= 1
            return
        if self._damage is not None:
            raise StoreCorruptError(self._damage, self.path)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise wrap(exc, self.path, "(starting a write)") from exc
        self._tx_depth = 1
        try:
            self._before_first_write()
            yield
            self._conn.execute("COMMIT")
        except BaseException as exc:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                # Disk full, I/O error, damage found mid-session: one family for the GUI.
                raise wrap(exc, self.path, "(saving)") from exc
            raise
        finally:
            self._tx_depth = 0

    # ------------------------------------------------------------------ conversations
    def create_conversation(
        self,
        title: str = "",
        provider: str | None = None,
        model: str | None = None,
        system_prompt: str | None = None,
        params: dict[str, Any] | None = None,
        *,
        uuid: str | None = None,
        created_at: float | None = None,
        updated_at: float | None = None,
    ) -> Conversation:
        now = time.time()
        created = now if created_at is None else float(created_at)
        updated = created if updated_at is None else float(updated_at)
        uid = uuid or uuid_mod.uuid4().hex
        with self.transaction():
            cur = self._conn.execute(
                "INSERT INTO conversations (title, created_at, updated_at, provider, model,"
                " system_prompt, params, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (title, created, updated, provider, model, system_prompt, dumps(params or {}),
                 uid),
            )
        return Conversation(
            id=cur.lastrowid or 0, title=title, created_at=created, updated_at=updated,
            provider=provider, model=model, system_prompt=system_prompt,
            params=dict(params or {}), uuid=uid,
        )

    def get_conversation(self, conversation_id: int, *, include_deleted: bool = False
                         ) -> Conversation:
        """Raises :class:`NotFoundError` if absent (or deleted, unless ``include_deleted``)."""
        row = self._conn.execute(
            f"SELECT {CONV_COLS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None or (row[9] is not None and not include_deleted):
            raise NotFoundError(f"No conversation with id {conversation_id}", self.path)
        return conversation_from_row(row)

    def find_conversation_by_uuid(self, uuid: str) -> Conversation | None:
        """Including deleted ones: an import must not resurrect a copy of a deleted chat."""
        row = self._conn.execute(
            f"SELECT {CONV_COLS} FROM conversations WHERE uuid = ?", (uuid,)
        ).fetchone()
        return None if row is None else conversation_from_row(row)

    def list_conversations(self, limit: int | None = None, offset: int = 0, *,
                           pinned_first: bool = False) -> list[Conversation]:
        """Newest (most recently updated) first; deleted ones are left out. With
        ``pinned_first`` (the sidebar), pinned ones come first, the latest pinned on top."""
        order = "(pinned_at IS NULL), pinned_at DESC, " if pinned_first else ""
        rows = self._conn.execute(
            f"SELECT {CONV_COLS} FROM conversations WHERE deleted_at IS NULL"
            f" ORDER BY {order}updated_at DESC, id DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [conversation_from_row(r) for r in rows]

    def count_conversations(self) -> int:
        return self._conn.execute(
            "SELECT count(*) FROM conversations WHERE deleted_at IS NULL"
        ).fetchone()[0]

    def rename(self, conversation_id: int, title: str, *, by: str | None = None) -> None:
        """Does not change ``updated_at``: renaming should not reorder the history list.
        ``by`` ("user", "model") is kept as ``params["title_by"]``: a title the user chose
        is never replaced by one the model writes."""
        with self.transaction():
            fields: dict[str, Any] = {"title": title}
            if by is not None:
                params = self.get_conversation(conversation_id, include_deleted=True).params
                fields["params"] = dumps({**params, "title_by": by})
            self._update_conversation(conversation_id, fields)

    def update_conversation_settings(
        self,
        conversation_id: int,
        *,
        provider: str | None = UNSET,
        model: str | None = UNSET,
        system_prompt: str | None = UNSET,
        params: dict[str, Any] | None = UNSET,
    ) -> None:
        """Change only the given fields; ``None`` clears one (``params=None`` means ``{}``)."""
        fields: dict[str, Any] = {}
        if provider is not UNSET:
            fields["provider"] = provider
        if model is not UNSET:
            fields["model"] = model
        if system_prompt is not UNSET:
            fields["system_prompt"] = system_prompt
        if params is not UNSET:
            fields["params"] = dumps(params or {})
        if fields:
            self._update_conversation(conversation_id, fields)

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pin to (or unpin from) the top of the sidebar; ``updated_at`` stays as it was."""
        self._update_conversation(conversation_id,
                                  {"pinned_at": time.time() if pinned else None})

    def touch(self, conversation_id: int, when: float | None = None) -> None:
        """Move a conversation to the top of the history list."""
        self._update_conversation(conversation_id, {"updated_at": when or time.time()})

    def _update_conversation(self, conversation_id: int, fields: dict[str, Any]) -> None:
        self._update_row("conversations", conversation_id, fields, "conversation")

    def _update_row(self, table: str, row_id: int, fields: dict[str, Any], what: str) -> None:
        """UPDATE the given columns (names are ours, never user input) of one row, or raise."""
        sets = ", ".join(f"{name} = ?" for name in fields)
        with self.transaction():
            cur = self._conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", (*fields.values(), row_id)
            )
        if cur.rowcount == 0:
            raise NotFoundError(f"No {what} with id {row_id}", self.path)

    def delete_conversation(self, conversation_id: int) -> None:
        """Soft delete: hidden from lists, search and window state until
        :meth:`restore_conversation` (undo) or :meth:`purge_deleted` (also run at open)."""
        with self.transaction():
            cur = self._conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (time.time(), conversation_id),
            )
        if cur.rowcount == 0:
            raise NotFoundError(f"No conversation with id {conversation_id}", self.path)

    def restore_conversation(self, conversation_id: int) -> None:
        """Undo :meth:`delete_conversation`."""
        with self.transaction():
            cur = self._conn.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,)
            )
        if cur.rowcount == 0:
            raise NotFoundError(
                f"Conversation {conversation_id} no longer exists (already purged)", self.path
            )

    def purge_deleted(self, deleted_before: float | None = None) -> int:
        """Really delete soft-deleted conversations (all, or those deleted before a time)."""
        with self.transaction():
            if deleted_before is None:
                cur = self._conn.execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL")
            else:
                cur = self._conn.execute(
                    "DELETE FROM conversations WHERE deleted_at < ?", (deleted_before,)
                )
        if cur.rowcount:
            self.drop_unused_blobs()
        return cur.rowcount

    def save_draft(self, conversation_id: int, text: str | None) -> None:
        """What the user typed and has not sent: kept across quit and crash."""
        with self.transaction():
            self._conn.execute("UPDATE conversations SET draft = ? WHERE id = ?",
                               (text or None, conversation_id))

    # ------------------------------------------------------------------ maintenance
    def integrity_check(self) -> list[str]:
        """``['ok']`` when healthy; also checks the search index against its tables."""
        result = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
        for table in ("message_fts", "conversation_fts"):
            try:
                self._conn.execute(
                    f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"
                )
            except sqlite3.DatabaseError as exc:
                result = [*(r for r in result if r != "ok"), f"{table}: {exc}"]
        return result
