"""Formula images for rich-text documents: ziamath's SVG drawn by Qt's SVG renderer.

A document asks for ``ava-math:`` resources while it lays out (``loadResource``); the name
carries the formula (see core/markdown/math.py), so nothing but our renderer can fill it.
The LaTeX -> SVG step runs in a child process (core's MathWorker, with a time budget); until
its answer arrives the document gets a blank placeholder, then the blocks holding that image
are re-laid out. Images are drawn for the document's font size (zoom included), text colour
and device pixel ratio, cached by those and the source. Inline formulas sit on the text's
baseline: Qt centres a ``vertical-align: middle`` image half an x-height above the baseline,
so the picture is padded until its own baseline lands on the text's.
"""

from __future__ import annotations

import atexit
import weakref
from collections import OrderedDict

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from ava_desktop.core.markdown.math import math_url, parse_math_url, source_markup
from ava_desktop.core.markdown.mathsvg import REFERENCE_SIZE, MathSvg
from ava_desktop.core.markdown.mathworker import Key, MathWorker, Result

POLL_MS = 15
MAX_SVGS = 2000
MAX_IMAGES = 600
MAX_IMAGE_SIDE = 4000  # device pixels; larger formulas are drawn smaller
MATH_SCALE = 1.1  # STIX Two Math's x-height is smaller than a UI sans font's
OBJECT_CHAR = "\ufffc"


class MathImages(QObject):
    """Shared by every document of the app (see :func:`math_images`)."""

    def __init__(self, worker: MathWorker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker or MathWorker()
        self._results: OrderedDict[Key, Result] = OrderedDict()
        self._images: OrderedDict[tuple, QImage] = OrderedDict()
        self._waiting: dict[Key, weakref.WeakSet[QTextDocument]] = {}
        self._tips: set[tuple[int, str]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    # -- what documents call -----------------------------------------------------------
    def image(self, doc: QTextDocument, url: str, font: QFont, color: QColor,
              dpr: float = 1.0) -> QImage:
        """The picture for ``url`` now (a placeholder while it is being typeset)."""
        parsed = parse_math_url(url)
        px = _pixel_size(font)
        if parsed is None:
            return _blank(1, 1, dpr)
        result = self.result(parsed)
        if result is None:
            self._waiting.setdefault(parsed, weakref.WeakSet()).add(doc)
            if not self.worker.submit(*parsed):
                self._store(parsed, "Too many formulas waiting to be typeset")
            self._timer.start()
            return _blank(max(1, int(px)), max(1, int(px)), dpr)
        key = (url, round(px, 2), color.rgba(), dpr, QFontMetricsF(font).xHeight())
        image = self._images.get(key)
        if image is None:
            if isinstance(result, MathSvg):
                image = _draw_svg(result, px, color, dpr, QFontMetricsF(font).xHeight(),
                                  display=parsed[1])
            else:
                image = _draw_source(source_markup(parsed[0], "$$" if parsed[1] else "$"),
                                     font, color, dpr)
                self._tip_later(doc, url)
            self._images[key] = image
            if len(self._images) > MAX_IMAGES:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image

    def _tip_later(self, doc: QTextDocument, url: str) -> None:
        """The error tooltip of a formula that failed before this document showed it (not
        during layout, which is when this is called)."""
        tag = (id(doc), url)
        if tag in self._tips:
            return
        self._tips.add(tag)
        ref = weakref.ref(doc)

        def apply() -> None:
            self._tips.discard(tag)
            target = ref()
            if target is not None:
                refresh(target, {url}, self, relayout=False)

        QTimer.singleShot(0, apply)

    def result(self, key: Key) -> Result | None:
        result = self._results.get(key)
        if result is not None:
            self._results.move_to_end(key)
        return result

    def error(self, url: str) -> str | None:
        parsed = parse_math_url(url)
        result = self._results.get(parsed) if parsed else None
        return result if isinstance(result, str) else None

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def poll(self) -> None:
        """Collect typeset formulas and re-lay out the documents that show them."""
        done = self.worker.poll()
        for key, result in done:
            self._store(key, result)
        if not self.worker.busy:
            self._timer.stop()
        by_doc: dict[QTextDocument, set[str]] = {}
        for key, _result in done:
            for doc in self._waiting.pop(key, ()):
                by_doc.setdefault(doc, set()).add(math_url(*key))
        for doc, urls in by_doc.items():
            refresh(doc, urls, self)

    def _store(self, key: Key, result: Result) -> None:
        self._results[key] = result
        if len(self._results) > MAX_SVGS:
            self._results.popitem(last=False)


def refresh(doc: QTextDocument, urls: set[str], images: MathImages,
            relayout: bool = True) -> None:
    """Re-lay out every image of ``urls`` in ``doc``; a failed one gets its error as tooltip."""
    cursor = QTextCursor(doc)
    while True:
        cursor = doc.find(OBJECT_CHAR, cursor)
        if cursor.isNull():
            return
        fmt = cursor.charFormat()
        if not fmt.isImageFormat():
            continue
        name = fmt.toImageFormat().name()
        if name not in urls:
            continue
        error = images.error(name)
        if error and fmt.toolTip() != error:
            tip = QTextCharFormat()
            tip.setToolTip(error)
            cursor.mergeCharFormat(tip)
        if relayout:
            doc.markContentsDirty(cursor.selectionStart(), 1)


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
