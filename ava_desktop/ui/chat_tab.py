"""One conversation tab: draws a ChatSession and turns the user's actions into its calls.

The session (core) owns the messages; this widget keeps none of their content. Actions in
the transcript name a message by id, so they act on the message they sit under.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core import markdown
from ava_desktop.core.conversation.node import PathReset, StreamFinished, TitleChanged
from ava_desktop.core.conversation.parts import Part
from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.core.conversation.titles import title_from
from ava_desktop.core.store import Conversation
from ava_desktop.ui.attachments.picker import AttachButton
from ava_desktop.ui.attachments.tray import AttachmentTray
from ava_desktop.ui.chat_clipboard import AttachmentsAndCopy
from ava_desktop.ui.chat_context import ContextChecks
from ava_desktop.ui.chat_drawing import SessionDrawing
from ava_desktop.ui.chat_setup import ChatSetup
from ava_desktop.ui.chat_versions import VersionsAndEdits
from ava_desktop.ui.compare import CompareStrip
from ava_desktop.ui.composer import Composer
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.context_meter import ContextMeter
from ava_desktop.ui.find_bar import FindBar
from ava_desktop.ui.send_stop import SendStopButton
from ava_desktop.ui.throttle import Throttle
from ava_desktop.ui.tool_approval import ApprovalBar
from ava_desktop.ui.tools_button import ToolsButton
from ava_desktop.ui.transcript import TranscriptView, ViewMessage

DRAFT_SAVE_MS = 800

translate = QCoreApplication.translate


class ChatTab(SessionDrawing, VersionsAndEdits, AttachmentsAndCopy, ContextChecks, ChatSetup):
    """One conversation: its transcript, composer and model choice."""

    titleChanged = Signal(str)
    busyChanged = Signal(bool)
    conversationCreated = Signal(int)
    draftChanged = Signal()
    toolsRequested = Signal()
    summaryRequested = Signal(str)  # a new conversation should start with this request

    def __init__(self, ctx: AppContext, conversation: Conversation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = ChatSession(ctx.store, conversation,
                                   spawn=lambda coro: ctx.spawn(coro, name="generation"))
        self.title = (conversation.title if conversation and conversation.title
                      else self.tr("New chat"))
        self.custom_title = self.session.title_by == "user"
        self._older: list[ViewMessage] = []  # earlier messages not rendered yet
        self._pending: list[str] = []
        self._editing: int | None = None  # the user message being edited, by id
        self._draft_before_edit = ""

        self.view = TranscriptView(self)
        self.view.setObjectName("transcript")
        self.find_bar = FindBar(self.view, self,
                                earlier=lambda: [m.content for m in self._older])
        self.composer = Composer(self)
        self.composer.setObjectName("composer")
        self.edit_banner = QLabel(self)
        self.edit_banner.setObjectName("editBanner")
        self.edit_banner.setText(self.tr("Editing a message: Enter sends it as a new version "
                                         "(the old one stays), Esc cancels."))
        self.edit_banner.setWordWrap(True)
        self.edit_banner.hide()
        self.approval = ApprovalBar(self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setToolTip(self.tr("Ask several models the next message, side by side"))
        self.compare_button.clicked.connect(self.ask_several_models)
        self._compare_picks: list[tuple[Any, str]] | None = None
        self.tools_button = ToolsButton(lambda: ctx.tools, self)
        self.tools_button.changed.connect(self._set_tools_off)
        self.tools_button.manageRequested.connect(self.toolsRequested.emit)
        self.tray = AttachmentTray(self)
        self.tray.connect_composer(self.composer)
        self.attach_button = AttachButton(self.tray, self)
        self.meter = ContextMeter(self)
        self.meter.set_measure(self._measure_context, spawn=ctx.spawn)
        self.send_button = SendStopButton(self)  # Send while idle, Stop while answering

        bottom = QHBoxLayout()
        bottom.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons.addWidget(self.meter)
        buttons.addStretch(1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.find_bar)
        self.compare_strip = CompareStrip(self.choose_compared, self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(self.compare_strip)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        controls = QHBoxLayout()
        controls.addWidget(self.selector, 1)
        controls.addWidget(self.params_button)
        controls.addWidget(self.tools_button)
        controls.addWidget(self.compare_button)
        layout.addLayout(controls)
        layout.addWidget(self.approval)
        layout.addWidget(self.edit_banner)
        layout.addWidget(self.tray)
        layout.addLayout(bottom)

        self._throttle = Throttle(self._flush, parent=self)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self.composer.submitted.connect(self._on_submitted)
        self.composer.stopRequested.connect(self.escape)
        self.composer.textChanged.connect(self._on_composer_changed)
        self.send_button.sendClicked.connect(self.composer.submit)
        self.send_button.stopClicked.connect(self.stop)
        self.view.action.connect(self._on_action)
        self.view.typedAhead.connect(self._type_ahead)
        self.view.olderRequested.connect(self.show_older)
        self.view.externalLinkBlocked.connect(
            lambda url: self.notice.emit(translate(
                "ChatTab", "Blocked a link Ava does not open: {url}").format(url=url[:80])))
        ctx.appearanceChanged.connect(self._apply_appearance)
        self.session.subscribe(self._on_event)
        self.session.tools = ctx.tools
        self.session.max_tool_steps = ctx.settings.max_tool_steps
        self.session.model_titles = ctx.settings.model_titles
        ctx.settingsChanged.connect(self._take_settings)
        if conversation is not None:
            off = conversation.params.get("tools_off")
            self.session.tools_off = frozenset(x for x in off or () if isinstance(x, str))
            self.tools_button.set_off(self.session.tools_off)
        self.tray.changed.connect(self._update_buttons)
        self.tray.changed.connect(self.meter.refresh)
        self.composer.textChanged.connect(self.meter.refresh)
        self.selector.changed.connect(lambda *_: self._measure_now())
        self.session.subscribe(self._measure_after)
        self.session.subscribe(self._title_from_model)
        self.tray.message.connect(self.notice.emit)
        self.view.document().thumbnails.source = self.blob
        self.setAcceptDrops(True)
        self._apply_appearance()
        self.setup_targets(conversation)
        if conversation is not None:
            self._show_path()
            if conversation.draft:
                self.composer.setPlainText(conversation.draft)
        self._update_buttons()
        self._update_hint()

    # ------------------------------------------------------------ properties
    @property
    def conversation(self) -> Conversation | None:
        return self.session.conversation

    @conversation.setter
    def conversation(self, value: Conversation | None) -> None:
        self.session.conversation = value

    @property
    def conversation_id(self) -> int | None:
        return self.conversation.id if self.conversation else None

    @property
    def busy(self) -> bool:
        return self.session.busy

    @property
    def messages(self) -> list[ViewMessage]:
        return self.view.messages

    def all_messages(self) -> list[ViewMessage]:
        """The shown path, including messages not rendered yet."""
        return [*self._older, *self.messages]

    def is_blank(self) -> bool:
        """A fresh tab nobody has used: safe to replace when opening a conversation."""
        return not self.messages and not self.busy and not self.composer.has_text()

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _take_settings(self, change: Any) -> None:
        """Tool steps per answer and model titles follow Settings (from the next answer)."""
        self.session.max_tool_steps = change.new.max_tool_steps
        self.session.model_titles = change.new.model_titles

    def _apply_appearance(self) -> None:
        self.view.set_font_size(self.ctx.settings.font_size)
        self.composer.setFont(self.view.font())

    # ------------------------------------------------------------ drawing
    def _type_ahead(self, event: QKeyEvent) -> None:
        """Typing while the transcript has focus goes to the composer, nothing is lost."""
        self.focus_composer()
        self.composer.keyPressEvent(event)

    def _update_buttons(self) -> None:
        has_something = self.composer.has_text() or bool(self.tray.parts())
        self.send_button.set_state(busy=self.busy,
                                   can_send=has_something and not self.tray.busy
                                   and self.selector.target() is not None)

    # ------------------------------------------------------------- sending
    def _on_submitted(self, text: str) -> None:
        self.ctx.call_safely(self.send, text)

    def _measure_after(self, event: Any) -> None:
        if isinstance(event, StreamFinished | PathReset):
            self.meter.refresh_now()
        if isinstance(event, StreamFinished):
            self._offer_after_too_long(event.node)

    def send(self, text: str, skip_oldest: int | None = None,
             parts: list[Part] | None = None) -> bool:
        """Send ``text`` (or the edited message); False, text kept, when that can't happen."""
        if self.busy:
            self.notice.emit(translate(
                "ChatTab", "Still answering: press Esc to stop it, your text is kept."))
            return False
        if self.tray.busy:
            self.notice.emit(translate(
                "ChatTab", "Still reading an attachment; send again when it is ready."))
            return False
        parts = self.tray.parts() if parts is None else parts
        if not text.strip() and not parts:
            return False
        plan = self.request_plan()
        if plan is None:
            return False
        if skip_oldest is None and self._too_long(
                text, lambda n, chosen=None: self.send(text, n, chosen)):
            return False  # the user is asked; the text stays in the composer
        if skip_oldest:
            plan = replace(plan, skip_oldest=skip_oldest)
        if not self.messages and not self._older and not self.custom_title:
            self.set_title(title_from(text or parts[0].name or "Attachment"))
        self.ensure_conversation()
        self.view.scroll_to_bottom()  # the reader goes to their own message, and follows
        self.compare_strip.clear()
        picks, self._compare_picks = self._compare_picks, None
        if picks and self._editing is None:
            plans = [p for p in (self.plan_for(t, m, remember=False) for t, m in picks) if p]
            self.edit_banner.hide()
            self.compare_strip.start(self.session.compare(text, plans, parts))
        elif self._editing is not None:
            editing, self._editing = self._editing, None
            self.edit_banner.hide()
            self.session.edit_and_resend(editing, text, plan, parts=parts or None)
        else:
            self.session.send(text, plan, parts)
        self.composer.clear()
        self.tray.clear()
        self._save_draft()
        self._update_hint()
        return True

    def ensure_conversation(self) -> None:
        if self.conversation is not None or self.ctx.store is None:
            return
        params = {k: self.params.get(k) for k in ("temperature", "max_tokens")}
        self.session.ensure_conversation(self.title, self.selector.target_key(),
                                         self.selector.model(),
                                         self.params.get("system_prompt"), params)
        if self.conversation is not None:
            self.conversationCreated.emit(self.conversation.id)
            self._save_draft()

    # ------------------------------------------------------------ controls
    def escape(self) -> None:
        if self._compare_picks is not None and not self.busy:
            self._compare_picks = None
            self.edit_banner.hide()
        elif self.approval.waiting:
            self.approval.deny.click()  # Esc denies the call; the model is told
        elif self.busy:
            self.stop()
        elif self._editing is not None:
            self.cancel_edit()

    def stop(self) -> None:
        """Stop the running answer (or the wait before a retry); its partial text stays."""
        self.session.stop()

    async def stop_and_wait(self) -> None:
        await self.session.stop_and_wait()

    def set_title(self, title: str, custom: bool = False) -> None:
        """One title per conversation: the tab, the history list and exports show it.
        ``custom``: the user chose it, so the model never replaces it."""
        self.title = title or self.tr("New chat")
        self.custom_title = self.custom_title or custom
        self.session.rename(self.title, by="user" if custom else None)
        self.titleChanged.emit(self.title)

    def _title_from_model(self, event: Any) -> None:
        """The model named the conversation (saved, not renamed by hand meanwhile)."""
        if isinstance(event, TitleChanged) and shiboken6.isValid(self) and not self.custom_title:
            self.title = event.title
            self.titleChanged.emit(self.title)

    def _on_load_progress(self, message: str, fraction: float) -> None:
        super()._on_load_progress(message, fraction)
        node = self.session.streaming
        index = self.view.index_of_id(node.id) if node is not None else None
        if index is not None:
            self.view.set_status(index, f"{message}…")

    def _set_tools_off(self, off: frozenset[str]) -> None:
        """This conversation's choice, kept with it (params["tools_off"])."""
        self.session.tools_off = off
        self.ensure_conversation()
        self.save_conversation_settings(
            translate("ChatTab", "Could not save the tool choice: {exc}"),
            params={"tools_off": sorted(off)})

    def _on_composer_changed(self) -> None:
        self._update_buttons()
        self._draft_timer.start()

    def _save_draft(self) -> None:
        self._draft_timer.stop()
        if self._editing is None:
            self.session.save_draft(self.composer.toPlainText())
        self.draftChanged.emit()

    # ---------------------------------------------------------------- copy
    def _on_action(self, verb: str, message_id: int, arg: str) -> None:
        self.ctx.call_safely(self._do_action, verb, message_id, arg)

    def _do_action(self, verb: str, message_id: int, arg: str) -> None:
        node = self.session.node(message_id)
        index = self.view.index_of_id(message_id)
        if node is None or index is None:
            return
        if verb == "copy":
            self._copy(node.content, "Copied as Markdown")
        elif verb == "copy-text":
            self._copy(markdown.plain_text(node.content), "Copied as plain text")
        elif verb == "copy-code":
            blocks = markdown.code_blocks(node.content)
            if arg.isdigit() and int(arg) < len(blocks):
                self._copy(blocks[int(arg)], "Copied code")
        elif verb in ("regenerate", "retry"):
            self.regenerate(message_id)
        elif verb == "continue":
            self.continue_answer(message_id)
        elif verb == "edit":
            self.edit_message(message_id)
        elif verb == "attachment" and arg.isdigit() and int(arg) < len(node.parts):
            self._open_attachment(node.parts[int(arg)])
        elif verb == "tool-image" and arg.isdigit():
            shown = [i for _c, r in node.tool_calls() if r is not None for i in r.images]
            if int(arg) < len(shown):
                self._open_attachment(shown[int(arg)])
        elif verb == "tool" and arg.isdigit():
            calls = node.tool_calls()
            if int(arg) < len(calls):
                message = self.view.messages[index]
                message.expanded_tools ^= {calls[int(arg)][0].call_id}
                if node is self.session.streaming:
                    self._tools_changed(node)
                else:
                    self.view.update_message(index)
        elif verb in ("prev", "next"):
            self.switch_version(-1 if verb == "prev" else 1, message_id)
        elif verb == "thoughts" and node is not self.session.streaming:
            message = self.view.messages[index]
            message.show_reasoning = not message.show_reasoning
            self.view.update_message(index)

__all__ = ["ChatTab"]
