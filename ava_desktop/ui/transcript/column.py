"""A readable line length: on wide windows the transcript is a centred column of about
``CHARS`` characters of its font; on narrow ones it takes the whole width.

Why viewport margins (and not the root frame's margins): the document then is exactly as wide
as the column, so a wide window's resize changes no line and costs no relayout, and nothing
that works in viewport coordinates (actions bar, quote bars, find, follow) needs to know.
The sides belong to the scroll area itself: :func:`fill_sides` paints them in the
transcript's base colour and the view hands wheel events over them to the viewport.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QStyle, QTextEdit

CHARS = 90  # the measure of a line, in average characters of the transcript's font: about
# 80 of prose (the font's average is wider than most text), and ~75 of code before it wraps
FRAME_PADDING = 10  # a message frame's padding (view.py, _frame_format), both sides


def column_width(view: QTextEdit) -> int:
    """The widest the viewport gets: CHARS characters of the document's font plus the
    document margin and a message's padding, both sides (it follows zoom)."""
    doc = view.document()
    chars = CHARS * QFontMetricsF(doc.defaultFont()).averageCharWidth()
    return math.ceil(chars + 2 * doc.documentMargin() + 2 * FRAME_PADDING)


def side_margins(view: QTextEdit) -> tuple[int, int]:
    """Left and right viewport margins that centre the column in the space left of the
    vertical scroll bar (counted as shown: a long transcript is centred exactly)."""
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    room = view.width() - 2 * view.frameWidth() - bar
    spare = max(0, room - column_width(view))
    return spare // 2, spare - spare // 2


def update_column(view: QTextEdit) -> None:
    """Set the side margins for the view's current width and font (no-op when the same)."""
    left, right = side_margins(view)
    margins = view.viewportMargins()
    if (margins.left(), margins.right()) != (left, right):
        view.setViewportMargins(left, 0, right, 0)


def fill_sides(view: QTextEdit) -> None:
    """The sides (the scroll area outside its viewport) in the transcript's base colour."""
    view.setBackgroundRole(QPalette.ColorRole.Base)
    view.setAutoFillBackground(True)
