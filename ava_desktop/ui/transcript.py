"""The chat transcript: one QTextDocument, one frame per message, streaming into the tail.

Why one document: selection across messages and memory stay cheap, and Qt lays out only
the blocks that change. Only the last message ever changes while streaming, so positions of
earlier frames stay valid. A streaming message is two regions: settled HTML that is appended
once, and a live tail that is replaced on every flush; when the stream ends, the tail settles
and the result equals a full render (``_insert_blocks`` sees to that), so none is needed.
Long conversations render their last messages first; earlier ones are prepended on demand.

Model output is hostile: the view never loads a resource (see ``SafeDocument``),
never follows a link itself, and hands only ``http``/``https``/``mailto`` links to the system
browser. Internal actions use the ``ava:`` scheme.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QToolButton, QWidget

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.tree import Versions
from ava_desktop.core.markdown import (
    COPY_HREF_PREFIX,
    RenderUpdate,
    StreamingMarkdown,
    render_markdown,
    stylesheet,
)
from ava_desktop.core.markdown.math import URL_SCHEME as MATH_SCHEME
from ava_desktop.ui.attachment_view import BLOB_SCHEME, Thumbnails, attachments_html
from ava_desktop.ui.math_find import find_formula, html_with_sources, with_sources
from ava_desktop.ui.math_images import OBJECT_CHAR, FormulaDocument
from ava_desktop.ui.tool_lines import tool_lines_html

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(eq=False)
class ViewMessage:
    """One drawn message: the session's node (the only copy of its content) plus what
    only the view cares about (its link key, whether its thoughts are unfolded)."""

    node: Node
    versions: Versions | None = None
    show_reasoning: bool = False
    key: int = -1  # stable within the view; links name messages by key, not position
    expanded_tools: set[str] = field(default_factory=set)  # call ids shown unfolded

    @classmethod
    def detached(cls, role: str, content: str = "", model: str | None = None) -> ViewMessage:
        """A message that belongs to no session (benchmarks, previews)."""
        return cls(Node(id=0, parent_id=None, role=role, chunks=[content] if content else [],
                        model=model))

    role = property(lambda self: self.node.role)
    content = property(lambda self: self.node.content)
    state = property(lambda self: self.node.state)
    model = property(lambda self: self.node.model)
    error = property(lambda self: self.node.error)
    timings = property(lambda self: self.node.timings)
    reasoning = property(lambda self: self.node.reasoning)
    id = property(lambda self: self.node.id)


class SafeDocument(FormulaDocument):
    """A document that never loads images or style sheets from anywhere.

    Returning nothing is not enough: Qt's image handler then falls back to reading the
    path from disk itself. A blank 1x1 image is a valid answer, so nothing is loaded.
    The only images drawn are formulas (``ava-math:``), by our own renderer.
    """

    _blank: QImage | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = Thumbnails()

    def loadResource(self, type: int, name: QUrl) -> Any:
        if type == QTextDocument.ResourceType.ImageResource.value:
            if name.scheme() == MATH_SCHEME:
                return self.load_formula(name)
            if name.scheme() == BLOB_SCHEME:
                image = self.thumbnails.image(name.path())
                if image is not None:
                    return image
            if SafeDocument._blank is None:
                SafeDocument._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
                SafeDocument._blank.fill(0)
            return SafeDocument._blank
        return QByteArray()


class TranscriptView(QTextBrowser):
    """Renders messages; emits ``action`` for ``ava:`` links (e.g. "copy", 3, "")."""

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
        self._stream: StreamingMarkdown | None = None
        self._tail_start = 0
        self._body_start = 0
        self._older = 0  # earlier messages not rendered yet
        self._scratch = QTextDocument(self)  # parses a fragment's first block, see _insert_blocks
        self._next_key = 0
        self._follow = True
        self._programmatic_scroll = False
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

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_jump_button()

    def _place_jump_button(self) -> None:
        self._jump.adjustSize()
        viewport = self.viewport().geometry()
        self._jump.move(
            viewport.right() - self._jump.width() - 16,
            viewport.bottom() - self._jump.height() - 12,
        )

    # ------------------------------------------------------------- messages
    @property
    def messages(self) -> list[ViewMessage]:
        return self._messages

    def index_of_key(self, key: int) -> int | None:
        return next((i for i, m in enumerate(self._messages) if m.key == key), None)

    def index_of_id(self, message_id: int) -> int | None:
        return next((i for i, m in enumerate(self._messages) if m.id == message_id), None)

    def clear_messages(self) -> None:
        self._stream = None
        self._messages.clear()
        self._frames.clear()
        self._older = 0
        self.document().clear()
        self._set_follow(True)  # an empty view has nothing to jump to

    def set_messages(self, messages: list[ViewMessage], older: int = 0) -> None:
        """Replace the whole transcript (opening a conversation). ``older``: how many
        earlier messages exist but are not shown yet (a link at the top offers them)."""
        self.clear_messages()
        for message in messages:
            self._append(message)
        if self._messages:
            self.refresh_footer(len(self._messages) - 1)
        self._set_older(older)
        self.scroll_to_bottom()

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
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        frame = cursor.insertFrame(self._frame_format(message.role))
        self._frames.append(frame)
        self._write_frame(index)
        return index

    def prepend_messages(self, messages: list[ViewMessage], older: int) -> None:
        """Show earlier messages above the ones on screen, keeping what the reader sees still.

        Frames go right after the first block (which holds the "earlier messages" link), each
        followed by its own block, as appended frames are.
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
        position = doc.begin().length() - 1  # the end of the first block
        frames: list[QTextFrame] = []
        for message in messages:
            message.key = self._next_key
            self._next_key += 1
            cursor.setPosition(position)
            frame = cursor.insertFrame(self._frame_format(message.role))
            frames.append(frame)
            position = frame.lastPosition() + 1
        cursor.endEditBlock()
        self._messages[0:0] = messages
        self._frames[0:0] = frames
        for index in range(len(messages)):
            cursor = self._frame_cursor(self._frames[index])
            cursor.insertHtml(self._message_html(index))
        grown = doc.characterCount() - size_before
        self._tail_start += grown
        self._body_start += grown
        self._set_older(older)
        self._programmatic_scroll = True
        bar.setValue(value + bar.maximum() - maximum)
        self._programmatic_scroll = False

    def _set_older(self, older: int) -> None:
        """The first block: a link to earlier messages, or nothing when all are shown."""
        self._older = older
        size_before = self.document().characterCount()
        cursor = QTextCursor(self.document().begin())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if older:
            cursor.insertHtml(f'<a href="ava:older/0">Show {older} earlier '
                              f'message{"s" if older != 1 else ""}</a>')
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
            first = self._frames[index]
            cursor = QTextCursor(self.document())
            cursor.setPosition(first.firstPosition() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            del self._messages[index:]
            del self._frames[index:]
        for message in messages:
            self._append(message)
        if self._messages:
            self.refresh_footer(len(self._messages) - 1)

    # ------------------------------------------------------------ streaming
    def begin_stream(self, index: int) -> None:
        """The message at ``index`` (the last one) starts receiving deltas."""
        self._stream = StreamingMarkdown(dark=self._dark)
        frame = self._frames[index]
        cursor = self._frame_cursor(frame)
        cursor.removeSelectedText()
        cursor.insertHtml(self._header_html(index))
        self._body_start = self._tail_start = cursor.position()
        self.set_status(index, "…")

    def set_status(self, index: int, text: str) -> None:
        """A placeholder in the tail until the first text arrives (loading, waiting)."""
        if self._stream is not None and not self._stream.text:
            self._apply(index, RenderUpdate("", f'<p class="meta">{html.escape(text)}</p>'))

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
        self._insert_blocks(cursor, self._footer_html(index))
        if self._follow:
            self.scroll_to_bottom()

    def _apply(self, index: int, update: RenderUpdate) -> None:
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
        cursor.setPosition(self._frames[index].lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if update.new_settled_html:
            self._insert_blocks(cursor, _number_code_links(update.new_settled_html, message.key))
            self._tail_start = cursor.position()
        if update.tail_html:
            self._insert_blocks(cursor, _number_code_links(update.tail_html, message.key))
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
        match = _FIRST_TAG.match(fragment)
        tag = match.group(1).lower() if match else "p"
        if tag in _STARTS_OWN_BLOCK:
            cursor.insertHtml(fragment)
            return
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(fragment)
        end = fragment.find(f"</{tag}>")
        self._scratch.setHtml(fragment if end < 0 else fragment[: end + len(tag) + 3])
        fix = QTextCursor(self.document())
        fix.setPosition(start)
        fix.setBlockFormat(self._scratch.begin().blockFormat())

    def refresh_footer(self, index: int) -> None:
        """Redraw only the footer (the frame's last block): links that depend on position."""
        frame = self._frames[index]
        block = self.document().findBlock(frame.lastPosition())
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertHtml(self._footer_html(index))

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
        cursor.insertHtml(self._message_html(index))
        cursor.endEditBlock()
        if following:
            self.scroll_to_bottom()

    def _message_html(self, index: int) -> str:
        message = self._messages[index]
        attached = ""
        if message.node.parts:
            self.document().thumbnails.allow(message.node.parts)
            attached = attachments_html(message.node.parts, message.key)
        if message.role == "user":
            body = "<p>" + html.escape(message.content).replace("\n", "<br>") + "</p>"
            body = attached + body if message.content else attached
        else:
            body = _number_code_links(render_markdown(message.content, dark=self._dark),
                                      message.key)
            if message.reasoning:  # collapsed unless asked for: the answer comes first
                words = len(message.reasoning.split())
                if message.show_reasoning:
                    thoughts = html.escape(message.reasoning.strip()).replace("\n", "<br>")
                    body = (f'<p class="meta">{_link("thoughts", message.key, "▾ Hide")} '
                            f'<i>thought process</i></p>'
                            f'<p class="meta"><small>{thoughts}</small></p>{body}')
                else:
                    body = (f'<p class="meta">{_link("thoughts", message.key, "▸ Show")} '
                            f'<i>thought process ({words} words)</i></p>{body}')
        return self._header_html(index) + body + self._footer_html(index)

    def _header_html(self, index: int) -> str:
        message = self._messages[index]
        who = "You" if message.role == "user" else "Assistant"
        model = (
            f' <span class="meta">· {html.escape(message.model)}</span>'
            if message.model and message.role != "user"
            else ""
        )
        tools = tool_lines_html(message.node, message.key, message.expanded_tools)
        return f'<p class="who"><b>{who}</b>{model}</p>{tools}'

    def _footer_html(self, index: int) -> str:
        message = self._messages[index]
        key = message.key
        last = index == len(self._messages) - 1
        links: list[str] = []
        parts: list[str] = []
        versions = message.versions
        if versions is not None and versions.count > 1 and message.state != "streaming":
            back = _link("prev", key, "‹") if versions.previous is not None else "‹"
            ahead = _link("next", key, "›") if versions.next is not None else "›"
            links.append(f"{back} {versions.index}/{versions.count} {ahead}")
        if message.role == "assistant":
            links += [_link("copy", key, "Copy"), _link("copy-text", key, "Copy text")]
            if message.state != "streaming":
                links.append(_link("regenerate", key, "Regenerate"))
            cut = message.state in ("stopped", "interrupted") or message.timings.get("note")
            if cut and last and message.state != "streaming":
                links.append(_link("continue", key, "Continue"))
            ttft = message.timings.get("ttft_s")
            speed = message.timings.get("tokens_per_s")
            if speed:
                parts.append(f"{speed:.0f} tok/s")
            if ttft is not None:
                parts.append(f"first token {ttft:.2f} s")
            note = message.timings.get("note")
            if isinstance(note, str) and note:
                parts.append(note)
            if message.state == "stopped":
                parts.append("stopped")
            elif message.state == "interrupted":
                parts.append("interrupted")
        else:
            links += [_link("copy", key, "Copy"), _link("edit", key, "Edit")]
        error = ""
        if message.error:  # one paragraph in all, so refresh_footer can find it
            error = (
                f'<span class="error">⚠ {html.escape(message.error)}</span> '
                f"{_link('retry', key, 'Retry')}<br>"
            )
        meta = " · ".join(parts)
        actions = " &nbsp; ".join(links)
        sep = " &nbsp;·&nbsp; " if meta and actions else ""
        return f'<p class="meta">{error}{html.escape(meta)}{sep}{actions}</p>'

    def scroll_to_message(self, message_id: int) -> bool:
        """Bring the stored message ``message_id`` to the top of the view (search hits)."""
        index = next((i for i, m in enumerate(self._messages) if m.id == message_id), None)
        if index is None:
            return False
        self._set_follow(False)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._frames[index].firstPosition())
        rect = self.document().documentLayout().frameBoundingRect(self._frames[index])
        self._programmatic_scroll = True
        self.verticalScrollBar().setValue(int(rect.top()))
        self._programmatic_scroll = False
        self.setTextCursor(cursor)
        return True

    # ------------------------------------------------------------- scrolling
    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        self._programmatic_scroll = True
        bar.setValue(bar.maximum())
        self._programmatic_scroll = False
        self._set_follow(True)

    def _on_range_changed(self, _min: int, maximum: int) -> None:
        if self._follow:
            self._programmatic_scroll = True
            self.verticalScrollBar().setValue(maximum)
            self._programmatic_scroll = False

    def _on_scrolled(self, value: int) -> None:
        if self._programmatic_scroll:
            return
        self._set_follow(self.at_bottom())
        if value == 0 and self._older:
            self.olderRequested.emit()  # reading upwards: bring the earlier messages in

    def _set_follow(self, follow: bool) -> None:
        if follow == self._follow:
            return
        self._follow = follow
        self._jump.setVisible(not follow)
        if not follow:
            self._place_jump_button()
            self._jump.raise_()

    @property
    def following(self) -> bool:
        return self._follow

    # ----------------------------------------------------------------- links
    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "ava" and url.path().startswith("older/"):
            self.olderRequested.emit()
            return
        if scheme == "ava":
            verb, _, rest = url.path().partition("/")
            key_text, _, arg = rest.partition("/")
            index = self.index_of_key(int(key_text)) if key_text.isdigit() else None
            if index is not None:
                self.action.emit(verb, self._messages[index].id, arg)
            return
        if scheme in EXTERNAL_SCHEMES and url.isValid():
            QDesktopServices.openUrl(url)
            return
        self.externalLinkBlocked.emit(url.toString())

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
        super().keyPressEvent(event)

    def find(self, text: Any, options: Any = None) -> bool:
        """Qt's find, formulas included: one whose LaTeX source holds ``text`` is a match."""
        options = QTextDocument.FindFlag(0) if options is None else options
        if not isinstance(text, str) or not text:
            return super().find(text, options)
        doc, cursor = self.document(), self.textCursor()
        hit = doc.find(text, cursor, options)
        hit = find_formula(doc, text, cursor, options, hit) or hit
        if hit.isNull():
            return False
        self.setTextCursor(hit)
        self.ensureCursorVisible()
        return True

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy: formulas as their LaTeX source, not as object characters."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        text = data.text()
        if OBJECT_CHAR in text:
            copied = with_sources(self.document(), cursor.selectionStart(),
                                  cursor.selectionEnd(), text)
            page = html_with_sources(data.html())
            data.setText(copied)
            data.setHtml(page)
        return data

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        """Never navigate: a link must not replace the transcript with another document."""


_FIRST_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")
_STARTS_OWN_BLOCK = frozenset({"ul", "ol", "table"})


def _number_code_links(fragment: str, key: int) -> str:
    """Scope the renderer's per-block copy links to the message with ``key``.

    Safe on hostile text: the renderer escapes quotes in model output, so ``href="`` only
    ever comes from the renderer itself.
    """
    return fragment.replace(f'href="{COPY_HREF_PREFIX}', f'href="{COPY_HREF_PREFIX}{key}/')


def _link(verb: str, key: int, label: str) -> str:
    return f'<a href="ava:{verb}/{key}">{label}</a>'
