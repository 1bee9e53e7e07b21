"""A streaming message in the transcript: settled HTML appended once, a live tail replaced
on every flush (``core/markdown/stream.py`` says which is which).

When the stream ends, the tail settles and the result equals a full render (``_insert_blocks``
sees to that), so none is needed. Only the last message ever streams, so the positions of
earlier frames stay valid.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from ava_desktop.core import markdown
from ava_desktop.ui.transcript.lazy import FIRST_TAG, STARTS_OWN_BLOCK
from ava_desktop.ui.transcript.message import ViewMessage, header_html, number_code_links

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument, QTextFrame


class LiveTail:
    """The transcript's streaming methods (a mixin of ``TranscriptView``)."""

    _messages: list[ViewMessage]
    _frames: list[QTextFrame]
    _follow: bool
    _dark: bool
    _scratch: QTextDocument
    _stream: markdown.StreamingMarkdown | None
    _tail_start: int
    _body_start: int

    def begin_stream(self, index: int) -> None:
        """The message at ``index`` (the last one) starts receiving deltas."""
        self._stream = markdown.StreamingMarkdown(dark=self._dark)
        self._forget([self._messages[index].key])
        frame = self._frames[index]
        cursor = self._frame_cursor(frame)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())  # not the removed footer's, see _write_frame
        cursor.insertHtml(header_html(self._messages[index]))
        self._body_start = self._tail_start = cursor.position()
        self.set_status(index, "…")

    def set_status(self, index: int, text: str) -> None:
        """A placeholder in the tail until the first text arrives (loading, waiting)."""
        if self._stream is not None and not self._stream.text:
            note = f'<p class="meta">{html.escape(text)}</p>'
            self._apply(index, markdown.RenderUpdate("", note))

    def stream_append(self, index: int, delta: str) -> None:
        """Show ``delta`` (already coalesced by the caller, already in the message's node)
        at the end of the message."""
        if self._stream is not None:
            self._apply(index, self._stream.append(delta))

    def finish_stream(self, index: int) -> None:
        """The stream ended: settle the tail and add the footer; the body is not re-rendered
        (the settled HTML plus the finished tail equal a full render)."""
        stream, self._stream = self._stream, None
        message = self._messages[index]
        if stream is None or stream.text != message.content or message.reasoning:
            self._write_frame(index)  # reasoning goes above the answer: one full render
            return
        self._apply(index, stream.finish())
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._frames[index].lastPosition())
        self._insert_blocks(cursor, self._footer(index))
        if self._follow:
            self.scroll_to_bottom()

    def _apply(self, index: int, update: markdown.RenderUpdate) -> None:
        """Append newly settled HTML once and replace the live tail."""
        message = self._messages[index]
        following = self._follow
        cursor = QTextCursor(self.document())
        # One edit block: Qt rescans every frame of the document (O(whole transcript)) and
        # re-lays out once per block, not per remove/insert: -25% per flush at 100k tokens.
        cursor.beginEditBlock()
        if update.reset:
            self._tail_start = self._body_start
        cursor.setPosition(self._tail_start)
        # Removing the old tail merges its blocks into the one it starts in, which then takes
        # the format of the last one (a rule, a quote): keep the format that block had.
        kept = cursor.blockFormat()
        cursor.setPosition(self._frames[index].lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(kept)
        if update.new_settled_html:
            self._insert_blocks(cursor, number_code_links(update.new_settled_html, message.key,
                                                          message.nowrap_code))
            self._tail_start = cursor.position()
        if update.tail_html:
            self._insert_blocks(cursor, number_code_links(update.tail_html, message.key,
                                                          message.nowrap_code))
        cursor.endEditBlock()
        if following:
            self.scroll_to_bottom()

    def _insert_blocks(self, cursor: QTextCursor, fragment: str) -> None:
        """Insert block-level HTML after the block the cursor ends, as a full render would.

        ``insertHtml`` merges a leading paragraph into the current block and drops its block
        format (heading level, quote margins), while lists and tables start new blocks by
        themselves. So a paragraph-like start gets a fresh block whose format is then taken
        from the fragment's first element, parsed alone in a scratch document.
        """
        fragment = fragment.strip()
        match = FIRST_TAG.match(fragment)
        tag = match.group(1).lower() if match else "p"
        if tag in STARTS_OWN_BLOCK:
            cursor.insertHtml(fragment)
            return
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(fragment)
        end = fragment.find(f"</{tag}>")
        self._scratch.setHtml(fragment if end < 0 else fragment[: end + len(tag) + 3])
        fix = QTextCursor(self.document())
        fix.setPosition(start)
        first = self._scratch.begin()
        fix.setBlockFormat(first.blockFormat())
        fix.setBlockCharFormat(first.charFormat())
