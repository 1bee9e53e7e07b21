"""Attachments inside the transcript: thumbnails and file chips, and the full-size viewer.

Thumbnails are image resources named ``ava-blob:<sha256>`` that only this module answers,
from bytes in the conversation's own blob table; nothing an attachment or a model writes can
make Qt load a path or a URL.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.conversation.parts import FilePart, ImagePart, Part
from ava_desktop.ui import file_dialogs
from ava_desktop.ui.formats import file_size

BLOB_SCHEME = "ava-blob"
THUMB_EDGE = 160
BlobSource = Callable[[str], bytes | None]


def attachments_html(parts: Sequence[Part], key: int, verb: str = "attachment",
                     start: int = 0, scale: float = 1.0, links: bool = True) -> str:
    """One paragraph of thumbnails and file chips, with links (``ava:VERB/key/i``, counting
    from ``start``) that open each one; ``scale`` sizes thumbnails for another resolution
    (paper), and paper has no links."""
    items: list[str] = []
    for i, part in enumerate(parts, start=start):
        href = f'<a href="ava:{verb}/{key}/{i}">' if links else ""
        end = "</a>" if links else ""
        if isinstance(part, ImagePart):
            w, h = _thumb_size(part.width, part.height)
            label = html.escape(part.name or "image")
            items.append(f'{href}<img src="{BLOB_SCHEME}:{html.escape(part.sha256)}" '
                         f'width="{round(w * scale)}" height="{round(h * scale)}" '
                         f'alt="{label}">{end}')
        elif isinstance(part, FilePart):
            mark = "📄 " if links else ""  # paper fonts rarely have the emoji
            items.append(f'{mark}{href}{html.escape(part.name)}{end}'
                         f' <span class="meta">{html.escape(file_size(part.size))}</span>')
    return f'<p class="attachments">{" &nbsp; ".join(items)}</p>' if items else ""


def _thumb_size(width: int, height: int) -> tuple[int, int]:
    if width <= 0 or height <= 0:
        return THUMB_EDGE, THUMB_EDGE
    scale = min(1.0, THUMB_EDGE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


class Thumbnails:
    """Decoded thumbnails by content hash; only hashes of shown attachments are served."""

    def __init__(self, edge: int = THUMB_EDGE) -> None:
        self.source: BlobSource | None = None
        self.edge = edge  # decoded size: more pixels for paper
        self._cache: dict[str, QImage] = {}
        self.allowed: set[str] = set()

    def allow(self, parts: Sequence[Part]) -> None:
        self.allowed.update(p.sha256 for p in parts if isinstance(p, ImagePart))

    def image(self, sha256: str) -> QImage | None:
        if sha256 not in self.allowed:
            return None
        cached = self._cache.get(sha256)
        if cached is not None:
            return cached
        data = self.source(sha256) if self.source else None
        image = decode(data, self.edge) if data else None
        if image is not None:
            self._cache[sha256] = image
        return image


def decode(data: bytes, edge: int | None = None) -> QImage | None:
    """Our own re-encoded bytes (already checked when attached), scaled while decoding."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if edge and size.isValid() and max(size.width(), size.height()) > edge:
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class AttachmentViewer(QDialog):
    """An image at full size (copy, save as) or a document's extracted text (save)."""

    def __init__(self, part: ImagePart | FilePart, data: bytes | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(part.name or self.tr("Attachment"))
        self.part, self.data = part, data
        layout = QVBoxLayout(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        save = QPushButton(self.tr("Save As…"), self)
        save.clicked.connect(self.save_as)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        if isinstance(part, ImagePart):
            image = decode(data) if data else None
            self.image = image
            label = QLabel(self)
            label.setAccessibleName(part.name or self.tr("image"))
            if image is not None:
                label.setPixmap(QPixmap.fromImage(image))
            else:
                label.setText(self.tr("The image could not be shown."))
            scroll = QScrollArea(self)
            scroll.setWidget(label)
            layout.addWidget(scroll)
            copy = QPushButton(self.tr("Copy Image"), self)
            copy.setEnabled(image is not None)
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setImage(self.image))
            buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
            self.resize(800, 600)
        else:
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setPlainText(part.text)
            text.setAccessibleName(self.tr("Text of {name}").format(name=part.name))
            layout.addWidget(text)
            self.resize(700, 600)
        layout.addWidget(buttons)

    def save_as(self) -> None:
        dialog = QFileDialog(self, self.tr("Save Attachment"),
                             str(file_dialogs.start_folder("save-attachment")
                                 / (self.part.name or "")))
        dialog.setObjectName("saveAttachmentDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: file_dialogs.remember("save-attachment", path))
        dialog.fileSelected.connect(self._write)
        dialog.open()

    def _write(self, path: str) -> None:
        payload = (self.data if isinstance(self.part, ImagePart) else
                   self.part.text.encode("utf-8"))
        try:
            Path(path).write_bytes(payload or b"")
        except OSError as exc:
            QLabel(self.tr("Could not save: {error}").format(error=exc), self).show()
