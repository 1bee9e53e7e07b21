"""Drawing long answers piece by piece: what is on screen at once, the rest in idle time.

A long answer's frame gets its header and footer, then as many of its body pieces (see
``core/markdown/pieces.py``) as fill the screen, from the last one up: the end of an answer
is what a reader at the bottom sees. The others follow in slices of ``SLICE_S`` per
event-loop turn, the answer nearest to the screen first: from the top down (an answer above
the reader, scrolled back to: from its end up), where the view keeps the reader's place.
Drawn in any order, the document is the one a streamed answer gives (a test compares them).

The same idle slices bring earlier messages in when the reader is within a screen of the
top, so that scrolling up never waits for a large batch. Finding text and selecting all
(Ctrl+A, or the context menu's Select All) draw everything first: they must see the whole
answer; copying a selection draws first what is still waiting inside it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrame,
)

from ava_desktop.ui.transcript.frames import flatten
from ava_desktop.ui.transcript.message import ViewMessage, number_code_links

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar

    from ava_desktop.core.markdown.pieces import Piece

FIRST_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")
STARTS_OWN_BLOCK = frozenset({"ul", "ol", "table", "hr"})  # Qt starts a block for these itself
#: Idle work per event-loop turn: a frame's share, so scrolling stays at 60 fps.
SLICE_S = 0.006
#: Drawn at once when a long answer is (re)drawn: at most this long, or a screen's height.
AT_ONCE_S = 0.03


@dataclass
class _Backlog:
    frame: QTextFrame
    head: int  # characters from the frame's start to where the pieces still to draw go
    todo: list[Piece]  # still to draw, in document order
    nowrap: set[int]  # the message's code blocks with wrapping off (its own set)


class LazyBodies:
    _messages: list[ViewMessage]
    _frames: list[QTextFrame]
    _follow: bool
    _dark: bool
    _older: int
    _programmatic_scroll: bool
    _tail_start: int
    _body_start: int

    def _init_lazy(self) -> None:
        self._backlog: dict[int, _Backlog] = {}  # by message key
        self._filling_later = False
        self._idle = QTimer(self)  # type: ignore[arg-type]
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._idle_slice)

    def _write_pieces(self, index: int, head: str, pieces: tuple[Piece, ...],
                      footer: str) -> None:
        """Start a long answer in its empty frame: header and footer; pieces come from
        :meth:`_fill_screen` and idle slices."""
        message, frame = self._messages[index], self._frames[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.insertHtml(head)
        entry = _Backlog(frame, cursor.position() - frame.firstPosition(), list(pieces),
                         message.nowrap_code)
        self._insert_blocks(cursor, footer)
        self._backlog[message.key] = entry
        self._schedule_idle()

    def _fill_bottom_up(self) -> None:
        """After drawing a whole transcript (opening it, a theme change): fill the screen
        from the bottom, the last long answers first, within one budget."""
        started = time.perf_counter()
        keys = sorted(self._backlog, key=lambda k: self._backlog[k].frame.firstPosition())
        top = self.verticalScrollBar().value()
        layout = self.document().documentLayout()
        for key in reversed(keys):
            if layout.frameBoundingRect(self._backlog[key].frame).bottom() < top:
                break  # above the screen: idle slices
            self._fill_screen(key, started)
            if time.perf_counter() - started > AT_ONCE_S:
                break
            top = self.verticalScrollBar().value()

    def _fill_screen(self, key: int, started: float | None = None) -> None:
        """Draw the pieces of the answer ``key`` that fill a screen (from its end), at once."""
        entry = self._backlog.get(key)
        if entry is None:
            return
        started = time.perf_counter() if started is None else started
        layout = self.document().documentLayout()
        screen = self.viewport().height() * 1.5  # scrolling up a little stays in what is drawn
        while entry.todo and time.perf_counter() - started < AT_ONCE_S and (
                layout.frameBoundingRect(entry.frame).height() < screen):
            self._insert_piece(key, entry)
        if not entry.todo:
            del self._backlog[key]

    def _insert_piece(self, key: int, entry: _Backlog, *, first: bool = False) -> None:
        """The last piece still to draw (or the ``first``) where the drawn ones meet; an
        insertion above the screen moves the scroll bar by as much, so what the reader sees
        stays still."""
        doc = self.document()
        layout = doc.documentLayout()
        bar: QScrollBar = self.verticalScrollBar()
        position = entry.frame.firstPosition() + entry.head
        # above the middle of the screen: keep still what is below it (what is being read)
        middle = bar.value() + self.viewport().height() / 2
        above = layout.blockBoundingRect(doc.findBlock(position)).bottom() < middle
        height, size = layout.documentSize().height(), doc.characterCount()
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.beginEditBlock()
        piece = entry.todo.pop(0 if first else -1)
        fragment = number_code_links(piece.html(self._dark), key, entry.nowrap).strip()
        match = FIRST_TAG.match(fragment)
        if not fragment:
            pass  # an empty list of footnotes (references without definitions)
        elif match and match.group(1).lower() in STARTS_OWN_BLOCK:
            # before other blocks Qt would merge a list's first item into the block before:
            # insert into a block of its own, then drop the empty one Qt leaves in front
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            start = cursor.position()
            cursor.insertHtml(fragment)
            join = QTextCursor(doc)
            join.setPosition(start)
            join.deletePreviousChar()
        else:
            self._insert_blocks(cursor, fragment)
        if piece.joins_next:  # parts of one huge table: no gap between them
            flatten(cursor)
        cursor.endEditBlock()
        grown = doc.characterCount() - size
        if first:
            entry.head += grown
        if position <= self._body_start:
            self._body_start += grown
            self._tail_start += grown
        if above and not self._follow:
            self._programmatic_scroll = True
            bar.setValue(bar.value() + round(layout.documentSize().height() - height))
            self._programmatic_scroll = False

    def _forget(self, keys: object = None) -> None:
        """Drop the backlog of these message keys (all when None): their frames are gone
        or drawn anew."""
        if keys is None:
            self._backlog.clear()
        else:
            for key in keys:  # type: ignore[attr-defined]
                self._backlog.pop(key, None)

    def finish_rendering(self, key: int | None = None) -> None:
        """Draw everything still waiting (before a search, select-all, tests), or only the
        message ``key``'s (before an edit in place: offsets must stay right)."""
        for each, entry in list(self._backlog.items()):
            if key is None or each == key:
                while entry.todo:
                    self._insert_piece(each, entry, first=True)
                del self._backlog[each]

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy or drag: the pieces still waiting inside the selection are drawn first. A
        mouse drag over a long answer can span the place where they go, and what is copied
        must be the whole of what was selected, not the drawn parts around a gap."""
        self._draw_selected()
        return super().createMimeDataFromSelection()  # type: ignore[misc]

    def _draw_selected(self) -> None:
        """Where the waiting pieces go strictly inside the selection, Qt's cursor takes in
        what is inserted there; at either end it would not be the reader's (a drag started
        just below the gap, or ended just above it), so those wait."""
        cursor: QTextCursor = self.textCursor()  # type: ignore[attr-defined]
        if not self._backlog or not cursor.hasSelection():
            return
        for key, entry in list(self._backlog.items()):  # the cursor follows each insert
            if cursor.selectionStart() < entry.frame.firstPosition() + entry.head < (
                    cursor.selectionEnd()):
                self.finish_rendering(key)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Qt's menu, its Select All drawing everything first (the menu calls the C++ slot,
        past any override of ``selectAll``)."""
        menu = self.createStandardContextMenu(event.pos())  # type: ignore[attr-defined]
        for action in menu.actions():
            if action.objectName() == "select-all":
                action.triggered.connect(self._select_everything)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())  # as Qt's own: no nested event loop

    def _select_everything(self) -> None:
        self.finish_rendering()
        self.selectAll()  # type: ignore[attr-defined]

    @property
    def rendering(self) -> bool:
        """Whether pieces of answers are still waiting to be drawn."""
        return bool(self._backlog)

    def _schedule_idle(self) -> None:
        if not self._idle.isActive() and (self._backlog or self._wants_older()):
            self._idle.start()

    def _wants_older(self) -> bool:
        return bool(self._older) and (
            self.verticalScrollBar().value() < self.viewport().height())

    def _idle_slice(self) -> None:
        """One slice of idle work: pieces nearest to the screen, else earlier messages."""
        started = time.perf_counter()
        layout = self.document().documentLayout()
        middle = self.verticalScrollBar().value() + self.viewport().height() / 2
        while self._backlog and time.perf_counter() - started < SLICE_S:
            key = self._nearest()
            entry = self._backlog[key]
            # an answer above the reader grows upwards from its end, the others downwards
            above = layout.frameBoundingRect(entry.frame).bottom() < middle
            self._insert_piece(key, entry, first=not above)
            if not entry.todo:
                del self._backlog[key]
        if not self._backlog and self._wants_older():
            older = self._older
            self.olderRequested.emit()
            if self._older == older:
                return  # nobody brings them (a view without a tab): do not spin
        self._schedule_idle()

    def _nearest(self) -> int:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        layout = self.document().documentLayout()

        def distance(key: int) -> float:
            rect = layout.frameBoundingRect(self._backlog[key].frame)
            return max(0.0, rect.top() - bottom, top - rect.bottom())
        return min(self._backlog, key=distance)
