"""Print a conversation or export it as PDF, with Qt's own QPdfWriter / QPrinter (no browser).

Input is a list of (role, Markdown) pairs or (role, Markdown, parts) triples, the
conversation's shown path, so this depends on nothing else of the tab; image attachments are
printed as thumbnails from bytes the caller's ``blobs`` gives by content hash (never from a
path or URL), files as their names. The page is the screen's rendering in light colours whatever the
theme (code highlighting included), with tables, formulas, long code lines wrapped instead of
cut, and "page / pages" at the foot of each page.

Why in steps: a 2,000-message conversation takes seconds to lay out and paint. The document
gets its page size first, so Qt lays it out as messages are inserted; messages go in and
pages are painted in slices of :data:`SLICE_S` on timer ticks, so the window stays
responsive and a progress bar moves. Formulas are typeset (in the worker) before painting.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ava_desktop.core.conversation.parts import FilePart, ImagePart, Part
from ava_desktop.core.markdown import render_markdown, stylesheet
from ava_desktop.core.markdown.markup import for_page
from ava_desktop.ui.attachment_view import THUMB_EDGE, BlobSource, attachments_html
from ava_desktop.ui.math_images import math_images
from ava_desktop.ui.transcript import SafeDocument

SLICE_S = 0.03
MATH_WAIT_S = 60.0
PDF_DPI = 300
PRINT_CSS = (
    "pre { white-space: pre-wrap; }\n"
    "p.who { margin-top: 14px; margin-bottom: 2px; color: #59636e; }\n"
    "table.user { background-color: #eef3fb; }\n"
)

Pair = tuple[str, str] | tuple[str, str, Sequence[Part]]
SCREEN_DPI = 96  # thumbnails keep their on-screen size on paper


def message_html(role: str, markdown: str, parts: Sequence[Part] = (),
                 scale: float = 1.0) -> str:
    """One message for paper: who speaks, its attachments, then the body (light colours,
    wrapping code)."""
    translate = QCoreApplication.translate
    who = {"user": translate("Printing", "You"), "assistant": translate("Printing", "Assistant"),
           "system": translate("Printing", "System")}.get(role, role.title())
    head = f'<p class="who"><b>{html.escape(who)}</b></p>'
    attached = attachments_html(parts, 0, scale=scale, links=False)
    if role == "user":
        text = html.escape(markdown).replace("\n", "<br>")
        cell = attached + (f"<p>{text}</p>" if attached and text else text)
        return (f'{head}<table class="user" width="100%" cellpadding="6" border="0"'
                f' bgcolor="#eef3fb"><tr><td>{cell}</td></tr></table>')
    # code blocks wrap as on screen: the renderer says white-space on the tag (Qt's HTML
    # reader ignores it from a style sheet on <pre>)
    return head + attached + for_page(render_markdown(markdown, dark=False))


class PrintJob(QObject):
    """Lay out ``pairs`` and paint them onto ``device`` (a QPdfWriter or a QPrinter).

    Signals: ``progress(done, total)``, ``finished()``, ``failed(message)``. :meth:`cancel`
    stops after the current slice (the file then holds what was painted so far).
    """

    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, pairs: Sequence[Pair], device: QPagedPaintDevice,
                 font: QFont | None = None, parent: QObject | None = None,
                 blobs: BlobSource | None = None) -> None:
        super().__init__(parent)
        self._pairs = list(pairs)
        self._device = device
        self._doc = SafeDocument(self)
        self._scale = max(1.0, device.resolution() / SCREEN_DPI)
        self._doc.thumbnails.edge = round(THUMB_EDGE * self._scale)
        self._doc.thumbnails.source = blobs
        self._doc.setUndoRedoEnabled(False)
        self._doc.math_color = QColor("#1f2328")
        self._doc.math_dpr = 3.0
        self._doc.setDefaultStyleSheet(stylesheet(dark=False) + PRINT_CSS)
        self._doc.setDefaultFont(font or QGuiApplication.font())
        self._doc.documentLayout().setPaintDevice(device)
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self._footer = device.resolution() * 0.35
        self._page = QSizeF(rect.width(), rect.height() - self._footer)
        self._doc.setPageSize(self._page)
        self._cursor = QTextCursor(self._doc)
        self._next = 0
        self._painter: QPainter | None = None
        self._page_index = 0
        self._pages = 0
        self._math_deadline = 0.0
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._phase = "insert"

    @property
    def total(self) -> int:
        """Steps in all: one per message plus one per page (pages known after layout)."""
        return len(self._pairs) + max(self._pages, 1)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._cancelled = True

    def run_blocking(self) -> None:
        """For scripts and tests: the same steps without returning to an event loop."""
        while self._phase != "done":
            self._step()
            QGuiApplication.processEvents()

    # -- steps ----------------------------------------------------------------------------
    def _step(self) -> None:
        try:
            if self._cancelled:
                self._finish()
            elif self._phase == "insert":
                self._insert_slice()
            elif self._phase == "math":
                self._wait_for_math()
            elif self._phase == "paint":
                self._paint_slice()
        except Exception as exc:  # a broken printer or file: say so, never leave it hanging
            self._phase = "done"
            self._timer.stop()
            if self._painter is not None and self._painter.isActive():
                self._painter.end()
            self.failed.emit(str(exc) or type(exc).__name__)

    def _insert_slice(self) -> None:
        end = time.perf_counter() + SLICE_S
        while self._next < len(self._pairs) and time.perf_counter() < end:
            role, markdown, *rest = self._pairs[self._next]
            parts = [p for p in (rest[0] if rest else ()) if isinstance(p, ImagePart | FilePart)]
            self._doc.thumbnails.allow(parts)
            self._cursor.movePosition(QTextCursor.MoveOperation.End)
            if self._next:  # a fresh block: not the centring of a formula that ended the last
                self._cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._cursor.insertHtml(message_html(role, markdown, parts, self._scale))
            self._next += 1
        self.progress.emit(self._next, self.total)
        if self._next >= len(self._pairs):
            self._phase = "math"
            self._math_deadline = time.monotonic() + MATH_WAIT_S

    def _wait_for_math(self) -> None:
        images = math_images()
        images.poll()
        if images.busy and time.monotonic() < self._math_deadline:
            return
        self._pages = max(1, self._doc.pageCount())
        self._painter = QPainter()
        if not self._painter.begin(self._device):
            raise OSError("Cannot write to the printer or file")
        self._phase = "paint"

    def _paint_slice(self) -> None:
        painter = self._painter
        assert painter is not None
        end = time.perf_counter() + SLICE_S
        width, height = self._page.width(), self._page.height()
        while self._page_index < self._pages and time.perf_counter() < end:
            if self._page_index:
                self._device.newPage()
            top = self._page_index * height
            painter.save()
            painter.translate(0, -top)
            self._doc.drawContents(painter, QRectF(0, top, width, height))
            painter.restore()
            self._page_index += 1
            painter.setPen(QColor("#59636e"))
            painter.drawText(QRectF(QPointF(0, height), QSizeF(width, self._footer)),
                             int(Qt.AlignmentFlag.AlignCenter),
                             f"{self._page_index} / {self._pages}")
        self.progress.emit(len(self._pairs) + self._page_index, self.total)
        if self._page_index >= self._pages:
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._phase = "done"
        self.finished.emit()


def pdf_writer(path: str) -> QPdfWriter:
    """A4 portrait at 300 dpi with 15 mm margins, titled from the file name."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setCreator("Ava Desktop")
    return writer


