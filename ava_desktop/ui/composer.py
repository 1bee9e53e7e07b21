"""The message box: Enter sends, Shift+Enter breaks the line, Esc asks to stop.

It grows with its text, from two lines up to ``MAX_WINDOW_SHARE`` of the window's height,
then scrolls; a resized window or a new font size refits it.

With ``accepts_attachments`` set (``AttachmentTray.connect_composer``), pasting or dropping
files and images offers them as attachments (``attachmentsOffered``) instead of inserting
their paths; plain text, and a pasted web link, still paste as text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from ava_desktop.ui.attachments.intake import mime_offers_attachments, offer_from_mime

MIN_LINES = 2
MAX_WINDOW_SHARE = 0.4


class Composer(QPlainTextEdit):
    """Multi-line input; ``submitted`` carries the text, ``stopRequested`` fires on Esc."""

    submitted = Signal(str)
    stopRequested = Signal()
    attachmentsOffered = Signal(object)  # an ava_desktop.ui.attachments.intake.Offer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Message — Enter to send, Shift+Enter for a new line"))
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.accepts_attachments = False
        self.can_send_empty: Callable[[], bool] = lambda: False  # e.g. attachments ready
        self._dropping = False
        self._watched: QWidget | None = None
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())
        self.fit()

    # ------------------------------------------------------------- growing
    def _height_for(self, lines: float) -> int:
        margins = self.contentsMargins()
        doc_margin = 2 * self.document().documentMargin()
        return int(lines * self.fontMetrics().lineSpacing() + doc_margin + margins.top()
                   + margins.bottom() + 2)

    def max_height(self) -> int:
        window = self.window()
        limit = int(window.height() * MAX_WINDOW_SHARE) if window is not self else 0
        return max(self._height_for(MIN_LINES), limit or self._height_for(8))

    def fit(self) -> None:
        """As tall as the text (wrapped lines counted), within two lines and the limit."""
        lines = max(MIN_LINES, self.document().documentLayout().documentSize().height())
        height = min(self._height_for(lines), self.max_height())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

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
