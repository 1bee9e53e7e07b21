"""Transient notices as a small overlay: nothing in the layout moves when one appears.

A toast floats over the window (top centre, under the tabs), fades after a few seconds, and
may carry one action button (Undo). It never takes focus from the composer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

DEFAULT_MS = 4000
TOP_OFFSET = 44  # below the tab bar
MAX_WIDTH = 560


class Toast(QFrame):
    """``show_notice(text, ms, action_text, action)``; the last text stays readable as
    ``text()`` (for tests and the log) until the next notice."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAccessibleName(self.tr("Notice"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#toast { border-radius: 8px; border: 1px solid palette(mid);"
                           " background: palette(tool-tip-base); }"
                           " #toast QLabel { color: palette(tool-tip-text); }")
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
        self.label.setText(text)
        self._action = action
        self.button.setText(action_text)
        self.button.setAccessibleName(action_text or "Notice action")
        self.button.setVisible(bool(action_text and action))
        self._place()
        self.show()
        self.raise_()
        self._timer.start(ms)

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def _place(self) -> None:
        parent = self.parentWidget()
        width = min(MAX_WIDTH, max(200, parent.width() - 48))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, TOP_OFFSET + _menu_height(parent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False


def _menu_height(window: QWidget) -> int:
    bar = getattr(window, "menuBar", None)
    return bar().height() if callable(bar) and bar().isVisible() else 0


__all__ = ["Toast"]
