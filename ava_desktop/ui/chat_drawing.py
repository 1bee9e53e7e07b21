"""How a tab draws its session: the shown path, the events of a streaming answer, older
messages on demand. A mixin of ``ChatTab``; it keeps no message content of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent

from ava_desktop.core.conversation.node import (
    ApprovalNeeded,
    BusyChanged,
    MessageAdded,
    Node,
    Notice,
    PathReset,
    ReasoningAppended,
    SessionEvent,
    StatusChanged,
    StreamFinished,
    StreamStarted,
    TextAppended,
    ToolsChanged,
)
from ava_desktop.ui.messages import said_text
from ava_desktop.ui.transcript import ViewMessage

if TYPE_CHECKING:
    from ava_desktop.core.conversation.session import ChatSession
    from ava_desktop.ui.compare import CompareStrip
    from ava_desktop.ui.context import AppContext
    from ava_desktop.ui.context_meter import ContextMeter
    from ava_desktop.ui.throttle import Throttle
    from ava_desktop.ui.tool_approval import ApprovalBar
    from ava_desktop.ui.transcript import TranscriptView

FIRST_SCREEN_MESSAGES = 30  # opening a conversation renders at most this many at first,
FIRST_SCREEN_CHARS = 16_000  # or about this much text (~4 screens; 60k cost ~0.3 s of a
#                              restored tab's start), earlier ones come on scrolling up
START_SCREEN_CHARS = 4_000  # the shown tab at start-up: one screen before the first paint,
#                             the rest of its first screen right after (finish_start_screen)
OLDER_CHUNK = 40  # scrolling up brings at most this many earlier messages at a time,
OLDER_CHARS = 1_000  # or about this much text: ~5 ms of Qt's layout, a frame's share


def _first_screen(messages: list[ViewMessage], limit: int = FIRST_SCREEN_CHARS) -> int:
    """How many of the last messages to render when a conversation opens."""
    chars = 0
    for shown, message in enumerate(reversed(messages), start=1):
        chars += len(message.content)
        if shown >= FIRST_SCREEN_MESSAGES or (chars >= limit and shown >= 2):
            return shown
    return len(messages)



class SessionDrawing:
    session: ChatSession
    ctx: AppContext
    view: TranscriptView
    _older: list[ViewMessage]
    _pending: list[str]
    _throttle: Throttle
    approval: ApprovalBar
    compare_strip: CompareStrip
    meter: ContextMeter
    notice: Signal
    busyChanged: Signal

    def _view_message(self, node: Node) -> ViewMessage:
        return ViewMessage(node, versions=self.session.versions(node.id))

    _drawing_deferred = False
    first_screen_chars = FIRST_SCREEN_CHARS  # START_SCREEN_CHARS for the start-up draw

    def _restoring_hidden(self) -> bool:
        """While the app restores its tabs (``ctx.defer_hidden_drawing``), a tab not on
        screen waits until it is first shown to draw and measure: ten restored tabs cost one
        at start."""
        return getattr(self.ctx, "defer_hidden_drawing", False) and not self.isVisible()

    def _show_path(self) -> None:
        """Draw the shown path's first screen (see ``_restoring_hidden``)."""
        if self._restoring_hidden():
            self._drawing_deferred = True
            return
        self._draw_path()

    def _measure_now(self) -> None:
        """Count the context again (another model): see ``_restoring_hidden``."""
        if self._restoring_hidden():
            self._drawing_deferred = True
            return
        if self.isVisible():
            self.meter.refresh_now()
        else:  # a tab being opened counts after the usual pause: its first paint goes first
            self.meter.refresh()

    def _draw_path(self) -> None:
        self._drawing_deferred = False
        messages = [self._view_message(n) for n in self.session.path()]
        shown = _first_screen(messages, self.first_screen_chars)
        self._older = messages[: len(messages) - shown]
        self.view.set_messages(messages[len(messages) - shown:], older=len(self._older))

    def finish_start_screen(self) -> None:
        """After the first paint: draw again in colour the messages with code (drawn before
        it under ``plain_code``), then the rest of a first screen above them. Not while a
        stream writes into the document (it keeps positions in it)."""
        self.first_screen_chars = FIRST_SCREEN_CHARS
        if self.session.busy or self._drawing_deferred:
            return
        for index, message in enumerate(self.view.messages):
            if message.role != "user" and ("```" in message.content
                                           or "~~~" in message.content):
                self.view.update_message(index)
        more = _first_screen(self.all_messages()) - len(self.view.messages)
        if more > 0:
            self.show_older(more)

    def _redraw_from(self, node_id: int | None) -> None:
        """The path changed below some message: redraw what differs, keep what is the same."""
        if self._drawing_deferred:
            return  # drawn whole when first shown
        path = self.session.path()
        drawn = self.all_messages()
        same = 0
        while same < min(len(path), len(drawn)) and path[same] is drawn[same].node:
            same += 1
        if same < len(self._older) or node_id is None:
            self._show_path()
            return
        start = max(0, same - 1)  # the message above shows new version arrows too
        self.view.replace_from(start - len(self._older),
                               [self._view_message(n) for n in path[start:]])

    def showEvent(self, event: QShowEvent) -> None:
        if self._drawing_deferred:
            if self.session.conversation is not None:
                self.ctx.call_safely(self._draw_path)
            self.meter.refresh_now()
            self._drawing_deferred = False
        super().showEvent(event)  # type: ignore[misc]

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, TextAppended):
            self.compare_strip.append(event.node, event.text)
            if event.node is self.session.streaming:  # compared answers not shown: columns
                self._pending.append(event.text)
                self._throttle.request()
        elif isinstance(event, MessageAdded):
            self.view.add_message(self._view_message(event.node))
            self._update_hint()
        elif isinstance(event, PathReset):
            self._redraw_from(event.from_id)
            self._update_hint()
        elif isinstance(event, StreamStarted):
            index = self.view.index_of_id(event.node.id)
            if index is not None:
                self.view.begin_stream(index)
                if event.node.content:  # Continue: the text so far stays in place
                    self.view.stream_append(index, event.node.content)
        elif isinstance(event, ReasoningAppended | StatusChanged):
            index = self.view.index_of_id(event.node.id)
            if index is not None:
                text = (self.tr("Thinking…") if isinstance(event, ReasoningAppended)
                        else said_text(event))
                self.view.set_status(index, text)
            if isinstance(event, StatusChanged):
                self.notice.emit(said_text(event))
        elif isinstance(event, StreamFinished):
            self._throttle.cancel()
            self._flush()
            index = self.view.index_of_id(event.node.id)
            if index is not None:
                self.view.messages[index].versions = self.session.versions(event.node.id)
                self.view.finish_stream(index)
            self.compare_strip.finish(event.node, idle=not self.session.busy)
            if not self.session.busy:
                self.approval.deny_all()  # the answers are over: nothing may stay waiting
        elif isinstance(event, ToolsChanged):
            self._tools_changed(event.node)
        elif isinstance(event, ApprovalNeeded):
            self.approval.ask(event.request, event.decide)
            if not self.isVisible():
                self.notice.emit(self.tr("A tool call waits for your approval in another tab."))
        elif isinstance(event, Notice):
            self.notice.emit(said_text(event))
        elif isinstance(event, BusyChanged):
            self._update_buttons()
            self.busyChanged.emit(event.busy)

    def _tools_changed(self, node: Node) -> None:
        """A call appeared or changed status: its line is in the message's header, so the
        header is drawn again (and, mid-stream, the text so far after it)."""
        index = self.view.index_of_id(node.id)
        if index is None:
            return
        if node is self.session.streaming:
            self._throttle.cancel()
            self._pending.clear()  # already in the node: drawn again below
            self.view.begin_stream(index)
            if node.content:
                self.view.stream_append(index, node.content)
        else:
            self.view.update_message(index)

    def _flush(self) -> None:
        node = self.session.streaming
        if not self._pending:
            return
        delta = "".join(self._pending)
        self._pending.clear()
        index = self.view.index_of_id(node.id) if node is not None else None
        if index is None:  # the stream already ended: StreamFinished redraws it whole
            index = len(self.view.messages) - 1
        if 0 <= index < len(self.view.messages):
            self.view.stream_append(index, delta)

    def show_older(self, count: int | None = None) -> None:
        """Render the previous ``count`` messages (default: a frame's worth, see
        ``OLDER_CHARS``) above the ones on screen."""
        if not self._older:
            return
        if count is None:
            count, chars = 0, 0
            while count < min(OLDER_CHUNK, len(self._older)) and chars < OLDER_CHARS:
                count += 1
                chars += len(self._older[-count].content)
        chunk = self._older[-count:]
        del self._older[-count:]
        self.view.prepend_messages(chunk, older=len(self._older))

    def reveal_message(self, message_id: int) -> None:
        """Scroll to a stored message (a search hit), showing its version if it is hidden."""
        if message_id in self.session.tree and message_id not in {
                m.id for m in self.all_messages()}:
            self.session.switch(message_id)
        position = next((i for i, m in enumerate(self._older) if m.id == message_id), None)
        if position is not None:
            self.show_older(len(self._older) - position)
        self.view.scroll_to_message(message_id)

    # after the methods: pyside6-lupdate loses the class name after an if block
    if TYPE_CHECKING:  # provided by the tab; never defined here (they would shadow it)
        def _update_hint(self) -> None: ...
        def _update_buttons(self) -> None: ...
        def all_messages(self) -> list[ViewMessage]: ...
        def isVisible(self) -> bool: ...
