"""Formula images for rich-text documents: ziamath's SVG drawn by Qt's SVG renderer.

A document asks for ``ava-math:`` resources while it lays out (``loadResource``); the name
carries the formula (see core/markdown/math.py), so nothing but our renderer can fill it.
The LaTeX -> SVG step runs in a child process (core's MathWorker, with a time budget); until
its answer arrives the document gets a blank placeholder, then only the blocks holding that
image are laid out again (see :class:`FormulaDocument`). Images are drawn for the document's
font size (zoom included), text colour and device pixel ratio, cached by those and the source.
Inline formulas sit on the text's baseline: Qt centres a ``vertical-align: middle`` image
half an x-height above the baseline, so the picture is padded until its own baseline lands
on the text's.
"""

from __future__ import annotations

import atexit
import time
import weakref
from collections import OrderedDict
from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from ava_desktop.core.markdown.mathsvg import REFERENCE_SIZE, MathSvg
from ava_desktop.core.markdown.mathurl import URL_SCHEME, math_url, parse_math_url, source_markup
from ava_desktop.core.markdown.mathworker import Key, MathWorker, Result

POLL_MS = 15
APPLY_S = 0.06  # typeset formulas reach their documents in batches at most this often
MERGE_BLOCKS = 24  # blocks this close are laid out again in one go
MAX_SVGS = 2000
MAX_IMAGES = 2000  # drawn pictures kept for documents to come (tabs, re-renders)
MAX_IMAGE_SIDE = 4000  # device pixels; larger formulas are drawn smaller
MATH_SCALE = 1.1  # STIX Two Math's x-height is smaller than a UI sans font's
OBJECT_CHAR = "\ufffc"
MATH_PREFIX = URL_SCHEME + ":"
IMAGE = QTextDocument.ResourceType.ImageResource.value


