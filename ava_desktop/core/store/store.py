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
import threading
import time
import uuid as uuid_mod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Final, Literal

from . import search as fts
from .errors import (
    NotFoundError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
)
from .lock import LockFile
from .messages import MessageOps
from .models import Conversation, SearchHit
from .rows import CONV_COLS, UNSET, conversation_from_row, dumps, loads
from .schema import LATEST_VERSION, migrate

SQLITE_HEADER: Final = b"SQLite format 3\x00"
DB_FILENAME: Final = "conversations.sqlite3"
_WINDOW_STATE_KEY: Final = "window_state"
_CLEAN_KEY: Final = "clean_shutdown"  # set by close(), cleared by the session's first write


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc)
    return "not a database" in text or "malformed" in text


def _kept(path: Path) -> str:
    return f"The file {path} was kept unchanged"


class Store(MessageOps):
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
        self._check: _BackgroundCheck | None = None  # the integrity check still running
        self._damage: str | None = None  # what the check found: no write from then on
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
            raise StoreError(f"Cannot create the folder for {path}: {exc}", path) from exc
        lock = LockFile(path.with_name(path.name + ".lock"))
        try:
            lock.acquire(path)
        except OSError as exc:
            raise StoreError(f"Cannot create the lock file {lock.path}: {exc}", path) from exc
        try:
            conn = _connect(path, check)
            deferred = check == "quick" and _nothing_to_fix(conn)
            if check == "quick" and not deferred:
                _check_integrity(conn, path, "quick_check")
        except BaseException:
            lock.release()
            raise
        store = cls(conn, path, lock)
        if deferred:  # clean shutdown: check while the app starts, write only once it passed
            store._check = _BackgroundCheck(path)
            store._flagged_clean = True
            return store
        try:
            store._startup_fixups()
        except sqlite3.Error as exc:
            store.close()
            raise _wrap(exc, path, "while repairing interrupted answers") from exc
        except BaseException:
            store.close()
            raise
        return store

    def _startup_fixups(self) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM meta WHERE key = ?", (_CLEAN_KEY,))
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
        return self._damage

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
        return self._damage

    def _before_first_write(self) -> None:
        if self._flagged_clean:
            if self.verify() is not None:
                raise StoreCorruptError(self._damage or "", self.path)
            self._conn.execute("DELETE FROM meta WHERE key = ?", (_CLEAN_KEY,))
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
                                     (_CLEAN_KEY,))
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
            raise _wrap(exc, self.path, "(starting a write)") from exc
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
                raise _wrap(exc, self.path, "(saving)") from exc
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

    def rename(self, conversation_id: int, title: str) -> None:
        """Does not change ``updated_at``: renaming should not reorder the history list."""
        self._update_conversation(conversation_id, {"title": title})

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

    # ------------------------------------------------------------------ window state
    def save_window_state(self, open_conversation_ids: Sequence[int], current_index: int) -> None:
        value = dumps({"open": [int(i) for i in open_conversation_ids],
                        "current": int(current_index)})
        with self.transaction():
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_WINDOW_STATE_KEY, value),
            )

    def load_window_state(self) -> tuple[list[int], int]:
        """Open tab ids in order and the current tab's index (-1 when there are none).

        Ids of conversations deleted since are dropped; the current index follows its tab, or
        falls back to the nearest remaining one.
        """
        row = self._conn.execute(
            "SELECT value FROM meta WHERE key = ?", (_WINDOW_STATE_KEY,)
        ).fetchone()
        data = loads(row[0] if row else None, {})
        if not isinstance(data, dict):
            return [], -1
        saved = [i for i in data.get("open", []) if isinstance(i, int) and not isinstance(i, bool)]
        current = data.get("current", 0)
        current = current if isinstance(current, int) else 0
        alive = {
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM conversations WHERE deleted_at IS NULL AND id IN"
                " (SELECT value FROM json_each(?))",
                (dumps(saved),),
            )
        }
        ids: list[int] = []
        new_current = -1
        for index, cid in enumerate(saved):
            if cid in alive and cid not in ids:
                if index <= current or new_current < 0:
                    new_current = len(ids)
                ids.append(cid)
        return ids, new_current

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over titles and finished messages, best first.

        At most one hit per conversation (its best-matching message). Conversations whose
        title matches come first. Never raises on odd input; returns [] for nothing searchable.
        """
        match = fts.build_match_query(query)
        if match is None or limit <= 0:
            return []
        marks = fts.new_markers()
        title_rows = self._conn.execute(
            "SELECT c.id, highlight(conversation_fts, 0, ?, ?), f.rank, c.updated_at"
            " FROM conversation_fts f JOIN conversations c ON c.id = f.rowid"
            " WHERE conversation_fts MATCH ? AND c.deleted_at IS NULL ORDER BY f.rank LIMIT ?",
            (*marks, match, limit),
        ).fetchall()
        # Rank messages inside FTS5 (its ORDER BY rank LIMIT is optimised), then drop deleted
        # conversations and keep each conversation's best message.
        msg_rows = self._conn.execute(
            "SELECT m.id, m.conversation_id, m.role, f.rank"
            " FROM (SELECT rowid, rank FROM message_fts WHERE message_fts MATCH ?"
            "       ORDER BY rank LIMIT ?) f"
            " JOIN messages m ON m.id = f.rowid"
            " JOIN conversations c ON c.id = m.conversation_id AND c.deleted_at IS NULL"
            " ORDER BY f.rank",
            (match, limit * 8),
        ).fetchall()
        best: dict[int, tuple[int, str, float]] = {}
        for mid, cid, role, rank in msg_rows:
            best.setdefault(cid, (mid, role, rank))

        order: list[int] = [r[0] for r in title_rows]
        seen = set(order)
        order += [cid for cid in best if cid not in seen]
        order = order[:limit]
        if not order:
            return []
        snippets = self._snippets(match, marks, [best[c][0] for c in order if c in best])
        titled = {r[0]: (r[1], r[2]) for r in title_rows}
        infos = {
            r[0]: (r[1], r[2])
            for r in self._conn.execute(
                "SELECT id, title, updated_at FROM conversations WHERE id IN"
                " (SELECT value FROM json_each(?))",
                (dumps(order),),
            )
        }
        hits: list[SearchHit] = []
        for cid in order:
            title, updated = infos.get(cid, ("", 0.0))
            if cid in titled:
                marked_title = fts.collapse_whitespace(titled[cid][0])
                plain_title, tspans = fts.parse_marked(marked_title, *marks)
            else:
                plain_title, tspans = fts.collapse_whitespace(title), []
            mid, role, rank = best.get(cid, (None, None, titled.get(cid, ("", 0.0))[1]))
            snippet, spans = fts.parse_marked(snippets.get(mid, ""), *marks) if mid else ("", [])
            hits.append(SearchHit(
                conversation_id=cid, message_id=mid, title=plain_title,
                title_html=fts.spans_to_html(plain_title, tspans), snippet=snippet,
                spans=spans, snippet_html=fts.spans_to_html(snippet, spans), role=role,
                rank=rank, updated_at=updated,
            ))
        return hits

    def _snippets(
        self, match: str, marks: tuple[str, str], message_ids: list[int]
    ) -> dict[int, str]:
        if not message_ids:
            return {}
        rows = self._conn.execute(
            "SELECT rowid, snippet(message_fts, 0, ?, ?, ?, 12) FROM message_fts"
            " WHERE message_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (*marks, fts.ELLIPSIS, match, dumps(message_ids)),
        )
        return {r[0]: fts.collapse_whitespace(r[1] or "") for r in rows}

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


def _wrap(exc: sqlite3.Error, path: Path, doing: str) -> StoreError:
    if _is_corruption(exc):
        return StoreCorruptError(
            f"The conversation database {path} is damaged ({exc}) {doing}. {_kept(path)}; "
            "move it aside (or restore a backup) to start with an empty history.",
            path,
        )
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreLockedError(
            f"The conversation database {path} is locked by another program ({exc}).", path
        )
    return StoreError(f"Cannot use the conversation database {path} {doing}: {exc}", path)


def _keep_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
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
        raise StoreError(f"Cannot keep a copy of {path} before upgrading it ({exc}). "
                         f"{_kept(path)}; free some disk space and start again.", path) from exc
    return copy


def _connect(path: Path, check: str) -> sqlite3.Connection:
    """Open with every safety check done before the first write to an existing file."""
    exists = path.exists()
    if exists and not path.is_file():
        raise StoreError(f"{path} exists but is not a file", path)
    has_data = exists and path.stat().st_size > 0
    if has_data:
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise StoreError(f"Cannot read the conversation database {path}: {exc}", path) from exc
        if header != SQLITE_HEADER:
            raise StoreCorruptError(
                f"{path} is not a SQLite database (unexpected file header). {_kept(path)}; "
                "move it aside (or restore a backup) to start with an empty history.",
                path,
            )
    # mode=rw never creates: an existing file that vanished meanwhile is an error, not a reset.
    mode = "rw" if exists else "rwc"
    try:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=1.0
        )
    except sqlite3.Error as exc:
        raise _wrap(exc, path, "(opening)") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise StoreTooNewError(
                f"The conversation database {path} was written by a newer Ava Desktop (schema "
                f"version {version}; this version knows up to {LATEST_VERSION}). "
                f"{_kept(path)}; update Ava Desktop to open it.",
                path,
            )
        if has_data and check == "full":
            _check_integrity(conn, path, "integrity_check")
        elif has_data and check == "quick" and version < LATEST_VERSION:
            _check_integrity(conn, path, "quick_check")  # before the copy and the upgrade
        mode_row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode_row or mode_row[0].lower() != "wal":
            raise StoreError(f"Cannot enable write-ahead logging on {path}", path)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 1000")
        if has_data and version < LATEST_VERSION:
            _keep_copy(conn, path, version)
        migrate(conn, version)
        conn.execute("PRAGMA foreign_keys = ON")  # after: migrate() checks each step whole
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _wrap(exc, path, "(checking and upgrading)") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _damage_text(path: Path, problems: list[str]) -> str:
    return (f"The conversation database {path} failed its integrity check "
            f"({'; '.join(problems[:3])}). {_kept(path)}; move it aside (or restore "
            "a backup) to start with an empty history.")


def _check_integrity(conn: sqlite3.Connection, path: Path, pragma: str) -> None:
    try:
        problems = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            raise StoreCorruptError(_damage_text(path, [str(exc)]), path) from exc
        raise _wrap(exc, path, "(checking)") from exc
    if problems != ["ok"]:
        raise StoreCorruptError(_damage_text(path, problems), path)


def _nothing_to_fix(conn: sqlite3.Connection) -> bool:
    """Closed cleanly by the current schema, nothing streaming or pending deletion: opening
    writes nothing, so the check can run in the background (see the module docstring)."""
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
            return False
        clean = conn.execute("SELECT value FROM meta WHERE key = ?", (_CLEAN_KEY,)).fetchone()
        return bool(clean) and not conn.execute(
            "SELECT 1 FROM messages WHERE state = 'streaming' UNION ALL "
            "SELECT 1 FROM conversations WHERE deleted_at IS NOT NULL LIMIT 1").fetchone()
    except sqlite3.Error:  # unreadable: the synchronous check will say what is wrong
        return False


class _BackgroundCheck:
    """``PRAGMA quick_check`` on a read-only connection of its own, on a daemon thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._problem: str | None = None
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
                self._problem = _damage_text(self._path, problems)
        except sqlite3.Error as exc:
            self._problem = (_damage_text(self._path, [str(exc)]) if _is_corruption(exc) else
                             f"The conversation database {self._path} could not be checked "
                             f"({exc}). {_kept(self._path)}; history is not saved meanwhile.")

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> str | None:
        self._thread.join()
        return self._problem
