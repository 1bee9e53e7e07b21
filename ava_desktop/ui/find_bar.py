"""Find in the current conversation (Ctrl+F): every match highlighted, "3 of 12" beside the
field, Enter / F3 for the next match and Shift+Enter / Shift+F3 back, each brought to the
middle of the view. Only rendered messages are searched and selected (earlier ones load as
you scroll up); matches in the earlier ones are counted apart, from their source text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from ava_desktop.ui.find_highlight import LIMIT, centre, find_all, highlight, index_of

LONG = 200_000  # characters: beyond this, searching waits until typing pauses
DELAY_MS = 200


class FindBar(QWidget):
    """A slim bar above the transcript; hidden until asked for, Esc hides it again."""

    def __init__(self, view: QTextEdit, parent: QWidget | None = None,
                 earlier: Callable[[], list[str]] | None = None) -> None:
        """``earlier``: the text of the messages not rendered yet (counted, not shown)."""
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._earlier = earlier
        self._matches: list[QTextCursor] = []
        self._current: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(self.tr("Find in conversation"))
        self.edit.setPlaceholderText(self.tr("Find in this conversation"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("findCount")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._typing = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._typing.timeout.connect(lambda: self.find(restart=True))
        self._changed = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._changed.timeout.connect(lambda: self.refresh(keep=True))
        self.edit.textChanged.connect(self._on_text)
        view.document().contentsChanged.connect(self._on_document_changed)
        self.edit.installEventFilter(self)
        host = parent if parent is not None else self
        for key, backward in ((QKeySequence.StandardKey.FindNext, False),
                              (QKeySequence.StandardKey.FindPrevious, True)):
            shortcut = QShortcut(key, host, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=backward: self._step(b))
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.refresh()

    def close_bar(self) -> None:
        self._typing.stop()
        self._changed.stop()
        self._matches, self._current = [], None
        highlight(self._view, [], None)
        self.hide()
        self._view.setFocus()

    @property
    def matches(self) -> list[QTextCursor]:
        return self._matches

    # ------------------------------------------------------------- searching
    def _on_text(self, _text: str) -> None:
        if self._view.document().characterCount() > LONG:
            self._typing.start()  # long conversations: once typing pauses
        else:
            self.find(restart=True)

    def _on_document_changed(self) -> None:
        if self.isVisible() and self.edit.text():
            self._changed.start()  # a streamed answer or loaded messages: count again

    def _step(self, backward: bool) -> None:
        if self.isVisible():
            self.find(backward=backward)

    def find(self, backward: bool = False, restart: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around at the ends, bring it to the
        middle of the view and highlight every match."""
        self._typing.stop()
        text = self.edit.text()
        if not text:
            self._matches = []
            highlight(self._view, [], None)
            self.status.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        before = self._view.textCursor()
        if restart:
            cursor = self._view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._view.setTextCursor(cursor)
        found = self._view.find(text, flags)
        if not found:  # wrap
            cursor = self._view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            self._view.setTextCursor(cursor)
            found = self._view.find(text, flags)
        if found:
            centre(self._view, self._view.textCursor())
        else:  # typing on from a miss (or deleting back) goes on from where it was
            self._view.setTextCursor(before)
        self.refresh()
        return found

    def refresh(self, keep: bool = False) -> None:
        """Count and highlight the matches again, the selected one as the current one.
        ``keep`` (the document changed): a redrawn page lost the selection, so the match
        with the same number is selected again."""
        self._changed.stop()
        text = self.edit.text()
        self._matches = find_all(self._view.document(), text) if text else []
        current = index_of(self._matches, self._view.textCursor()) if self._matches else None
        if keep and current is None and self._current is not None and self._matches:
            current = min(self._current, len(self._matches) - 1, LIMIT - 1)
            self._view.setTextCursor(self._matches[current])
            centre(self._view, self._matches[current])
        self._current = current
        highlight(self._view, self._matches, current)
        earlier = self._count_earlier(text)
        self.status.setText(self._count_text(current, earlier))
        self.status.setToolTip(self.tr(
            "Earlier messages are not shown yet: scroll up to the top to load them.")
            if earlier else "")

    def _count_earlier(self, text: str) -> int:
        """Matches in the messages not rendered yet (their source text), up to LIMIT."""
        if not text or self._earlier is None:
            return 0
        wanted, count = text.casefold(), 0
        for content in self._earlier():
            count += content.casefold().count(wanted)
            if count >= LIMIT:
                return LIMIT
        return count

    def _count_text(self, current: int | None, earlier: int = 0) -> str:
        if not self.edit.text():
            return ""
        more = f"{LIMIT}+" if earlier >= LIMIT else str(earlier)
        if not self._matches:
            return self.tr("No matches") if not earlier else self.tr(
                "None shown, %1 in earlier messages").replace("%1", more)
        if earlier:
            return self._count_text(current) + " " + self.tr(
                "(+%1 in earlier messages)").replace("%1", more)
        total = f"{LIMIT}+" if len(self._matches) > LIMIT else str(len(self._matches))
        if current is None or current >= LIMIT:
            return self.tr("%1 matches").replace("%1", total)
        return self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", total)

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc closes the bar here; it must not stop the answer
            return True
        if watched is self.edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backward = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find(backward=backward)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
