"""The bar at the left of a block quote, painted over the transcript.

Qt's rich text has no ``border-left``; the other way to draw one, a one-cell table per quote,
would be a frame, and the live tail of a streaming answer never holds a frame (see view.py):
the quote would look different while it streams. Qt marks every block of a ``<blockquote>``
with ``BlockQuoteLevel`` (1 however deep) and indents it by the style sheet's margin per
level, so the view paints one bar per level beside the visible quote blocks after Qt
painted the text: the same while streaming as after, and it costs
the few blocks on screen per paint.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QTextBlock, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from ava_desktop.core.markdown.markup import QUOTE_INDENT_PX

BAR_WIDTH = 3.0
_LEVEL = QTextFormat.Property.BlockQuoteLevel


def quote_level(block: QTextBlock) -> int:
    """How deep a quote ``block`` is in (0: none)."""
    if not block.isValid() or not block.blockFormat().intProperty(_LEVEL):
        return 0
    return max(1, round(block.blockFormat().leftMargin() / QUOTE_INDENT_PX))


def quote_bars(view: QTextEdit) -> list[QRectF]:
    """The bars for the quote blocks in view, in viewport coordinates.

    Positions come from the view's cursor rectangles: a block's layout is placed relative to
    its frame (a message, a table cell), not to the document.
    """
    width, bottom = view.viewport().width(), view.viewport().height()
    # the middle of the top line: at x=0 (the document margin) Qt's hit test answers the
    # document's first block
    block = view.cursorForPosition(QPoint(width // 2, 0)).block()
    block = block.previous() if block.previous().isValid() else block  # one partly in view
    # the last block in view, by one more hit test: placing every block on the way (a
    # cursor rectangle each, ~35 a screen) cost ~1 ms a paint; only quote blocks are placed
    last = view.cursorForPosition(QPoint(width // 2, bottom)).block()
    last_number = last.next().blockNumber() if last.next().isValid() else last.blockNumber()
    bars: list[QRectF] = []
    above = None  # the previous block's (bottom, quote depth) when it is a quote
    while block.isValid() and block.blockNumber() <= last_number:
        level = quote_level(block)
        lines = block.layout()
        if level > 0 and lines is not None and lines.lineCount():
            start = view.cursorRect(QTextCursor(block))
            step = block.blockFormat().leftMargin() / level
            # where the quote's margin starts: its text start (frames, padding and list
            # indents included) less the margin
            left = start.left() - level * step
            top = start.top() - lines.lineAt(0).y()
            height = lines.boundingRect().height()
            for depth in range(level):
                # joined to the bar of the block above when that block is as deep a quote
                joined = above is not None and above[1] > depth
                y = above[0] if joined else top
                bars.append(QRectF(left + depth * step + 1, y, BAR_WIDTH, top + height - y))
            above = (top + height, level)
        else:
            above = None
        block = block.next()
    return bars


def paint_quote_bars(view: QTextEdit) -> None:
    bars = quote_bars(view)
    if not bars:
        return
    dark = view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    painter = QPainter(view.viewport())
    color = QColor("#4b535d" if dark else "#c8d1da")
    for bar in bars:
        painter.fillRect(bar, color)
    painter.end()
