"""The message box: Enter sends, Shift+Enter breaks the line, Esc asks to stop."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class Composer(QPlainTextEdit):
    """Multi-line input; ``submitted`` carries the text, ``stopRequested`` fires on Esc."""

    submitted = Signal(str)
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Message — Enter to send, Shift+Enter for a new line")
        self.setTabChangesFocus(True)
        self.setMaximumHeight(160)
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        """About four lines: room to write, and the transcript keeps the rest."""
        lines = self.fontMetrics().lineSpacing() * 4
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        return QSize(super().sizeHint().width(), lines + margins + 8)

    def has_text(self) -> bool:
        return bool(self.toPlainText().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
                    | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
        ):
            event.accept()
            self.submit()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.stopRequested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Shift/Ctrl+Enter: a plain line break, never a paragraph with odd formatting
            self.insertPlainText("\n")
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)
