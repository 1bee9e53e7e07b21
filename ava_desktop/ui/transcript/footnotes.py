"""A footnote reference's link (``ava:footnote/KEY/N``): to note N, in the list that ends
its message (``core/markdown/footnotes.py``), brought to the middle of the view.

The note is found by what it is, not by an anchor name: a paragraph whose first fragment
is its number in superscript (a reference there is a link: not a note), searched from the
message's end, where the list is. A note not streamed in yet is not there: nothing moves.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextFrame
from PySide6.QtWidgets import QTextEdit

from ava_desktop.ui.find_highlight import centre

SUPERSCRIPT = QTextCharFormat.VerticalAlignment.AlignSuperScript


def note_block(frame: QTextFrame, number: int) -> QTextBlock | None:
    """The paragraph of note ``number`` in the message drawn in ``frame``, or None."""
    doc = frame.document()
    block = doc.findBlock(frame.lastPosition())
    while block.isValid() and block.position() >= frame.firstPosition():
        it = block.begin()
        if not it.atEnd():
            first = it.fragment()
            fmt = first.charFormat()
            if (first.text() == str(number) and fmt.verticalAlignment() == SUPERSCRIPT
                    and not fmt.isAnchor()):
                return block
        block = block.previous()
    return None


def show_footnote(view: QTextEdit, frame: QTextFrame, number: int) -> bool:
    """Put the caret at note ``number`` and scroll it to the middle; False if it is not
    (yet) there."""
    block = note_block(frame, number)
    if block is None:
        return False
    cursor = QTextCursor(block)
    view.setTextCursor(cursor)
    centre(view, cursor)
    return True


__all__ = ["note_block", "show_footnote"]
