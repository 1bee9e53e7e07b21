"""One attachment in the tray: a thumbnail or file icon, its name and size, and ×."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

State = Literal["running", "ready", "failed"]
NAME_CHARS = 28


class AttachmentChip(QFrame):
    """Focusable: Delete or Backspace removes it, as does its × button."""

    removeRequested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.state: State = "running"
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMaximumWidth(260)
        self.icon = QLabel(self)
        self.icon.setFixedSize(40, 40)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(_elided(name), self)
        self.title.setToolTip(name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self.tr("Reading…"), self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long a PDF takes is not known in advance
        self.progress.setMaximumHeight(4)
        self.progress.setTextVisible(False)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=name))
        self.remove_button.setToolTip(self.tr("Remove {name}").format(name=name))
        self.remove_button.clicked.connect(self.removeRequested)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.progress)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self._set_file_icon()
        self._update_accessible()

    def set_ready(self, detail: str, thumbnail: QPixmap | None = None,
                  note: str = "") -> None:
        self.state = "ready"
        self.progress.hide()
        self.detail.setText(detail)
        self.setToolTip(note or self.name)
        if thumbnail is not None and not thumbnail.isNull():
            self.icon.setPixmap(thumbnail.scaled(self.icon.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self._update_accessible()

    def set_failed(self, message: str) -> None:
        self.state = "failed"
        self.progress.hide()
        self.detail.setText(self.tr("Not attached"))
        self.detail.setStyleSheet("color: palette(link-visited); font-weight: bold")
        self.setToolTip(message)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self._update_accessible(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            event.accept()
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)

    def _set_file_icon(self) -> None:
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileIcon).pixmap(32, 32))

    def _update_accessible(self, extra: str = "") -> None:
        states = {"running": self.tr("reading"), "ready": self.detail.text(),
                  "failed": self.tr("not attached")}
        text = self.tr("Attachment {name}, {state}").format(name=self.name,
                                                            state=states[self.state])
        self.setAccessibleName(text)
        self.setAccessibleDescription(extra or self.tr("Delete or Backspace removes it"))


def _elided(name: str) -> str:
    if len(name) <= NAME_CHARS:
        return name
    keep = NAME_CHARS - 1
    return name[: keep - 8] + "…" + name[-8:]
