"""The store's window state (which tabs were open) and full-text search; a mixin of
:class:`~ava_desktop.core.store.store.Store`."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import search as fts
from .models import SearchHit
from .rows import dumps, loads

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_WINDOW_STATE_KEY = "window_state"


class LookupOps:
    _conn: sqlite3.Connection

    if TYPE_CHECKING:
        def transaction(self) -> AbstractContextManager[None]: ...

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
            snippet, spans = (fts.readable_snippet(snippets.get(mid, ""), *marks) if mid
                              else ("", []))
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
        return {r[0]: r[1] or "" for r in rows}

