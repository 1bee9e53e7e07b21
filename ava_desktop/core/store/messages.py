"""Messages of a conversation: a tree of versions, its shown path, and attachment blobs.

A mixin of :class:`~ava_desktop.core.store.store.Store`, kept apart so each file holds one
concern; it uses the store's connection and transactions.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ava_desktop.core.conversation.stored_parts import blob_refs
from ava_desktop.core.conversation.tree import Tree

from .errors import NotFoundError
from .models import ROLES, STATES, Message
from .rows import MSG_COLS, UNSET, dumps, message_from_row

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from pathlib import Path


@dataclass(slots=True)
class _Link:
    id: int
    parent_id: int | None
    active_child: int | None


class MessageOps:
    _conn: sqlite3.Connection
    path: Path

    if TYPE_CHECKING:
        def transaction(self) -> AbstractContextManager[None]: ...
        def _update_row(self, table: str, row_id: int, fields: dict[str, Any],
                        what: str) -> None: ...

    # ------------------------------------------------------------------ messages
    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str = "",
        state: str = "complete",
        model: str | None = None,
        *,
        error: str | None = None,
        timings: dict[str, float] | None = None,
        usage: dict[str, Any] | None = None,
        reasoning: str | None = None,
        created_at: float | None = None,
        parent_id: int | None = UNSET,
        parts: list[dict[str, Any]] | None = None,
    ) -> Message:
        """Add a message and commit it (so it is on disk before any request goes out).

        ``parent_id`` places it in the tree (None: a first message); left out, it follows the
        newest message, which appends to a linear conversation. The new message becomes the
        shown version under its parent. Blobs its ``parts`` name must be stored first
        (:meth:`put_blob`); they stay as long as a message uses them. Also moves the
        conversation to the top of the history (``updated_at``).
        """
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        if state not in STATES:
            raise ValueError(f"state must be one of {STATES}, not {state!r}")
        created = time.time() if created_at is None else float(created_at)
        with self.transaction():
            row = self._conn.execute(
                "SELECT deleted_at IS NOT NULL,"
                " (SELECT coalesce(max(position), -1) + 1 FROM messages WHERE conversation_id = ?)"
                " FROM conversations WHERE id = ?",
                (conversation_id, conversation_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"No conversation with id {conversation_id}", self.path)
            position = row[1]
            if parent_id is UNSET:
                last = self._conn.execute(
                    "SELECT id FROM messages WHERE conversation_id = ?"
                    " ORDER BY position DESC LIMIT 1", (conversation_id,)).fetchone()
                parent_id = last[0] if last else None
            elif parent_id is not None:
                owner = self._conn.execute(
                    "SELECT conversation_id FROM messages WHERE id = ?", (parent_id,)).fetchone()
                if owner is None or owner[0] != conversation_id:
                    raise NotFoundError(f"No message {parent_id} in conversation "
                                        f"{conversation_id}", self.path)
            cur = self._conn.execute(
                "INSERT INTO messages (conversation_id, position, role, content, state, model,"
                " created_at, error, timings, usage, reasoning, parent_id, parts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, position, role, content, state, model, created, error,
                 dumps(timings or {}), None if usage is None else dumps(usage), reasoning,
                 parent_id, dumps(parts) if parts else None),
            )
            new_id = cur.lastrowid or 0
            self._show(conversation_id, parent_id, new_id)
            self._link_blobs(new_id, parts)
            self._conn.execute(
                "UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?",
                (created, conversation_id),
            )
        return Message(
            id=new_id, conversation_id=conversation_id, position=position,
            role=role,  # type: ignore[arg-type]
            content=content, state=state,  # type: ignore[arg-type]
            model=model, created_at=created, error=error, timings=dict(timings or {}),
            usage=usage, reasoning=reasoning, parent_id=parent_id, parts=list(parts or []),
        )

    def update_message(
        self,
        message_id: int,
        *,
        content: str = UNSET,
        state: str = UNSET,
        model: str | None = UNSET,
        error: str | None = UNSET,
        timings: dict[str, float] | None = UNSET,
        usage: dict[str, Any] | None = UNSET,
        reasoning: str | None = UNSET,
        parts: list[dict[str, Any]] | None = UNSET,
    ) -> None:
        """Change only the given fields and commit. The streaming write-back path: cheap."""
        fields: dict[str, Any] = {}
        if content is not UNSET:
            fields["content"] = content
        if state is not UNSET:
            if state not in STATES:
                raise ValueError(f"state must be one of {STATES}, not {state!r}")
            fields["state"] = state
        if model is not UNSET:
            fields["model"] = model
        if error is not UNSET:
            fields["error"] = error
        if timings is not UNSET:
            fields["timings"] = dumps(timings or {})
        if usage is not UNSET:
            fields["usage"] = None if usage is None else dumps(usage)
        if reasoning is not UNSET:
            fields["reasoning"] = reasoning
        if parts is not UNSET:
            fields["parts"] = dumps(parts) if parts else None
        if not fields:
            return
        with self.transaction():
            self._update_row("messages", message_id, fields, "message")
            if parts is not UNSET:
                self._link_blobs(message_id, parts)

    def get_message(self, message_id: int) -> Message:
        row = self._conn.execute(
            f"SELECT {MSG_COLS} FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No message with id {message_id}", self.path)
        return message_from_row(row)

    def messages(self, conversation_id: int, *, last: int | None = None) -> list[Message]:
        """The shown path of the conversation, in order; ``last=N``: only its final N."""
        links = self._conn.execute(
            "SELECT id, parent_id, active_child FROM messages WHERE conversation_id = ?"
            " ORDER BY position", (conversation_id,)).fetchall()
        root = self._conn.execute("SELECT active_root FROM conversations WHERE id = ?",
                                  (conversation_id,)).fetchone()
        tree = Tree((_Link(*r) for r in links), root[0] if root else None)
        ids = tree.path_ids()
        if last is not None:
            ids = ids[len(ids) - max(0, last):] if last > 0 else []
        rows = self._conn.execute(
            f"SELECT {MSG_COLS} FROM messages WHERE id IN (SELECT value FROM json_each(?))",
            (dumps(ids),)).fetchall()
        by_id = {r[0]: r for r in rows}
        return [message_from_row(by_id[i]) for i in ids if i in by_id]

    def all_messages(self, conversation_id: int) -> list[Message]:
        """Every message of every version, oldest first (parents before children)."""
        rows = self._conn.execute(
            f"SELECT {MSG_COLS} FROM messages WHERE conversation_id = ? ORDER BY position",
            (conversation_id,)).fetchall()
        return [message_from_row(r) for r in rows]

    def show_version(self, message_id: int) -> None:
        """Make ``message_id`` the shown version, with every ancestor on its branch."""
        with self.transaction():
            row = self._conn.execute("SELECT conversation_id FROM messages WHERE id = ?",
                                     (message_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"No message with id {message_id}", self.path)
            child: int = message_id
            seen: set[int] = set()
            while child not in seen:
                seen.add(child)
                parent = self._conn.execute("SELECT parent_id FROM messages WHERE id = ?",
                                            (child,)).fetchone()[0]
                self._show(row[0], parent, child)
                if parent is None:
                    return
                child = parent

    def set_shown(self, conversation_id: int, active_root: int | None,
                  active_children: Mapping[int, int | None]) -> None:
        """Set which versions are shown as recorded elsewhere (a backup being restored): the
        first message and, per message, its shown child (None: the newest one)."""
        with self.transaction():
            self._conn.execute("UPDATE conversations SET active_root = ? WHERE id = ?",
                               (active_root, conversation_id))
            self._conn.executemany(
                "UPDATE messages SET active_child = ? WHERE id = ? AND conversation_id = ?",
                [(child, mid, conversation_id) for mid, child in active_children.items()])

    def _show(self, conversation_id: int, parent_id: int | None, child_id: int) -> None:
        if parent_id is None:
            self._conn.execute("UPDATE conversations SET active_root = ? WHERE id = ?",
                               (child_id, conversation_id))
        else:
            self._conn.execute("UPDATE messages SET active_child = ? WHERE id = ?",
                               (child_id, parent_id))

    # ------------------------------------------------------------------ blobs
    def put_blob(self, sha256: str, mime: str, data: bytes) -> None:
        """Store attachment bytes once per content (the key is their SHA-256)."""
        with self.transaction():
            self._conn.execute(
                "INSERT OR IGNORE INTO blobs (sha256, mime, size, data, created_at)"
                " VALUES (?, ?, ?, ?, ?)", (sha256, mime, len(data), data, time.time()))

    def get_blob(self, sha256: str) -> bytes | None:
        row = self._conn.execute("SELECT data FROM blobs WHERE sha256 = ?",
                                 (sha256,)).fetchone()
        return None if row is None else bytes(row[0])

    def _link_blobs(self, message_id: int, parts: list[dict[str, Any]] | None) -> None:
        shas = blob_refs(parts or ())
        self._conn.execute("DELETE FROM message_blobs WHERE message_id = ?", (message_id,))
        self._conn.executemany(
            "INSERT OR IGNORE INTO message_blobs (message_id, sha256)"
            " SELECT ?, sha256 FROM blobs WHERE sha256 = ?",
            [(message_id, sha) for sha in shas if sha])

    def drop_unused_blobs(self) -> int:
        """Free attachment bytes no message uses any more (after a purge)."""
        with self.transaction():
            cur = self._conn.execute(
                "DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM message_blobs)")
        return cur.rowcount

    def message_count(self, conversation_id: int) -> int:
        return self._conn.execute(
            "SELECT count(*) FROM messages WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()[0]
