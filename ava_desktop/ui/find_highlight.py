"""Every match of a search in a text view, as extra selections: they are painted over the
document without changing it (its toHtml and the stored messages stay as they were).

Formulas count as their LaTeX source (see math_find), so a formula whose source holds the
needle is one match, highlighted as its image.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ava_desktop.core.markdown.mathurl import parse_math_url
from ava_desktop.ui.math_images import image_name, objects

LIMIT = 1000  # matches counted and highlighted; beyond it the count says "1000+"

# (every match, the current one) backgrounds: yellow and orange, as browsers do
_LIGHT = (QColor("#fde68a"), QColor("#f59e0b"))
_DARK = (QColor("#6b5b12"), QColor("#d97706"))


def find_all(doc: QTextDocument, needle: str, limit: int = LIMIT + 1) -> list[QTextCursor]:
    """Up to ``limit`` matches of ``needle`` (case-insensitive) in document order, text and
    formulas' sources together."""
    if not needle:
        return []
    hits: list[QTextCursor] = []
    cursor = QTextCursor(doc)
    while len(hits) < limit and not (cursor := doc.find(needle, cursor)).isNull():
        hits.append(QTextCursor(cursor))
    end = hits[-1].selectionStart() if len(hits) >= limit else doc.characterCount()
    wanted = needle.casefold()
    formulas = []
    for hit in objects(doc, 0, end):
        parsed = parse_math_url(image_name(hit))
        if parsed and wanted in parsed[0].casefold():
            formulas.append(QTextCursor(hit))
    if formulas:
        hits = sorted(hits + formulas, key=lambda c: c.selectionStart())[:limit]
    return hits


def index_of(matches: list[QTextCursor], cursor: QTextCursor) -> int | None:
    """The position of the match ``cursor`` selects in ``matches`` (None: not one of them)."""
    starts = [m.selectionStart() for m in matches]
    i = bisect_left(starts, cursor.selectionStart())
    if i < len(matches) and starts[i] == cursor.selectionStart():
        return i
    return None


def colours(view: QTextEdit) -> tuple[QColor, QColor]:
    """The backgrounds for the view's theme (a dark base gets the darker pair)."""
    dark = view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return _DARK if dark else _LIGHT


def highlight(view: QTextEdit, matches: list[QTextCursor], current: int | None) -> None:
    """Paint every match, ``current`` stronger; an empty list clears the highlights."""
    every, strong = colours(view)
    selections = []
    for i, match in enumerate(matches[:LIMIT]):
        selection = QTextEdit.ExtraSelection()
        selection.cursor = match
        fmt = QTextCharFormat()
        fmt.setBackground(strong if i == current else every)
        if i == current:
            fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        selections.append(selection)
    view.setExtraSelections(selections)


def centre(view: QTextEdit, cursor: QTextCursor) -> None:
    """Scroll so ``cursor`` sits in the middle of the viewport (as far as the range allows)."""
    rect = view.cursorRect(cursor)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.center().y() - view.viewport().height() // 2)
