"""The sidebar's list model: conversations a page at a time (``fetchMore``), with date
headings as rows of their own, or the hits of a full-text search.

One row per item, painted by a delegate: 10,000 conversations cost 10,000 small tuples and
only the visible rows are drawn; pages of ``PAGE`` are read as the view scrolls down.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ava_desktop.core.store import Store, StoreError
from ava_desktop.ui.messages import error_text
from ava_desktop.ui.sidebar.groups import group_label, pinned_label

PAGE = 200
SEARCH_LIMIT = 100
UNTITLED = QT_TRANSLATE_NOOP("ConversationListModel", "Untitled conversation")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    """A heading (``conversation_id == -1``) or a conversation / search hit."""

    text: str
    conversation_id: int = -1
    message_id: int | None = None
    pinned: bool = False
    snippet: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # [start, end) of the matched words in snippet

    @property
    def is_header(self) -> bool:
        return self.conversation_id < 0


class Roles:
    ID = Qt.ItemDataRole.UserRole + 1
    HEADER = Qt.ItemDataRole.UserRole + 2
    PINNED = Qt.ItemDataRole.UserRole + 3
    SNIPPET = Qt.ItemDataRole.UserRole + 4
    MESSAGE = Qt.ItemDataRole.UserRole + 5
    CURRENT = Qt.ItemDataRole.UserRole + 6
    SPANS = Qt.ItemDataRole.UserRole + 7


class ConversationListModel(QAbstractListModel):
    """Emits ``renameRequested(id, title)`` when a row is edited in place; ``problem(text)``
    when the store cannot be read (the list then keeps what it had)."""

    renameRequested = Signal(int, str)
    problem = Signal(str)

    def __init__(self, store: Store | None, now: Callable[[], float] = time.time,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._now = now
        self.rows: list[Row] = []
        self._fetched = 0  # conversations read so far (not counting headings)
        self._exhausted = store is None
        self._last_group = ""
        self._stamp = now()  # "today" for this listing
        self.query = ""
        self.current_id: int | None = None

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if row.is_header else row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            pinned = ", pinned" if row.pinned else ""
            return f"{row.text} (heading)" if row.is_header else f"{row.text}{pinned}"
        if role == Roles.ID:
            return row.conversation_id
        if role == Roles.HEADER:
            return row.is_header
        if role == Roles.PINNED:
            return row.pinned
        if role == Roles.SNIPPET:
            return row.snippet
        if role == Roles.SPANS:
            return row.spans
        if role == Roles.MESSAGE:
            return row.message_id
        if role == Roles.CURRENT:
            return row.conversation_id == self.current_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()].is_header:
            return Qt.ItemFlag.NoItemFlags  # headings are skipped by the keyboard
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        title = " ".join(str(value).split())
        if row.is_header or not title or title == row.text:
            return False
        self.renameRequested.emit(row.conversation_id, title)
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.query

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        new = self._read_page(PAGE)
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()

    # ------------------------------------------------------------- loading
    def _read_page(self, count: int) -> list[Row]:
        assert self.store is not None
        try:
            conversations = self.store.list_conversations(count, self._fetched,
                                                          pinned_first=True)
        except StoreError as exc:
            self._exhausted = True
            self.problem.emit(self.tr("Could not read the conversations: {exc}")
                              .format(exc=error_text(exc)))
            return []
        self._fetched += len(conversations)
        self._exhausted = len(conversations) < count
        rows: list[Row] = []
        for conv in conversations:
            pinned = conv.pinned_at is not None
            group = pinned_label() if pinned else group_label(conv.updated_at, self._stamp)
            if group != self._last_group:
                rows.append(Row(group))
                self._last_group = group
            rows.append(Row(conv.title or self.tr(UNTITLED), conv.id, pinned=pinned))
        return rows

    def reload(self) -> None:
        """Read the store again, as many conversations as were loaded (at least a page)."""
        keep = max(PAGE, self._fetched)
        self.beginResetModel()
        self.rows, self._fetched, self._last_group = [], 0, ""
        self._stamp = self._now()
        self._exhausted = self.store is None
        if self.store is not None:
            if self.query:
                self.rows = self._search(self.query)
                self._exhausted = True
            else:
                self.rows = self._read_page(keep)
        self.endResetModel()

    def _search(self, query: str) -> list[Row]:
        assert self.store is not None
        try:
            hits = self.store.search(query, limit=SEARCH_LIMIT)
        except StoreError as exc:
            self.problem.emit(self.tr("Could not search: {exc}").format(exc=error_text(exc)))
            return []
        count = self.tr("%n found", "", len(hits)) if hits else self.tr("Nothing found")
        return [Row(count), *(Row(h.title or self.tr(UNTITLED), h.conversation_id, h.message_id,
                                  snippet=h.snippet, spans=tuple(h.spans)) for h in hits)]

    def set_query(self, query: str) -> None:
        self.query = " ".join(query.split())
        self.reload()

    # ------------------------------------------------------------- lookups
    def row_of(self, conversation_id: int | None) -> int | None:
        if conversation_id is None:
            return None
        return next((i for i, r in enumerate(self.rows) if r.conversation_id == conversation_id),
                    None)

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def set_current(self, conversation_id: int | None) -> None:
        """The conversation of the current tab is drawn as such."""
        old, self.current_id = self.current_id, conversation_id
        for cid in {old, conversation_id}:
            row = self.row_of(cid)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Roles.CURRENT])

    def conversation_count(self) -> int:
        return sum(1 for r in self.rows if not r.is_header)


__all__ = ["PAGE", "ConversationListModel", "Roles", "Row"]
