"""The approval bar: nothing a model asks a tool to do runs before the user says so.

It shows the tool, its server and the arguments (formatted JSON, shown as plain text: they
are the model's words). In the current tab it takes the keyboard focus: Enter allows once,
Esc denies. Several calls wait in order; each gets its own decision.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.tools.runner import Approval
from ava_desktop.ui.formats import counted

MAX_SHOWN_ARGUMENTS = 20_000


class ApprovalBar(QFrame):
    decided = Signal(str)  # the Approval value, for tests and the status line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Tool call waiting for approval"))
        self._queue: deque[tuple[Any, Callable[[Approval], None]]] = deque()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.arguments = QPlainTextEdit(self)
        self.arguments.setReadOnly(True)
        self.arguments.setAccessibleName(self.tr("Arguments of the tool call"))
        self.arguments.setMaximumHeight(140)
        self.arguments.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.allow = QPushButton(self.tr("Allow once (Enter)"), self)
        self.always = QPushButton(self.tr("Always allow this tool"), self)
        self.deny = QPushButton(self.tr("Deny (Esc)"), self)
        for button in (self.allow, self.always, self.deny):
            button.setAutoDefault(False)
        self.allow.clicked.connect(lambda: self._decide(Approval.ALLOW_ONCE))
        self.always.clicked.connect(lambda: self._decide(Approval.ALWAYS))
        self.deny.clicked.connect(lambda: self._decide(Approval.DENY))
        buttons = QHBoxLayout()
        buttons.addWidget(self.allow)
        buttons.addWidget(self.always)
        buttons.addStretch(1)
        buttons.addWidget(self.deny)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.arguments)
        layout.addLayout(buttons)
        self.hide()

    @property
    def waiting(self) -> bool:
        return bool(self._queue)

    def ask(self, request: Any, decide: Callable[[Approval], None]) -> None:
        """Queue one call (an ``ApprovalRequest``); shown at once if none is showing."""
        self._queue.append((request, decide))
        if len(self._queue) == 1:
            self._show_first()

    def _show_first(self) -> None:
        if not self._queue:
            self.hide()
            return
        request, _decide = self._queue[0]
        tool = request.tool
        waiting = len(self._queue) - 1
        more = self.tr(" (%n more waiting)", "", waiting) if waiting else ""
        self.title.setText(self.tr("The model wants to run {tool} from the {server} server"
                                   "{more}. Allow it?").format(tool=tool.title or tool.name,
                                                               server=tool.server, more=more))
        text = request.arguments_text
        if len(text) > MAX_SHOWN_ARGUMENTS:
            total = counted(self.tr("({count} character(s) in all)", "", len(text)), len(text))
            text = text[:MAX_SHOWN_ARGUMENTS] + "\n… " + total
        self.arguments.setPlainText(text)
        self.show()
        if self.window().isActiveWindow() and self.isVisibleTo(self.window()):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _decide(self, decision: Approval) -> None:
        if not self._queue:
            return
        _request, decide = self._queue.popleft()
        decide(decision)
        self.decided.emit(decision.value)
        self._show_first()
        if not self._queue:
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "focus_composer"):
                parent.focus_composer()

    def deny_all(self) -> None:
        """The answer ended (Esc, error): nothing stays waiting."""
        while self._queue:
            self._decide(Approval.DENY)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._decide(Approval.ALLOW_ONCE)
        elif event.key() == Qt.Key.Key_Escape:
            self._decide(Approval.DENY)
        else:
            super().keyPressEvent(event)
