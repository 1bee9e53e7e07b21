"""Delete with undo, rename and pin, shared by the sidebar and the history dialog.

One undo stack for the window: a conversation deleted in the sidebar can be brought back
from the history dialog and the other way round. Deleting is the store's soft delete; undo
restores it (the rows are purged at the next start).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ava_desktop.core.store import NotFoundError, Store


class ConversationActions(QObject):
    """Emits what happened, so every view (tabs, sidebar, history) follows one source."""

    deleted = Signal(int)
    restored = Signal(int)
    renamed = Signal(int, str)
    pinned = Signal(int, bool)
    changed = Signal()  # any of the above: lists re-read the store

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._undo: list[tuple[int, str]] = []  # (conversation id, title), newest last

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def last_deleted_title(self) -> str:
        return self._undo[-1][1] if self._undo else ""

    def delete(self, conversation_id: int, title: str) -> None:
        self.store.delete_conversation(conversation_id)
        self._undo.append((conversation_id, title))
        self.deleted.emit(conversation_id)
        self.changed.emit()

    def undo_delete(self) -> int | None:
        """Bring back the last deleted conversation; its id, or None if there is none left."""
        while self._undo:
            conversation_id, _title = self._undo.pop()
            try:
                self.store.restore_conversation(conversation_id)
            except NotFoundError:  # purged meanwhile: try the one before
                continue
            self.restored.emit(conversation_id)
            self.changed.emit()
            return conversation_id
        return None

    def rename(self, conversation_id: int, title: str) -> str | None:
        """Rename (whitespace collapsed); the new title, or None when it is empty."""
        title = " ".join(title.split())
        if not title:
            return None
        self.store.rename(conversation_id, title, by="user")
        self.renamed.emit(conversation_id, title)
        self.changed.emit()
        return title

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.store.set_pinned(conversation_id, pinned)
        self.pinned.emit(conversation_id, pinned)
        self.changed.emit()


__all__ = ["ConversationActions"]
