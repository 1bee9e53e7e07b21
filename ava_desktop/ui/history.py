"""History and search (Ctrl+K): every conversation, newest first, and full-text search.

Non-modal (``open()``, never ``exec()``, which would re-enter the asyncio loop). Search runs
as you type after a short pause; FTS5 answers in milliseconds, so it stays on this thread.
Snippets arrive as escaped HTML whose only tags are ``<b>``, safe for a rich-text label.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.store import Store, StoreError
from ava_desktop.ui.conversation_actions import ConversationActions
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.messages import error_text

SEARCH_DELAY_MS = 120


@dataclass(frozen=True)
class Entry:
    conversation_id: int
    message_id: int | None
    title: str


def _when(ts: float) -> str:
    """Date and time in the UI language's short form ("02.12.2026 14:05", "2026/12/02 14:05")."""
    moment = QDateTime.fromSecsSinceEpoch(int(ts))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class HistoryDialog(QDialog):
    """Emits ``openRequested(conversation_id, message_id or -1)``, ``deleted(id)``,
    ``restored(id)`` and ``renamed(id, title)`` so the window can follow. Given the window's
    ``actions``, it shares their undo stack (and the window listens to those instead)."""

    openRequested = Signal(int, int)
    deleted = Signal(int)
    restored = Signal(int)
    renamed = Signal(int, str)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 actions: ConversationActions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Conversations"))
        self.resize(640, 520)
        self.store = store
        self.actions = actions or ConversationActions(store, self)
        self.actions.deleted.connect(self.deleted)
        self.actions.restored.connect(self.restored)
        self.actions.renamed.connect(self.renamed)
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search all conversations…"))
        self.search.setAccessibleName(self.tr("Search all conversations"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("historyResults")
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Conversations"))
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.undo_button, self.rename_button, self.delete_button,
                       self.open_button):
            buttons.addWidget(button)
        self.rename_edit = QLineEdit(self)
        self.rename_edit.setObjectName("historyRename")
        self.rename_edit.setAccessibleName(self.tr("New title"))
        self.rename_edit.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.rename_edit)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.rename_button.clicked.connect(self.start_rename)
        self.rename_edit.returnPressed.connect(self.finish_rename)
        self.refresh()

    # ------------------------------------------------------------- listing
    def entries(self) -> list[Entry]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.results.count())]

    def refresh(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self.results.clear()
        try:
            if query:
                self._show_hits(query)
            else:
                self._show_all()
        except StoreError as exc:
            self.status.setText(self.tr("Could not read the history: {exc}")
                                .format(exc=error_text(exc)))
            return
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_buttons()

    def _add(self, entry: Entry, rich: str) -> None:
        item = QListWidgetItem(self.results)
        item.setData(Qt.ItemDataRole.UserRole, entry)
        item.setToolTip(entry.title)
        label = QLabel(rich)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setOpenExternalLinks(False)
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 4)
        item.setSizeHint(label.sizeHint())
        self.results.setItemWidget(item, label)

    def _show_all(self) -> None:
        conversations = self.store.list_conversations(limit=500)
        for conv in conversations:
            title = conv.title or self.tr("Untitled conversation")
            model = f" · {html.escape(conv.model)}" if conv.model else ""
            self._add(Entry(conv.id, None, title),
                      f"<b>{html.escape(title)}</b><br><small>{_when(conv.updated_at)}"
                      f"{model}</small>")
        total = self.store.count_conversations()
        self.status.setText(english_plural(self.tr("%n conversation(s)", "", total), total))

    def _show_hits(self, query: str) -> None:
        hits = self.store.search(query)
        for hit in hits:
            snippet = f"<br><small>{hit.snippet_html}</small>" if hit.snippet_html else ""
            self._add(Entry(hit.conversation_id, hit.message_id, hit.title),
                      (hit.title_html or self.tr("Untitled conversation")) + snippet)
        self.status.setText(self.tr("%n found", "", len(hits)) if hits
                            else self.tr("Nothing found"))

    def _selected(self) -> Entry | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self.undo_button.setEnabled(self.actions.can_undo)

    # ------------------------------------------------------------- actions
    def open_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        self.openRequested.emit(entry.conversation_id,
                                entry.message_id if entry.message_id is not None else -1)
        self.accept()

    def delete_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        row = self.results.currentRow()
        self.actions.delete(entry.conversation_id, entry.title)
        self.refresh()
        self.results.setCurrentRow(min(row, self.results.count() - 1))
        self.status.setText(self.tr("Deleted “{title}” — Undo brings it back")
                            .format(title=entry.title))

    def undo_delete(self) -> None:
        if self.actions.undo_delete() is not None:
            self.refresh()

    def start_rename(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        self.rename_edit.setText(entry.title)
        self.rename_edit.show()
        self.rename_edit.selectAll()
        self.rename_edit.setFocus()

    def finish_rename(self) -> None:
        entry = self._selected()
        self.rename_edit.hide()
        if entry is None:
            return
        if self.actions.rename(entry.conversation_id, self.rename_edit.text()) is not None:
            self.refresh()

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down move through the results while typing in the search box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.refresh()
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not self.search.hasFocus():
            self.delete_selected()
            return
        if event.key() == Qt.Key.Key_F2:
            self.start_rename()
            return
        super().keyPressEvent(event)
