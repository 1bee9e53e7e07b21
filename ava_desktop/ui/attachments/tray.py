"""The attachment tray above the composer: chips for what will be sent with the message.

The API the chat tab uses: ``parts()`` (the ready parts, in the order added), ``changed``
(emitted whenever that list or ``busy`` may have changed), ``busy``, ``clear()``,
``connect_composer(composer)`` (paste and drop in the composer attach), ``offer_mime(mime)``
(for drops elsewhere in the window), ``add_paths`` / ``add_image`` / ``add_encoded``.
``message`` carries text for people (a refused link, a failed file) for a status line.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ava_desktop.core.attachments import (
    AttachmentFailure,
    Extraction,
    Limits,
    display_name,
)
from ava_desktop.core.attachments.limits import DEFAULT_LIMITS
from ava_desktop.core.conversation.parts import FilePart, ImagePart
from ava_desktop.ui.attachments.chip import AttachmentChip
from ava_desktop.ui.attachments.images import PreparedImage, allow_allocation
from ava_desktop.ui.attachments.intake import Offer, mime_offers_attachments, offer_from_mime
from ava_desktop.ui.attachments.processing import AttachmentProcessor, Result
from ava_desktop.ui.formats import counted, file_size
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.messages import error_text

MAX_ATTACHMENTS = 20
MESSAGE_MS = 15_000


@dataclass
class _Item:
    chip: AttachmentChip
    part: ImagePart | FilePart | None = None
    failure: AttachmentFailure | None = None
    cut: bool = False


class AttachmentTray(QWidget):
    """A row of chips, hidden while empty; also a drop target."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, limits: Limits = DEFAULT_LIMITS,
                 max_edge: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentTray")
        self.setAcceptDrops(True)
        self.limits = limits
        allow_allocation(limits)
        self._processor = AttachmentProcessor(limits, max_edge or limits.max_image_edge, self)
        self._processor.finished.connect(self._on_finished)
        self._items: dict[int, _Item] = {}
        self._ids = itertools.count(1)
        self._row_widget = QWidget()
        self._row = QHBoxLayout(self._row_widget)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._row_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(64)
        self.status = QLabel(self)
        self.status.setObjectName("attachmentMessage")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.status)
        self.message.connect(self._show_message)
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self._hide_message)
        processor = self._processor
        self.destroyed.connect(lambda *_: processor.close())
        self.setVisible(False)

    # --- the API for the chat tab -------------------------------------------------------

    def parts(self) -> list[ImagePart | FilePart]:
        """The attachments ready to send (failed and still-running ones left out)."""
        return [item.part for item in self._items.values() if item.part is not None]

    @property
    def busy(self) -> bool:
        """True while any attachment is still being read."""
        return any(item.chip.state == "running" for item in self._items.values())

    def failures(self) -> list[AttachmentFailure]:
        return [item.failure for item in self._items.values() if item.failure is not None]

    def chips(self) -> list[AttachmentChip]:
        return [item.chip for item in self._items.values()]

    def clear(self) -> None:
        """Remove every chip (after sending), stopping what is still being read."""
        for job_id in list(self._items):
            self._remove(job_id, notify=False)
        self._hide_message()
        self.changed.emit()

    def connect_composer(self, composer) -> None:
        """Paste (Ctrl+V) and drops in ``composer`` attach files and images; with
        attachments ready, an empty message may be sent."""
        composer.accepts_attachments = True
        composer.attachmentsOffered.connect(self.offer)
        composer.can_send_empty = lambda: bool(self.parts())

    def offer_mime(self, mime: QMimeData, pasted: bool = False) -> bool:
        """Attach what ``mime`` holds; False if it held nothing to attach."""
        offer = offer_from_mime(mime, pasted)
        if offer is None:
            return False
        self.offer(offer)
        return True

    def offer(self, offer: Offer) -> None:
        for text in offer.refused:
            self.message.emit(text)
        for path in offer.paths:
            self.add_path(path)
        for name, data in offer.encoded:
            self.add_encoded(name, data)
        for name, image in offer.images:
            self.add_image(image, name)

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            self.add_path(path)

    def add_path(self, path: str) -> None:
        job_id = self._new_chip(display_name(path))
        if job_id:
            self._processor.submit_path(job_id, path)

    def add_encoded(self, name: str, data: bytes) -> None:
        job_id = self._new_chip(name)
        if job_id:
            self._processor.submit_encoded(job_id, name, data)

    def add_image(self, image: QImage, name: str = "Pasted image.png") -> None:
        job_id = self._new_chip(name)
        if job_id:
            self._processor.submit_image(job_id, name, image)

    # --- chips --------------------------------------------------------------------------

    def _new_chip(self, name: str) -> int:
        if len(self._items) >= MAX_ATTACHMENTS:
            self.message.emit(english_plural(self.tr(
                "{name} was not attached: at most %n attachment(s) go with one message.", "",
                MAX_ATTACHMENTS), MAX_ATTACHMENTS).format(name=name))
            return 0
        job_id = next(self._ids)
        chip = AttachmentChip(name, self._row_widget)
        chip.removeRequested.connect(lambda job_id=job_id: self._remove(job_id, focus=True))
        self._row.insertWidget(self._row.count() - 1, chip)
        self._items[job_id] = _Item(chip)
        self.setVisible(True)
        self.changed.emit()
        return job_id

    def _on_finished(self, job_id: int, result: Result) -> None:
        item = self._items.get(job_id)
        if item is None:
            return  # removed while it was read
        if isinstance(result, AttachmentFailure):
            item.failure = result
            text = error_text(result, result.message)
            item.chip.set_failed(text)
            self.message.emit(text)
        elif isinstance(result, PreparedImage):
            part = result.part
            if self._duplicate(part.sha256, job_id):
                return
            item.part = part
            item.chip.set_ready(f"{part.width}×{part.height}, {file_size(part.size)}",
                                QPixmap.fromImage(result.thumbnail))
        elif isinstance(result, Extraction):
            part = result.part
            if self._duplicate(part.sha256, job_id):
                return
            item.part, item.cut = part, result.cut
            note = ""
            if result.cut:
                kept = len(part.text)
                note = counted(self.tr(
                    "Only the first {count} character(s) of {name} are kept (the limit for one "
                    "attachment).", "", kept), kept).format(name=part.name)
                self.message.emit(note)
            chars = len(part.text)
            item.chip.set_ready(counted(self.tr("{size} · {count} char(s)", "", chars),
                                        chars).format(size=file_size(part.size)),
                                note=note)
        self.changed.emit()

    def _duplicate(self, sha256: str, job_id: int) -> bool:
        for other_id, other in self._items.items():
            if other_id != job_id and other.part is not None and other.part.sha256 == sha256:
                self.message.emit(self.tr("{name} is attached already.")
                                  .format(name=other.part.name))
                self._remove(job_id)
                return True
        return False

    def _remove(self, job_id: int, notify: bool = True, focus: bool = False) -> None:
        item = self._items.pop(job_id, None)
        if item is None:
            return
        self._processor.cancel(job_id)
        order = list(self._items)
        item.chip.hide()
        item.chip.deleteLater()
        if focus and order:  # keyboard users keep their place: the next chip, or the last
            later = [i for i in order if i > job_id]
            self._items[later[0] if later else order[-1]].chip.setFocus()
        if not self._items:
            self.setVisible(False)
        if notify:
            self.changed.emit()

    def _show_message(self, text: str) -> None:
        """The latest message in full under the chips, for ``MESSAGE_MS`` (the chip of a
        failed file keeps its message as a tooltip until removed)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.setVisible(bool(self._items) or not self.status.isHidden())
        self._message_timer.start()

    def _hide_message(self) -> None:
        self.status.hide()
        self.setVisible(bool(self._items))

    # --- drops on the tray itself ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_offers_attachments(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.offer_mime(event.mimeData()):
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:
        self._processor.close()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every reader (the app is closing)."""
        self._processor.close()