def export_pdf(parent: QWidget, pairs: Sequence[Pair], path: str,
               on_done: Callable[[str | None], None],
               blobs: BlobSource | None = None) -> PrintJob:
    """Export to ``path`` with a progress dialog; ``on_done(None)`` or ``on_done(error)``."""
    writer = pdf_writer(path)
    return _run(parent, pairs, writer, QCoreApplication.translate("Printing", "Exporting as PDF…"),
                on_done, blobs)


def print_pairs(parent: QWidget, pairs: Sequence[Pair],
                on_done: Callable[[str | None], None],
                blobs: BlobSource | None = None) -> None:
    """Qt's print dialog, then the same job onto the chosen printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        _run(parent, pairs, printer, QCoreApplication.translate("Printing", "Printing…"),
             on_done, blobs)

    dialog.accepted.connect(accepted)
    dialog.open()  # never exec(): it would re-enter the asyncio loop


def _run(parent: QWidget, pairs: Sequence[Pair], device: QPagedPaintDevice, label: str,
         on_done: Callable[[str | None], None], blobs: BlobSource | None = None) -> PrintJob:
    job = PrintJob(pairs, device, parent.font(), parent, blobs)
    job.device = device  # type: ignore[attr-defined]  # lives as long as the job
    progress = QProgressDialog(label, QCoreApplication.translate("Printing", "Cancel"), 0,
                               job.total, parent)
    progress.setObjectName("printProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)

    def moved(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def ended(error: str | None) -> None:
        progress.reset()
        progress.deleteLater()
        job.deleteLater()
        on_done(error)

    job.progress.connect(moved)
    job.finished.connect(lambda: ended(None))
    job.failed.connect(ended)
    job.start()
    return job
