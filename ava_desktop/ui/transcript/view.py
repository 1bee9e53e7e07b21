"""The chat transcript: one QTextDocument, one frame per message, streaming into the tail.

Why one document: selection across messages and memory stay cheap, and Qt lays out only
the blocks that change. Only the last message ever changes while streaming, so positions of
earlier frames stay valid. A streaming message is two regions: settled HTML that is appended
once, and a live tail that is replaced on every flush; when the stream ends, the tail settles
and the result equals a full render, so none is needed (``live.py``).
Long conversations render their last messages first; earlier ones are prepended on demand.
Message frames sit in groups (``frames.py``: an edit costs O(group), not O(transcript)); a
long answer is drawn piece by piece, the screen first, the rest in idle time (``lazy.py``).

Model output is hostile: the view never loads a resource (see ``SafeDocument``),
never follows a link itself, and hands only ``http``/``https``/``mailto`` links to the system
browser. Internal actions use the ``ava:`` scheme.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QToolButton, QWidget

from ava_desktop.core import markdown
from ava_desktop.core.markdown.markup import stylesheet
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.transcript import codewrap, column
from ava_desktop.ui.transcript.actions_bar import MessageActions
from ava_desktop.ui.transcript.document import SafeDocument
from ava_desktop.ui.transcript.follow import FollowAndFind
from ava_desktop.ui.transcript.footnotes import show_footnote
from ava_desktop.ui.transcript.frames import append_frame, prepend_frames, remove_frames
from ava_desktop.ui.transcript.lazy import LazyBodies
from ava_desktop.ui.transcript.live import LiveTail
from ava_desktop.ui.transcript.message import (
    ViewMessage,
    footer_html,
    message_html,
    message_parts,
)
from ava_desktop.ui.transcript.quotes import paint_quote_bars

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class TranscriptView(FollowAndFind, LazyBodies, LiveTail, QTextBrowser):
    """Renders messages; emits ``action`` for ``ava:`` links and the message buttons
    (e.g. "copy", 3, "")."""

    action = Signal(str, int, str)  # verb, message id, argument
    olderRequested = Signal()
    typedAhead = Signal(QKeyEvent)
    externalLinkBlocked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._on_anchor)
        self._messages: list[ViewMessage] = []
        self._frames: list[QTextFrame] = []
        self._stream: markdown.StreamingMarkdown | None = None
        self._tail_start = 0
        self._body_start = 0
        self._older = 0  # earlier messages not rendered yet
        self._scratch = QTextDocument(self)  # parses a fragment's first block, see _insert_blocks
        self._next_key = 0
        self._follow = True
        self._programmatic_scroll = False
        self._init_lazy()
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)
        self._jump = QToolButton(self)
        self._jump.setText("↓ Jump to latest")
        self._jump.setObjectName("jumpToLatest")
        self._jump.setCursor(self.cursor())
        self._jump.hide()
        self._jump.clicked.connect(self.scroll_to_bottom)
        self.apply_theme()
        column.fill_sides(self)
        self.message_actions = MessageActions(self)  # the buttons of a message, see there

    # ----------------------------------------------------------------- look
    def apply_theme(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._dark = dark
        css = stylesheet(dark=dark)
        self.document().math_color = self.palette().color(QPalette.ColorRole.Text)
        self.document().restyle_formulas()
        self.document().setDefaultStyleSheet(css)
        self._scratch.setDefaultStyleSheet(css)

    def changeEvent(self, event: Any) -> None:
        """A new palette (light/dark): new colours for text, code and message frames."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            if dark != self._dark:
                self.apply_theme()
                if self._stream is None:
                    self.set_messages(list(self._messages), older=self._older)

    def set_font_size(self, points: float | None) -> None:
        font = QGuiApplication.font()
        if points:
            font.setPointSizeF(points)
        self.setFont(font)
        self.document().restyle_formulas(relayout=False)  # the new font lays out all
        self.document().setDefaultFont(font)
        column.update_column(self)  # the column is so many characters of this font

    def event(self, event: QEvent) -> bool:
        """Resizes set the readable column (column.py) before the viewport is laid out;
        the wheel over the sides beside it scrolls as over the text."""
        if event.type() == QEvent.Type.Resize:
            column.update_column(self)
        elif event.type() == QEvent.Type.Wheel:
            return self.viewportEvent(event)
        return super().event(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_jump_button()

    @property
    def messages(self) -> list[ViewMessage]:
        return self._messages

    def frame(self, index: int) -> QTextFrame | None:
        """The frame message ``index`` is drawn in (None while it is being added)."""
        return self._frames[index] if 0 <= index < len(self._frames) else None

    def index_of_key(self, key: int) -> int | None:
        return next((i for i, m in enumerate(self._messages) if m.key == key), None)

    def index_of_id(self, message_id: int) -> int | None:
        return next((i for i, m in enumerate(self._messages) if m.id == message_id), None)

    def clear_messages(self) -> None:
        self._stream = None
        self._forget()
        self._messages.clear()
        self._frames.clear()
        self._older = 0
        self.document().clear()
        self._set_follow(True)  # an empty view has nothing to jump to

    def set_messages(self, messages: list[ViewMessage], older: int = 0) -> None:
        """Replace the whole transcript (opening a conversation). ``older``: how many
        earlier messages exist but are not shown yet (a link at the top offers them)."""
        self.clear_messages()
        self._filling_later = True  # long answers: one screen's worth in all, see below
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout for all of them, not one a message
        for message in messages:
            self._append(message)
        cursor.endEditBlock()
        self._filling_later = False
        if self._messages:
            self.refresh_footer(len(self._messages) - 1)
        self._set_older(older)
        self.scroll_to_bottom()
        self._fill_bottom_up()

    def add_message(self, message: ViewMessage) -> int:
        """Append a message at the end and return its index."""
        index = self._append(message)
        if index > 0:
            self.refresh_footer(index - 1)  # "Regenerate" / "Edit" belong to the last ones
        return index

    def _append(self, message: ViewMessage) -> int:
        index = len(self._messages)
        message.key = self._next_key
        self._next_key += 1
        self._messages.append(message)
        self._frames.append(append_frame(self.document(), self._frame_format(message.role)))
        self._write_frame(index)
        return index

    def prepend_messages(self, messages: list[ViewMessage], older: int) -> None:
        """Show earlier messages above the ones on screen, keeping what the reader sees still.

        Frames go right after the first block (which holds the "earlier messages" link), in
        groups of their own (see frames.py). One edit block: one layout, one frame scan.
        Long answers get their header and footer now, their pieces in idle time.
        """
        if not messages:
            self._set_older(older)
            return
        doc = self.document()
        bar = self.verticalScrollBar()
        value, maximum = bar.value(), bar.maximum()
        size_before = doc.characterCount()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for message in messages:
            message.key = self._next_key
            self._next_key += 1
        formats = [self._frame_format(m.role) for m in messages]
        self._frames[0:0] = prepend_frames(doc, formats)
        self._messages[0:0] = messages
        for index in range(len(messages)):
            self._draw(index)
        self._set_older(older)
        cursor.endEditBlock()
        grown = doc.characterCount() - size_before
        self._tail_start += grown
        self._body_start += grown
        self._programmatic_scroll = True
        bar.setValue(value + bar.maximum() - maximum)
        self._programmatic_scroll = False
        self._schedule_idle()

    def _set_older(self, older: int) -> None:
        """The first block: a link to earlier messages, or nothing when all are shown."""
        self._older = older
        size_before = self.document().characterCount()
        cursor = QTextCursor(self.document().begin())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if older:
            label = english_plural(self.tr("Show %n earlier message(s)", "", older), older)
            cursor.insertHtml(f'<a href="ava:older/0">{html.escape(label)}</a>')
        grown = self.document().characterCount() - size_before
        self._tail_start += grown
        self._body_start += grown

    def update_message(self, index: int) -> None:
        """Re-render one message fully (state, footer or content changed)."""
        if self._stream is not None and index == len(self._messages) - 1:
            self._stream = None
        self._write_frame(index)

    def replace_from(self, index: int, messages: list[ViewMessage]) -> None:
        """Show ``messages`` instead of those from ``index`` on (another version's branch)."""
        if index < len(self._messages):
            self._stream = None
            self._forget(m.key for m in self._messages[index:])
            remove_frames(self.document(), self._frames[index:])
            del self._messages[index:]
            del self._frames[index:]
        for message in messages:
            self._append(message)
        if self._messages:
            self.refresh_footer(len(self._messages) - 1)

    def refresh_footer(self, index: int) -> None:
        """Redraw only the footer (the frame's last block): links that depend on position."""
        frame = self._frames[index]
        block = self.document().findBlock(frame.lastPosition())
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertHtml(self._footer(index))

    # -------------------------------------------------------------- helpers
    def _frame_format(self, role: str) -> QTextFrameFormat:
        fmt = QTextFrameFormat()
        fmt.setPadding(10)
        fmt.setBottomMargin(10)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if role == "user":
            shade = QColor("#2b3a55") if self._dark else QColor("#e8f0fe")
            fmt.setBackground(shade)
            fmt.setLeftMargin(48)
        elif role == "error":
            fmt.setBackground(QColor("#4a2020") if self._dark else QColor("#fdecea"))
        return fmt

    def _frame_cursor(self, frame: QTextFrame) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _write_frame(self, index: int) -> None:
        following = self._follow
        cursor = self._frame_cursor(self._frames[index])
        # One edit block: the document never looks empty in between, so the scroll bar
        # does not hide and reappear (two relayouts of it all): ~360 -> ~200 ms at 20k tokens.
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        # the block left over takes the removed footer's format: a re-render would otherwise
        # differ from the first render of the message (a margin above its header)
        cursor.setBlockFormat(QTextBlockFormat())
        self._draw(index)
        cursor.endEditBlock()
        if not self._filling_later:
            self._fill_screen(self._messages[index].key)
        if following and not self._filling_later:
            self.scroll_to_bottom()

    def _draw(self, index: int) -> None:
        """Fill the message's empty frame: whole, or a long answer piece by piece."""
        message = self._messages[index]
        self._forget([message.key])
        parts = message_parts(message, last=index == len(self._messages) - 1)
        if parts is None:
            self._frame_cursor(self._frames[index]).insertHtml(self._html(index))
        else:
            self._write_pieces(index, *parts)

    def _html(self, index: int) -> str:
        return message_html(self._messages[index], last=index == len(self._messages) - 1,
                            dark=self._dark, thumbnails=self.document().thumbnails)

    def _footer(self, index: int) -> str:
        return footer_html(self._messages[index], last=index == len(self._messages) - 1)

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "ava" and url.path().startswith("older/"):
            self.olderRequested.emit()
            return
        if scheme == "ava":
            verb, _, rest = url.path().partition("/")
            key_text, _, arg = rest.partition("/")
            index = self.index_of_key(int(key_text)) if key_text.isdigit() else None
            if index is not None and verb == "wrap-code" and arg.isdigit():
                self._toggle_wrap(index, url.toString(), int(arg))
            elif index is not None and verb == "footnote" and arg.isdigit():
                self.finish_rendering(self._messages[index].key)  # the notes end the message
                show_footnote(self, self._frames[index], int(arg))
            elif index is not None:
                self.action.emit(verb, self._messages[index].id, arg)
            return
        if scheme in EXTERNAL_SCHEMES and url.isValid():
            QDesktopServices.openUrl(url)
            return
        self.externalLinkBlocked.emit(url.toString())

    def _toggle_wrap(self, index: int, href: str, block: int) -> None:
        """A code block's wrap link: flip it in place, remembered for later renders."""
        self.finish_rendering(self._messages[index].key)  # the label's length changes
        size = self.document().characterCount()
        wraps = codewrap.toggle(self.document(), self._frames[index], href)
        if self._stream is not None:  # the label's length changed: so did the tail's place
            grown = self.document().characterCount() - size
            self._tail_start += grown
            if index < len(self._messages) - 1:  # above the streaming message
                self._body_start += grown
        if wraps is not None:
            nowrap = self._messages[index].nowrap_code
            nowrap.discard(block) if wraps else nowrap.add(block)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        paint_quote_bars(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Printable keys and Enter belong to the composer; the rest (copy, paging) stay."""
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                     | Qt.KeyboardModifier.KeypadModifier)
        text = event.text()
        typing = bool(text) and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods
        if typing or enter:
            event.accept()
            self.typedAhead.emit(event)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.finish_rendering()  # copying all copies every piece of a long answer
        super().keyPressEvent(event)

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        """Never navigate: a link must not replace the transcript with another document."""



