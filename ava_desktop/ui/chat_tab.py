"""One conversation tab: draws a ChatSession and turns the user's actions into its calls.

The session (core) owns the messages; this widget keeps none of their content. Actions in
the transcript name a message by id, so they act on the message they sit under.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.core.markdown import code_blocks, plain_text
from ava_desktop.core.store import Conversation
from ava_desktop.ui.attachments.picker import AttachButton
from ava_desktop.ui.attachments.tray import AttachmentTray
from ava_desktop.ui.chat_clipboard import AttachmentsAndCopy
from ava_desktop.ui.chat_drawing import SessionDrawing
from ava_desktop.ui.chat_setup import ChatSetup
from ava_desktop.ui.composer import Composer
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.find_bar import FindBar
from ava_desktop.ui.throttle import Throttle
from ava_desktop.ui.transcript import TranscriptView, ViewMessage

TITLE_LENGTH = 40
DRAFT_SAVE_MS = 800


def title_from(text: str) -> str:
    """A tab title from the first user message: its first line, shortened."""
    line = " ".join(text.strip().split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


class ChatTab(SessionDrawing, AttachmentsAndCopy, ChatSetup):
    """One conversation: its transcript, composer and model choice."""

    titleChanged = Signal(str)
    busyChanged = Signal(bool)
    conversationCreated = Signal(int)
    draftChanged = Signal()

    def __init__(self, ctx: AppContext, conversation: Conversation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = ChatSession(ctx.store, conversation,
                                   spawn=lambda coro: ctx.spawn(coro, name="generation"))
        self.title = conversation.title if conversation and conversation.title else "New chat"
        self.custom_title = False
        self._older: list[ViewMessage] = []  # earlier messages not rendered yet
        self._pending: list[str] = []
        self._editing: int | None = None  # the user message being edited, by id
        self._draft_before_edit = ""

        self.view = TranscriptView(self)
        self.view.setObjectName("transcript")
        self.find_bar = FindBar(self.view, self)
        self.composer = Composer(self)
        self.composer.setObjectName("composer")
        self.edit_banner = QLabel(self)
        self.edit_banner.setObjectName("editBanner")
        self.edit_banner.setText("Editing a message: Enter sends it as a new version (the "
                                 "old one stays), Esc cancels.")
        self.edit_banner.setWordWrap(True)
        self.edit_banner.hide()
        self.tray = AttachmentTray(self)
        self.tray.connect_composer(self.composer)
        self.attach_button = AttachButton(self.tray, self)
        self.send_button = QPushButton("Send", self)
        self.send_button.setObjectName("sendButton")
        self.stop_button = QPushButton("Stop", self)
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop the answer (Esc)")

        bottom = QHBoxLayout()
        bottom.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        controls = QHBoxLayout()
        controls.addWidget(self.selector, 1)
        controls.addWidget(self.params_button)
        layout.addLayout(controls)
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
        self.send_button.clicked.connect(self.composer.submit)
        self.stop_button.clicked.connect(self.stop)
        self.view.action.connect(self._on_action)
        self.view.typedAhead.connect(self._type_ahead)
        self.view.olderRequested.connect(self.show_older)
        self.view.externalLinkBlocked.connect(
            lambda url: self.notice.emit(f"Blocked a link Ava does not open: {url[:80]}"))
        ctx.appearanceChanged.connect(self._apply_appearance)
        self.session.subscribe(self._on_event)
        self.tray.changed.connect(self._update_buttons)
        self.tray.message.connect(self.notice.emit)
        self.view.document().thumbnails.source = self._blob
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
        self.send_button.setEnabled(not self.busy and has_something and not self.tray.busy
                                    and self.selector.target() is not None)
        self.stop_button.setEnabled(self.busy)

    # ------------------------------------------------------------- sending
    def _on_submitted(self, text: str) -> None:
        self.ctx.call_safely(self.send, text)

    def send(self, text: str) -> bool:
        """Send ``text`` (or the edited message); False, text kept, when that can't happen."""
        if self.busy:
            self.notice.emit("Still answering: press Esc to stop it, your text is kept.")
            return False
        if self.tray.busy:
            self.notice.emit("Still reading an attachment; send again when it is ready.")
            return False
        parts = self.tray.parts()
        if not text.strip() and not parts:
            return False
        plan = self.request_plan()
        if plan is None:
            return False
        if not self.messages and not self._older and not self.custom_title:
            self.set_title(title_from(text or parts[0].name or "Attachment"))
        self.ensure_conversation()
        self.view.scroll_to_bottom()  # the reader goes to their own message, and follows
        if self._editing is not None:
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
        if self.busy:
            self.stop()
        elif self._editing is not None:
            self.cancel_edit()

    def stop(self) -> None:
        """Stop the running answer (or the wait before a retry); its partial text stays."""
        self.session.stop()

    async def stop_and_wait(self) -> None:
        await self.session.stop_and_wait()

    def regenerate(self, message_id: int | None = None) -> None:
        """A new version of the answer ``message_id`` (default: the last answer)."""
        if message_id is None:
            last = next((m for m in reversed(self.messages) if m.role == "assistant"), None)
            if last is None:
                return
            message_id = last.id
        if self.busy:
            self.notice.emit("Still answering: press Esc to stop it first.")
            return
        plan = self.request_plan()
        if plan is not None:
            self.view.scroll_to_bottom()
            self.session.regenerate(message_id, plan)

    def continue_answer(self, message_id: int) -> None:
        plan = self.request_plan()
        if plan is not None and not self.busy:
            self.session.continue_answer(message_id, plan)

    def edit_message(self, message_id: int | None = None) -> None:
        """Put a user message in the composer; sending it adds a version, Esc cancels."""
        if message_id is None:
            last = next((m for m in reversed(self.messages) if m.role == "user"), None)
            if last is None:
                return
            message_id = last.id
        node = self.session.node(message_id)
        if node is None or node.role != "user" or self.busy:
            return
        if self._editing is None:
            self._draft_before_edit = self.composer.toPlainText()
        self._editing = message_id
        self.composer.setPlainText(node.content)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.edit_banner.show()
        self.focus_composer()

    edit_last_user_message = edit_message

    def cancel_edit(self) -> None:
        self._editing = None
        self.edit_banner.hide()
        self.composer.setPlainText(self._draft_before_edit)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)

    def switch_version(self, step: int, message_id: int | None = None) -> None:
        """Show the previous (-1) or next (+1) version of a message (default: last answer)."""
        if message_id is None:
            last = next((m for m in reversed(self.messages) if m.role == "assistant"), None)
            message_id = last.id if last else None
        if message_id is None or message_id not in self.session.tree:
            return
        versions = self.session.versions(message_id)
        target = versions.previous if step < 0 else versions.next
        if target is not None:
            self.session.switch(target)

    def set_title(self, title: str, custom: bool = False) -> None:
        """One title per conversation: the tab, the history list and exports show it."""
        self.title = title or "New chat"
        self.custom_title = self.custom_title or custom
        self.session.rename(self.title)
        self.titleChanged.emit(self.title)

    def _on_load_progress(self, message: str, fraction: float) -> None:
        super()._on_load_progress(message, fraction)
        node = self.session.streaming
        index = self.view.index_of_id(node.id) if node is not None else None
        if index is not None:
            self.view.set_status(index, f"{message}…")

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
            self._copy(plain_text(node.content), "Copied as plain text")
        elif verb == "copy-code":
            blocks = code_blocks(node.content)
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
        elif verb in ("prev", "next"):
            self.switch_version(-1 if verb == "prev" else 1, message_id)
        elif verb == "thoughts" and node is not self.session.streaming:
            message = self.view.messages[index]
            message.show_reasoning = not message.show_reasoning
            self.view.update_message(index)

__all__ = ["ChatTab", "title_from"]
