"""Transient notices as a small overlay: nothing in the layout moves when one appears.

A toast floats over the transcript of the current tab, fades after a few seconds, and may
carry one action button (Undo). It never takes focus from the composer. Where it floats is
chosen so it covers nothing being read: at the bottom of the transcript, just above the
composer (a short conversation leaves that empty; the top holds the first message's
header), unless the view is following a transcript taller than itself, where the newest
text is at the bottom: then at the top, over older text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

DEFAULT_MS = 4000
TOP_OFFSET = 44  # below the tab bar, where there is no transcript to float over
MARGIN = 12  # from the transcript's edge
MAX_WIDTH = 560


class Toast(QFrame):
    """``show_notice(text, ms, action_text, action)``; the last text stays readable as
    ``text()`` (for tests and the log) until the next notice."""

    def __init__(self, parent: QWidget,
                 area: Callable[[], QAbstractScrollArea | None] = lambda: None) -> None:
        super().__init__(parent)
        self._area = area  # the current transcript, which the toast floats over
        self.setObjectName("toast")
        self.setAccessibleName(self.tr("Notice"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._colours: tuple[str, ...] = ()
        self.label = QLabel(self)
        self.label.setObjectName("toastText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setObjectName("toastAction")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setFlat(True)
        self.button.setAccessibleName(self.tr("Notice action"))
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.button.clicked.connect(self._run_action)
        parent.installEventFilter(self)
        self.hide()

    def text(self) -> str:
        return self._last

    def show_notice(self, text: str, ms: int = DEFAULT_MS, action_text: str = "",
                    action: Callable[[], None] | None = None) -> None:
        self._last = text
        self._follow_theme()
        self.label.setText(text)
        self._action = action
        self.button.setText(action_text)
        self.button.setAccessibleName(action_text or "Notice action")
        self.button.setVisible(bool(action_text and action))
        self._place()
        self.show()
        self.raise_()
        self._timer.start(ms)

    def _follow_theme(self) -> None:
        """The colours of the current palette: a style sheet's ``palette()`` is resolved
        once, so after a switch to the dark theme the text would stay black on dark."""
        palette = QApplication.palette()
        colours = tuple(palette.color(role).name() for role in (  # the window's, not a
            QPalette.ColorRole.Window, QPalette.ColorRole.WindowText,  # yellow tooltip's
            QPalette.ColorRole.Mid))
        if colours != self._colours:
            self._colours = colours
            base, text, mid = colours
            self.setStyleSheet(f"#toast {{ border-radius: 8px; border: 1px solid {mid};"
                               f" background: {base}; }} #toast QLabel {{ color: {text}; }}")

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def _place(self) -> None:
        parent = self.parentWidget()
        area = self._area()
        if area is None or not area.isVisible():
            width = self._fit(max(200, parent.width() - 48))
            self.move((parent.width() - width) // 2, TOP_OFFSET + _menu_height(parent))
            return
        viewport = area.viewport()
        box = QRect(viewport.mapTo(parent, QPoint(0, 0)), viewport.size())
        room = box.width() - 2 * MARGIN
        jump = area.findChild(QWidget, "jumpToLatest")
        if jump is not None and jump.isVisible():  # bottom right: stay clear of it
            room = box.width() - 2 * (jump.width() + 2 * MARGIN)
        width = self._fit(max(200, room))
        bar = area.verticalScrollBar()
        newest_at_bottom = bar.maximum() > 0 and bar.value() >= bar.maximum() - 4
        y = (box.top() + MARGIN if newest_at_bottom
             else box.bottom() - self.height() - MARGIN)
        self.move(box.left() + (box.width() - width) // 2, max(0, y))

    def _fit(self, room: int) -> int:
        """As wide as the text needs (one line where it fits), at most ``room``."""
        margins = self.layout().contentsMargins()
        natural = (self.label.fontMetrics().horizontalAdvance(self.label.text()) + 2
                   + margins.left() + margins.right())
        if self.button.isVisibleTo(self):
            natural += self.button.sizeHint().width() + self.layout().spacing()
        width = min(MAX_WIDTH, room, max(160, natural))
        self.setFixedWidth(width)
        self.adjustSize()
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False


def _menu_height(window: QWidget) -> int:
    bar = getattr(window, "menuBar", None)
    return bar().height() if callable(bar) and bar().isVisible() else 0


__all__ = ["Toast"]