class MathImages(QObject):
    """Shared by every document of the app (see :func:`math_images`)."""

    def __init__(self, worker: MathWorker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker or MathWorker()
        self._results: OrderedDict[Key, Result] = OrderedDict()
        self._images: OrderedDict[tuple, QImage] = OrderedDict()
        self._waiting: dict[Key, weakref.WeakSet[FormulaDocument]] = {}
        self._arrived: weakref.WeakKeyDictionary[FormulaDocument, set[str]] = (
            weakref.WeakKeyDictionary())
        self._applied = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    # -- what documents call -----------------------------------------------------------
    def image(self, doc: FormulaDocument, url: str, font: QFont, color: QColor,
              dpr: float = 1.0) -> tuple[QImage, bool]:
        """The picture for ``url`` now, and whether it is final (False: a placeholder while
        it is being typeset; ``doc.formulas_ready`` is called when it is)."""
        parsed = parse_math_url(url)
        if parsed is None:
            return _blank(1, 1, dpr), True
        px = _pixel_size(font)
        result = self.result(parsed)
        if result is None:
            if self.worker.submit(*parsed):
                self._waiting.setdefault(parsed, weakref.WeakSet()).add(doc)
                self._timer.start()
                return _blank(max(1, int(px)), max(1, int(px)), dpr), False
            result = "Too many formulas waiting to be typeset"
            self._store(parsed, result)
        x_height = QFontMetricsF(font).xHeight()
        key = (url, round(px, 2), color.rgba(), dpr, x_height)
        image = self._images.get(key)
        if image is None:
            if isinstance(result, MathSvg):
                image = _draw_svg(result, px, color, dpr, x_height, display=parsed[1])
            else:
                image = _draw_source(source_markup(parsed[0], "$$" if parsed[1] else "$"),
                                     font, color, dpr)
            self._images[key] = image
            if len(self._images) > MAX_IMAGES:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image, True

    def result(self, key: Key) -> Result | None:
        result = self._results.get(key)
        if result is not None:
            self._results.move_to_end(key)
        return result

    def state(self, url: str) -> Result | None:
        """The typeset result of ``url`` (None while pending or unknown)."""
        parsed = parse_math_url(url)
        return self._results.get(parsed) if parsed else None

    def error(self, url: str) -> str | None:
        result = self.state(url)
        return result if isinstance(result, str) else None

    @property
    def busy(self) -> bool:
        """Formulas are being typeset or not yet handed to their documents."""
        return self.worker.busy or bool(self._arrived)

    def poll(self) -> None:
        """Collect typeset formulas (every :data:`POLL_MS`, which keeps the worker fed) and
        hand them to the documents waiting for them at most every :data:`APPLY_S`: each
        hand-over lays out part of a document, whose cost grows with the message's length
        whatever the number of formulas, so fewer and bigger batches cost less."""
        done = self.worker.poll()
        for key, result in done:
            self._store(key, result)
            for doc in self._waiting.pop(key, ()):
                self._arrived.setdefault(doc, set()).add(math_url(*key))
        busy = self.worker.busy
        now = time.monotonic()
        if self._arrived and (not busy or now - self._applied >= APPLY_S):
            self._applied = now
            arrived, self._arrived = self._arrived, weakref.WeakKeyDictionary()
            for doc, urls in list(arrived.items()):
                doc.formulas_ready(urls)
        if not busy and not self._arrived:
            self._timer.stop()

    def _store(self, key: Key, result: Result) -> None:
        self._results[key] = result
        if len(self._results) > MAX_SVGS:
            self._results.popitem(last=False)


class FormulaDocument(QTextDocument):
    """A document whose ``ava-math:`` images are typeset by :func:`math_images`.

    Call :meth:`load_formula` from ``loadResource``. Finished pictures become the document's
    own resources, so Qt lays out and paints them without calling Python (it asks for an
    image ~5 times per paint otherwise). A formula still being typeset when its text goes
    in gets a QTextCursor in front of it (Qt moves cursors with every edit); when its picture
    arrives only the blocks showing it are laid out again: an arrival never scans the
    document, and settled text is never re-rendered.
    """

    math_color = QColor("black")
    math_dpr = 0.0  # 0: the screen's

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, list[QTextCursor]] = {}
        self._loaded: set[str] = set()  # urls that have a resource (maybe a placeholder)
        self._ready: set[str] = set()  # urls whose resource is the final picture
        self._tips: list[tuple[QTextCursor, str]] = []
        self.contentsChange.connect(self._changed)

    def clear(self) -> None:
        super().clear()  # also drops the resources
        self._pending.clear()
        self._loaded.clear()
        self._ready.clear()
        self._tips.clear()

    def load_formula(self, name: QUrl) -> QImage:
        url = name.toString()
        dpr = self.math_dpr or QGuiApplication.primaryScreen().devicePixelRatio()
        image, final = math_images().image(self, url, self.defaultFont(), self.math_color, dpr)
        self.addResource(IMAGE, name, image)
        self._loaded.add(url)
        if final:
            self._ready.add(url)
            if url in self._pending:  # failed at once (queue full): say so, but not now
                QTimer.singleShot(0, self, lambda: self.formulas_ready({url}))
        return image

    def restyle_formulas(self, relayout: bool = True) -> None:
        """Forget pictures drawn for another font size, colour or pixel ratio."""
        for url in self._loaded:
            self.addResource(IMAGE, QUrl(url), None)  # an invalid resource: asked again
        self._loaded.clear()
        self._ready.clear()
        if relayout:
            self.markContentsDirty(0, self.characterCount())

    def formulas_ready(self, urls: set[str]) -> None:
        """Typeset: the placeholder goes, the blocks that show these formulas are laid out
        again (nearby ones in one pass), a failed one gets its error as tooltip."""
        images = math_images()
        blocks: dict[int, tuple[int, int]] = {}  # number -> (position, end)
        for url in urls:
            if url in self._loaded and url not in self._ready:
                self.addResource(IMAGE, QUrl(url), None)
                self._loaded.discard(url)
            error = images.error(url)
            for cursor in self._pending.pop(url, ()):
                position = cursor.position()
                if _image_at(self, position) != url:
                    continue
                if error:
                    self._tips.append((cursor, error))
                block = self.findBlock(position)
                blocks[block.blockNumber()] = (block.position(),
                                               block.position() + block.length())
        for start, end in _merged(sorted(blocks.items())):
            self.markContentsDirty(start, end - start)
        if self._tips:
            self._apply_tips()

    # -- internals ------------------------------------------------------------------------
    def _changed(self, position: int, removed: int, added: int) -> None:
        """Edits move tracked cursors; those inside the new text are re-found below. A pure
        insertion moves cursors without collapsing any, so they are not even looked at."""
        end = position + added
        if self._pending and removed:
            for url, cursors in list(self._pending.items()):
                kept = [c for c in cursors if not position <= c.position() < end
                        and (c.position() != end or _image_at(self, end) == url)]
                if kept:
                    self._pending[url] = kept
                else:
                    del self._pending[url]
        if not added:
            return
        probe = QTextCursor(self)
        probe.setPosition(position)
        probe.setPosition(min(end, self.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        if OBJECT_CHAR not in probe.selectedText():
            return
        images = math_images()
        for hit in objects(self, position, end):
            fmt = hit.charFormat()
            url = fmt.toImageFormat().name() if fmt.isImageFormat() else ""
            if not url.startswith(MATH_PREFIX) or url in self._ready:
                continue
            result = images.state(url)
            if result is None or url in self._loaded:  # typeset later / a placeholder here
                mark = QTextCursor(self)
                mark.setPosition(hit.selectionStart())
                self._pending.setdefault(url, []).append(mark)
            elif isinstance(result, str) and fmt.toolTip() != result:
                mark = QTextCursor(self)
                mark.setPosition(hit.selectionStart())
                if not self._tips:  # not while Qt reports a change: edits wait a turn
                    QTimer.singleShot(0, self, self._apply_tips)
                self._tips.append((mark, result))

    def _apply_tips(self) -> None:
        tips, self._tips = self._tips, []
        for cursor, error in tips:
            position = cursor.position()
            if not _image_at(self, position).startswith(MATH_PREFIX):
                continue
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            if cursor.charFormat().toolTip() != error:
                tip = QTextCharFormat()
                tip.setToolTip(error)
                cursor.mergeCharFormat(tip)


def _merged(blocks: list[tuple[int, tuple[int, int]]]) -> Iterator[tuple[int, int]]:
    """(start, end) ranges covering the given (number, (start, end)) blocks, one range for
    blocks at most :data:`MERGE_BLOCKS` apart (a few more blocks laid out cost less than
    another pass over the frame)."""
    if not blocks:
        return
    last, (start, end) = blocks[0]
    for number, (b_start, b_end) in blocks[1:]:
        if number - last > MERGE_BLOCKS:
            yield start, end
            start = b_start
        last, end = number, b_end
    yield start, end


def _image_at(doc: QTextDocument, position: int) -> str:
    """The image name of the character at ``position`` ("" when it is not an image)."""
    if doc.characterAt(position) != OBJECT_CHAR:
        return ""
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat()
    return fmt.toImageFormat().name() if fmt.isImageFormat() else ""


def _pixel_size(font: QFont) -> float:
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * 96 / 72 if font.pointSizeF() > 0 else 16.0


def _blank(width: int, height: int, dpr: float) -> QImage:
    image = QImage(max(1, int(width * dpr)), max(1, int(height * dpr)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDevicePixelRatio(dpr)
    return image


def _draw_svg(m: MathSvg, px: float, color: QColor, dpr: float, x_height: float,
              display: bool) -> QImage:
    scale = px * MATH_SCALE / REFERENCE_SIZE
    width, ascent, depth = m.width * scale, m.ascent * scale, (m.height - m.ascent) * scale
    shrink = min(1.0, MAX_IMAGE_SIDE / max(1.0, width * dpr, (ascent + depth) * dpr))
    width, ascent, depth = width * shrink, ascent * shrink, depth * shrink
    # Qt: a "middle" image's ascent is (H + x/2) / 2; pad so our baseline sits on the line's.
    delta = depth - ascent + x_height / 2
    top, bottom = (delta, 0.0) if delta > 0 else (0.0, -delta)
    height = top + ascent + depth + bottom
    image = _blank(int(width + 1.5), int(height + 1.5), dpr)
    svg = m.svg.replace('fill="black"', f'fill="{color.name()}"')
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, top, width, ascent + depth))
    painter.end()
    return image


def _draw_source(text: str, font: QFont, color: QColor, dpr: float) -> QImage:
    """A formula that failed: its source in monospace (the tooltip says why)."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(font.pointSizeF() if font.pointSizeF() > 0 else 10)
    shown = text if len(text) <= 160 else text[:159] + "…"
    shown = shown.replace("\n", " ")
    metrics = QFontMetricsF(mono)
    image = _blank(int(metrics.horizontalAdvance(shown) + 2), int(metrics.height() + 1), dpr)
    painter = QPainter(image)
    painter.setFont(mono)
    muted = QColor(color)
    muted.setAlphaF(0.8)
    painter.setPen(muted)
    painter.drawText(QRectF(1, 0, image.width() / dpr, image.height() / dpr),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
    painter.end()
    return image


_shared: MathImages | None = None


def math_images() -> MathImages:
    """The app's one formula cache and worker (created on first use)."""
    global _shared
    if _shared is None:
        _shared = MathImages()
        atexit.register(_shared.worker.close)
    return _shared


def objects(doc: QTextDocument, start: int, end: int, backward: bool = False
            ) -> Iterator[QTextCursor]:
    """Cursors selecting each object character in [start, end), nearest ``start`` first
    (from ``end`` down when ``backward``)."""
    hit = QTextCursor(doc)
    hit.setPosition(end if backward else start)
    flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
    while not (hit := doc.find(OBJECT_CHAR, hit, flags)).isNull():
        if not start <= hit.selectionStart() < end:
            return
        yield hit


def image_name(cursor: QTextCursor) -> str:
    """The image name of the character ``cursor`` selects ("" when it is not an image)."""
    fmt = cursor.charFormat()
    return fmt.toImageFormat().name() if fmt.isImageFormat() else ""
