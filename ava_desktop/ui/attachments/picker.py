"""The paperclip button: Ctrl+O or a click opens a file dialog; the chosen files go to the
tray. The dialog is shown with ``open()``, never ``exec()``, which would re-enter the event
loop inside a qasync coroutine (DESIGN.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

from ava_desktop.ui import file_dialogs
from ava_desktop.ui.attachments.tray import AttachmentTray
from ava_desktop.ui.icons import set_icon

NAME_FILTERS = (  # the names are translated where the dialog opens
    "Images and documents (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.docx *.txt *.md "
    "*.csv *.json *.html *.htm *.xml *.yaml *.yml *.toml *.py *.js *.ts *.c *.h *.cpp *.rs "
    "*.go *.java *.sh *.log)",
    "All files (*)",
)

class AttachButton(QToolButton):
    """Opens the picker; the last dialog stays reachable as ``dialog`` (for tests)."""

    def __init__(self, tray: AttachmentTray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self.dialog: QFileDialog | None = None
        self.setObjectName("attachButton")
        self.setAutoRaise(True)
        set_icon(self, "attach")  # follows the theme's text colour
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        shortcut = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(self.tr("Attach files or images ({shortcut})").format(shortcut=shortcut))
        self.setAccessibleName(self.tr("Attach files"))
        self.clicked.connect(self.open_picker)

    def open_picker(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = QFileDialog(self.window(), self.tr("Attach files"),
                             str(file_dialogs.start_folder("attach")))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        documents = NAME_FILTERS[0].partition(" (")[2]
        dialog.setNameFilters([self.tr("Images and documents") + " (" + documents,
                               self.tr("All files") + " (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(
            lambda paths: file_dialogs.remember("attach", paths[0]) if paths else None)
        dialog.filesSelected.connect(self._tray.add_paths)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()

    def _forget(self, *_: object) -> None:
        self.dialog = None
