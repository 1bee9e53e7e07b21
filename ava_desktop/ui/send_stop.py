"""One button that sends, or stops the answer while one streams (as chat apps do).

For ``ChatTab``: replace ``send_button`` / ``stop_button`` with one of these, connect
``sendClicked`` to ``composer.submit`` and ``stopClicked`` to ``stop``, and call
``set_state(busy=..., can_send=...)`` where ``_update_buttons`` runs today.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from ava_desktop.ui.icons import set_icon

SEND_TIP = "Send (Enter)"
STOP_TIP = "Stop the answer (Esc)"


class SendStopButton(QToolButton):
    """Shows Send while idle and Stop while answering; a click emits the one that is shown."""

    sendClicked = Signal()
    stopClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendStopButton")
        self.setIconSize(QSize(20, 20))
        self.setAutoRaise(False)
        self.busy = False
        self.clicked.connect(self._clicked)
        self.set_state(busy=False, can_send=False)

    def set_state(self, *, busy: bool, can_send: bool) -> None:
        """``busy``: an answer is streaming (the button stops it); ``can_send``: there is
        something to send to a chosen model."""
        self.busy = busy
        set_icon(self, "stop" if busy else "send")
        self.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.setToolTip(self.tr("Stop the answer (Esc)") if busy else self.tr("Send (Enter)"))
        self.setAccessibleName(self.tr("Stop the answer") if busy else self.tr("Send the message"))
        self.setEnabled(busy or can_send)

    def _clicked(self) -> None:
        (self.stopClicked if self.busy else self.sendClicked).emit()


__all__ = ["SendStopButton"]
