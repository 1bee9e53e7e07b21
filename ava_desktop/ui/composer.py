"""The message box: Enter sends, Shift+Enter breaks the line, Esc asks to stop.

With ``accepts_attachments`` set (``AttachmentTray.connect_composer``), pasting or dropping
files and images offers them as attachments (``attachmentsOffered``) instead of inserting
their paths; plain text, and a pasted web link, still paste as text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from ava_desktop.ui.attachments.intake import mime_offers_attachments, offer_from_mime


class Composer(QPlainTextEdit):
    """Multi-line input; ``submitted`` carries the text, ``stopRequested`` fires on Esc."""

    submitted = Signal(str)
    stopRequested = Signal()
    attachmentsOffered = Signal(object)  # an ava_desktop.ui.attachments.intake.Offer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Message — Enter to send, Shift+Enter for a new line")
        self.setTabChangesFocus(True)
        self.setMaximumHeight(160)
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.accepts_attachments = False
        self.can_send_empty: Callable[[], bool] = lambda: False  # e.g. attachments ready
        self._dropping = False

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
        if text.strip() or self.can_send_empty():
            self.submitted.emit(text)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if self.accepts_attachments and mime_offers_attachments(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: files and images become attachments, the text typed so far
        stays as it is; anything else is inserted as plain text."""
        if self.accepts_attachments:
            offer = offer_from_mime(source, pasted=not self._dropping)
            if offer is not None:
                self.attachmentsOffered.emit(offer)
                return
        super().insertFromMimeData(source)

    def dropEvent(self, event: QDropEvent) -> None:
        self._dropping = True
        try:
            super().dropEvent(event)
        finally:
            self._dropping = False
