"""The paperclip button: Ctrl+O or a click opens a file dialog; the chosen files go to the
tray. The dialog is shown with ``open()``, never ``exec()``, which would re-enter the event
loop inside a qasync coroutine (DESIGN.md)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

from ava_desktop.ui.attachments.tray import AttachmentTray

NAME_FILTERS = (
    "Images and documents (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.docx *.txt *.md "
    "*.csv *.json *.html *.htm *.xml *.yaml *.yml *.toml *.py *.js *.ts *.c *.h *.cpp *.rs "
    "*.go *.java *.sh *.log)",
    "All files (*)",
)

_CLIP_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 24 24"
fill="none" stroke="{color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
<path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1
-2.8-2.8l8.5-8.5"/></svg>"""


def paperclip_icon(color: str) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(_CLIP_SVG.format(color=color).encode()), "SVG")
    return QIcon(pixmap)


class AttachButton(QToolButton):
    """Opens the picker; the last dialog stays reachable as ``dialog`` (for tests)."""

    def __init__(self, tray: AttachmentTray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self.dialog: QFileDialog | None = None
        self.setObjectName("attachButton")
        self.setAutoRaise(True)
        self.setIcon(QIcon.fromTheme("mail-attachment", paperclip_icon(
            self.palette().color(QPalette.ColorRole.ButtonText).name())))
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        shortcut = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"Attach files or images ({shortcut})")
        self.setAccessibleName("Attach files")
        self.clicked.connect(self.open_picker)

    def open_picker(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = QFileDialog(self.window(), "Attach files")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(list(NAME_FILTERS))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._tray.add_paths)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()

    def _forget(self, *_: object) -> None:
        self.dialog = None
