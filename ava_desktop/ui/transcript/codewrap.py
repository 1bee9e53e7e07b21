"""Wrapping of long code lines, per code block: on by default, off by the block's link.

A code block is a ``<pre style="white-space:pre-wrap">``: its lines wrap inside the block,
so a long line never widens the transcript and the block's Copy stays in view. Its
``ava:wrap-code/KEY/N`` link turns wrapping off (the line then scrolls the transcript
sideways, as asked) and on again. In Qt's document the only difference between ``pre`` and
``pre-wrap`` is the blocks' ``nonBreakableLines``, so a toggle changes that in place (no
re-render, so it works while the answer streams) and :func:`apply_nowrap` gives a later
render of the message the same state.
"""

from __future__ import annotations

import html
from collections.abc import Collection

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrame

from ava_desktop.core.labels import LABELS
from ava_desktop.core.markdown.markup import WRAP_HREF_PREFIX

_WRAPPING_PRE = '<pre style="white-space:pre-wrap">'


def apply_nowrap(fragment: str, key: int, nowrap: Collection[int]) -> str:
    """``fragment`` (its links numbered for message ``key``) with blocks in ``nowrap``
    unwrapped, as :func:`toggle` leaves them in the document."""
    for index in nowrap:
        link = f'href="{WRAP_HREF_PREFIX}{key}/{index}">{html.escape(LABELS.no_wrap)}</a>'
        at = fragment.find(link)
        pre = fragment.find(_WRAPPING_PRE, at) if at >= 0 else -1
        if pre < 0:
            continue
        unwrapped = link.replace(html.escape(LABELS.no_wrap), html.escape(LABELS.wrap))
        fragment = (fragment[:at] + unwrapped
                    + fragment[at + len(link) : pre] + "<pre>"
                    + fragment[pre + len(_WRAPPING_PRE) :])
    return fragment


def toggle(doc: QTextDocument, frame: QTextFrame, href: str) -> bool | None:
    """Flip wrapping of the code block whose link is ``href`` inside ``frame``; returns
    whether it wraps now (None: no such block)."""
    cursor = _anchor(doc, frame, href)
    table = cursor.currentTable() if cursor is not None else None
    if cursor is None or table is None or table.rows() < 2:
        return None
    wraps = cursor.selectedText() != LABELS.no_wrap  # the link says what a click does
    cursor.beginEditBlock()
    fmt = cursor.charFormat()
    cursor.insertText(LABELS.no_wrap if wraps else LABELS.wrap, fmt)
    cell = table.cellAt(1, 0)
    block = cell.firstCursorPosition().block()
    end = cell.lastCursorPosition().position()
    while block.isValid() and block.position() <= end:
        edit = QTextCursor(block)
        blockformat = block.blockFormat()
        blockformat.setNonBreakableLines(not wraps)
        edit.setBlockFormat(blockformat)
        block = block.next()
    cursor.endEditBlock()
    return wraps


def _anchor(doc: QTextDocument, frame: QTextFrame, href: str) -> QTextCursor | None:
    """A cursor selecting the text of the anchor ``href`` within ``frame``."""
    block = doc.findBlock(frame.firstPosition())
    while block.isValid() and block.position() <= frame.lastPosition():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(frag.position())
                cursor.setPosition(frag.position() + frag.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                return cursor
            it += 1
        block = block.next()
    return None
