"""One conversation tab: the controller between composer, transcript, provider and store."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.chat import ERROR, Generation, GenerationResult
from ava_desktop.core.export import to_markdown
from ava_desktop.core.markdown import code_blocks, plain_text
from ava_desktop.core.settings import effective_params
from ava_desktop.core.store import Conversation, Message, StoreError, StreamWriter
from ava_desktop.core.targets import LOCAL_KEY
from ava_desktop.ui.composer import Composer
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.find_bar import FindBar
from ava_desktop.ui.model_selector import ModelSelector
from ava_desktop.ui.params_dialog import ParamsDialog, describe
from ava_desktop.ui.throttle import Throttle
from ava_desktop.ui.transcript import TranscriptView, ViewMessage

TITLE_LENGTH = 40
FIRST_SCREEN_MESSAGES = 30  # opening a conversation renders at most this many at first,
FIRST_SCREEN_CHARS = 60_000  # or about this much text; earlier ones come on scrolling up
OLDER_CHUNK = 40


def _first_screen(messages: list[ViewMessage]) -> int:
    """How many of the last messages to render when a conversation opens."""
    chars = 0
    for shown, message in enumerate(reversed(messages), start=1):
        chars += len(message.content)
        if shown >= FIRST_SCREEN_MESSAGES or (chars >= FIRST_SCREEN_CHARS and shown >= 2):
            return shown
    return len(messages)


def view_message(message: Message) -> ViewMessage:
    return ViewMessage(role=message.role, content=message.content, state=message.state,
                       model=message.model, error=message.error, timings=dict(message.timings),
                       reasoning=message.reasoning or "", id=message.id)


def title_from(text: str) -> str:
    """A tab title from the first user message: its first line, shortened."""
    line = " ".join(text.strip().split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


class ChatTab(QWidget):
    """Owns one conversation and at most one running generation."""

    titleChanged = Signal(str)
    busyChanged = Signal(bool)
    settingsRequested = Signal()
    conversationCreated = Signal(int)
    notice = Signal(str)  # a short status-bar message

    def __init__(self, ctx: AppContext, conversation: Conversation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation = conversation
        self.title = conversation.title if conversation and conversation.title else "New chat"
        self.custom_title = False
        self._writer: StreamWriter | None = None
        self._older: list[ViewMessage] = []  # earlier messages not rendered yet
        self._task: asyncio.Task[Any] | None = None
        self._stream_index = -1
        self._pending: list[str] = []

        self.selector = ModelSelector(ctx.catalog, self)
        self.params: dict[str, Any] = {}
        self.params_button = QToolButton(self)
        self.params_button.setObjectName("paramsButton")
        self.params_button.setToolTip("System prompt, temperature and length for this chat")
        self.params_button.clicked.connect(self.edit_params)
        self.view = TranscriptView(self)
        self.view.setObjectName("transcript")
        self.find_bar = FindBar(self.view, self)
        self.composer = Composer(self)
        self.composer.setObjectName("composer")
        self.send_button = QPushButton("Send", self)
        self.send_button.setObjectName("sendButton")
        self.stop_button = QPushButton("Stop", self)
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop the answer (Esc)")
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = QPushButton("Open Settings…", self)
        self.settings_button.setObjectName("openSettings")
        self.settings_button.clicked.connect(self.settingsRequested.emit)
        self.settings_button.hide()

        # The transcript fills the top; everything to act with sits together at the bottom.
        bottom = QHBoxLayout()
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
        layout.addLayout(bottom)

        self._throttle = Throttle(self._flush, parent=self)
        self._save_timer = QTimer(self)  # saves text that arrived just before a pause
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_progress)
        self.composer.submitted.connect(self._on_submitted)
        self.composer.stopRequested.connect(self.stop)
        self.composer.textChanged.connect(self._update_buttons)
        self.send_button.clicked.connect(self.composer.submit)
        self.stop_button.clicked.connect(self.stop)
        self.view.action.connect(self._on_action)
        self.view.typedAhead.connect(self._type_ahead)
        self.view.olderRequested.connect(self.show_older)
        self.view.externalLinkBlocked.connect(
            lambda url: self.notice.emit(f"Blocked a link Ava does not open: {url[:80]}")
        )
        self.selector.changed.connect(self._on_target_changed)
        ctx.targetsChanged.connect(self._refresh_targets)
        ctx.appearanceChanged.connect(self._apply_appearance)
        self._apply_appearance()
        self._refresh_targets()
        if conversation is not None:
            self._load(conversation)
        self._update_params_button()
        self._update_buttons()
        self._update_hint()

    # ------------------------------------------------------------ properties
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def messages(self) -> list[ViewMessage]:
        return self.view.messages

    def _apply_appearance(self) -> None:
        self.view.set_font_size(self.ctx.settings.font_size)
        font = self.view.font()
        self.composer.setFont(font)

    def is_blank(self) -> bool:
        """A fresh tab nobody has used: safe to replace when opening a conversation."""
        return not self.messages and not self.busy and not self.composer.has_text()

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def conversation_id(self) -> int | None:
        return self.conversation.id if self.conversation else None

    def _load(self, conversation: Conversation) -> None:
        self.params = {"system_prompt": conversation.system_prompt,
                       **{k: conversation.params.get(k) for k in ("temperature", "max_tokens")}}
        if conversation.provider:
            self.selector.select(conversation.provider, conversation.model)
        elif conversation.model:
            self.selector.select(None, conversation.model)
        store = self.ctx.store
        if store is not None:
            messages = [view_message(m) for m in store.messages(conversation.id)]
            shown = _first_screen(messages)
            self._older = messages[: len(messages) - shown]
            self.view.set_messages(messages[len(messages) - shown:], older=len(self._older))

    def _persist(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one store call; a storage failure is reported, never loses the chat on screen."""
        store = self.ctx.store
        if store is None:
            return None
        try:
            return func(store, *args, **kwargs)
        except StoreError as exc:
            self.ctx.report_exception(exc, "saving the conversation")
            return None

    def _ensure_conversation(self, title: str) -> None:
        if self.conversation is not None or self.ctx.store is None:
            return
        target_key = self.selector.target_key()
        params = {k: self.params.get(k) for k in ("temperature", "max_tokens")}
        self.conversation = self._persist(
            lambda store: store.create_conversation(
                title, target_key, self.selector.model(),
                system_prompt=self.params.get("system_prompt"), params=params))
        if self.conversation is not None:
            self.conversationCreated.emit(self.conversation.id)

    def _refresh_targets(self) -> None:
        current = self.selector.target_key()
        if current is None:
            default = self.ctx.default_target()
            current = default.key if default else None
        self.selector.set_targets(self.ctx.targets, current)
        if current == self.ctx.default_target_key and self.ctx.default_model:
            self.selector.select(current, self.ctx.default_model)
        self._update_params_button()  # settings (the defaults) may have changed
        self._update_hint()

    def _on_target_changed(self, key: str, model: str) -> None:
        if self.conversation is not None:
            conv_id = self.conversation.id
            self._persist(lambda store: store.update_conversation_settings(
                conv_id, provider=key, model=model))
        target = self.selector.target()
        if target is not None and not target.working:
            self.notice.emit(f"{target.name} is offline: its service no longer answers.")
        self._update_hint()

    def _update_hint(self) -> None:
        target = self.selector.target()
        self.settings_button.hide()
        if self.messages:
            self.hint.hide()
            return
        if target is None or (not target.working and len(self.ctx.targets) <= 1):
            self.hint.setText(
                "No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with "
                "its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local "
                "server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself "
                "(Chat → Find Local Servers)."
            )
            self.settings_button.show()
        elif not target.working:
            self.hint.setText(f"{target.name} is offline: pick another provider above.")
        else:
            self.hint.setText(f"Chatting with {target.name}. Type a message below.")
        self.hint.show()

    def _type_ahead(self, event: QKeyEvent) -> None:
        """Typing while the transcript has focus goes to the composer, nothing is lost."""
        self.focus_composer()
        self.composer.keyPressEvent(event)

    def _update_buttons(self) -> None:
        busy = self.busy
        self.send_button.setEnabled(not busy and self.composer.has_text())
        self.stop_button.setEnabled(busy)

    # ------------------------------------------------------------- sending
    def _on_submitted(self, text: str) -> None:
        self.ctx.call_safely(self.send, text)

    def send(self, text: str) -> bool:
        """Send ``text`` as the next user message; False (text kept) when that can't happen."""
        if self.busy:
            self.notice.emit("Still answering: press Esc to stop it, your text is kept.")
            return False
        if not text.strip() or not self._ready():
            return False
        first = not self.messages
        if first and not self.custom_title:
            self.set_title(title_from(text))
        self._ensure_conversation(self.title)
        stored = self._persist_message("user", text)
        self.composer.clear()
        self.view.add_message(ViewMessage(role="user", content=text,
                                          id=stored.id if stored else None))
        self._update_hint()
        self._start_answer()
        return True

    def _ready(self) -> bool:
        """A provider and a model are chosen; otherwise say what is missing."""
        if self.selector.target() is None:
            self.notice.emit("Choose a provider first.")
            return False
        if not self.selector.model():
            self.notice.emit("Type or choose a model first.")
            self.selector.model_box.setFocus()
            return False
        return True

    # ---------------------------------------------------------- parameters
    def edit_params(self) -> None:
        dialog = ParamsDialog(self.ctx.settings, self.params, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_params.connect(lambda values: self.ctx.call_safely(self.set_params,
                                                                           values))
        dialog.open()

    def set_params(self, values: dict[str, Any]) -> None:
        self.params = dict(values)
        if self.conversation is not None:
            conv_id = self.conversation.id
            extra = {k: values.get(k) for k in ("temperature", "max_tokens")}
            self._persist(lambda store: store.update_conversation_settings(
                conv_id, system_prompt=values.get("system_prompt"), params=extra))
        self._update_params_button()

    def _update_params_button(self) -> None:
        self.params_button.setText(describe(self.ctx.settings, self.params))

    def _request(self, history: list[dict[str, str]]) -> tuple[list[dict[str, str]],
                                                                dict[str, Any]]:
        """Messages and options for one request: the system prompt and limits in effect."""
        effective = effective_params(self.ctx.settings, self.params)
        messages = list(history)
        if effective["system_prompt"]:
            messages.insert(0, {"role": "system", "content": effective["system_prompt"]})
        options: dict[str, Any] = {}
        if effective["temperature"] is not None:
            options["temperature"] = effective["temperature"]
        if effective["max_tokens"]:
            options["max_tokens"] = effective["max_tokens"]
        return messages, options

    def _persist_message(self, role: str, content: str, **fields: Any) -> Message | None:
        if self.conversation is None:
            return None
        conv_id = self.conversation.id
        return self._persist(lambda store: store.add_message(conv_id, role, content, **fields))

    def show_older(self, count: int = OLDER_CHUNK) -> None:
        """Render the previous ``count`` messages above the ones on screen."""
        if not self._older:
            return
        chunk = self._older[-count:]
        del self._older[-count:]
        self.view.prepend_messages(chunk, older=len(self._older))
        if self._stream_index >= 0:
            self._stream_index += len(chunk)

    def reveal_message(self, message_id: int) -> None:
        """Scroll to a stored message (a search hit), rendering earlier ones if needed."""
        position = next((i for i, m in enumerate(self._older) if m.id == message_id), None)
        if position is not None:
            self.show_older(len(self._older) - position)
        self.view.scroll_to_message(message_id)

    def all_messages(self) -> list[ViewMessage]:
        """The whole conversation, including messages not rendered yet."""
        return [*self._older, *self.messages]

    def _history(self, upto: int | None = None) -> list[dict[str, str]]:
        messages = [*self._older, *(self.messages if upto is None else self.messages[:upto])]
        return [
            {"role": m.role, "content": m.content}
            for m in messages
            if m.role in ("user", "assistant", "system") and m.content
        ]

    def _start_answer(self, continue_index: int | None = None) -> None:
        target = self.selector.target()
        model = self.selector.model()
        if target is None:  # callers check _ready(); the list may have changed since
            return
        self.ctx.remember_choice(target.key, model)
        if continue_index is None:
            history = self._history()
            stored = self._persist_message("assistant", "", state="streaming", model=model)
            index = self.view.add_message(ViewMessage(role="assistant", model=model,
                                                      id=stored.id if stored else None))
        else:
            index = continue_index
            history = self._history(index + 1)
        message = self.messages[index]
        message.error = None
        message.model = model
        prefix = message.content
        self._writer = None
        if message.id is not None and self.ctx.store is not None:
            message_id = message.id
            self._persist(lambda store: store.update_message(
                message_id, state="streaming", error=None, model=model))
            self._writer = StreamWriter(self.ctx.store, message_id, initial=prefix)
        self.view.begin_stream(index)
        if prefix:
            message.content = ""
            self.view.stream_append(index, prefix)
        self._stream_index = index
        self._pending.clear()
        history, options = self._request(history)
        options.update(target.options)
        if target.key == LOCAL_KEY:
            options["on_progress"] = self._on_load_progress
        proxy = self.ctx.proxy_for(target)
        if proxy:
            options["proxy"] = proxy
        if self.ctx.session is not None:
            options["session"] = self.ctx.session
        generation = Generation(
            provider=target.provider,
            model=model,
            messages=history,
            options=options,
            on_text=self._on_text,
            on_reasoning=self._on_reasoning,
        )
        if not target.working:
            # An offline provider still gets its honest error from the network.
            self.notice.emit(f"{target.name} is offline; trying anyway.")
        self._task = self.ctx.spawn(self._run(generation, prefix), name="generation")
        self._save_timer.start()
        self._set_busy(True)

    async def _run(self, generation: Generation, prefix: str) -> None:
        try:
            await generation.run()
        except asyncio.CancelledError:
            pass
        finally:  # whatever happened (even a bug in a callback), the answer is closed and saved
            self._finish(generation.result, prefix)

    def _on_load_progress(self, message: str, fraction: float) -> None:
        """A local model is loading before its first answer: say how far it got."""
        self.notice.emit(f"{message}… {fraction:.0%}")
        if 0 <= self._stream_index < len(self.messages):
            self.view.set_status(self._stream_index, f"{message}…")

    def _on_text(self, delta: str) -> None:
        self._pending.append(delta)
        self._throttle.request()
        if self._writer is not None:
            writer = self._writer
            self._persist(lambda _store: writer.append(delta))

    def _on_reasoning(self, delta: str) -> None:
        """Reasoning models think first: keep it apart from the answer, say it is happening."""
        if 0 <= self._stream_index < len(self.messages):
            self.view.set_status(self._stream_index, "Thinking…")
        if self._writer is not None:
            writer = self._writer
            self._persist(lambda _store: writer.append_reasoning(delta))

    def _save_progress(self) -> None:
        if self._writer is not None:
            writer = self._writer
            self._persist(lambda _store: writer.maybe_flush())

    def _flush(self) -> None:
        if not self._pending or self._stream_index < 0:
            return
        delta = "".join(self._pending)
        self._pending.clear()
        self.view.stream_append(self._stream_index, delta)

    def _finish(self, result: GenerationResult, prefix: str) -> None:
        self._throttle.cancel()
        self._save_timer.stop()
        self._flush()
        # The index moves when earlier messages are prepended meanwhile (scrolling up).
        index, self._stream_index = self._stream_index, -1
        writer, self._writer = self._writer, None
        error = str(result.error) if result.state == ERROR and result.error else None
        if writer is not None:
            self._persist(lambda _store: writer.finish(
                result.state, error=error, timings=result.timings(), usage=result.usage))
        self._task = None
        if 0 <= index < len(self.messages):  # else the message was removed meanwhile
            message = self.messages[index]
            message.reasoning = result.reasoning
            message.state = result.state
            message.timings = result.timings()
            message.error = error
            if message.content == prefix + result.text:
                self.view.finish_stream(index)
            else:  # cannot happen unless a delta went astray; then trust the full text
                message.content = prefix + result.text
                self.view.update_message(index)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._update_buttons()
        self.busyChanged.emit(busy)

    # ------------------------------------------------------------ controls
    def stop(self) -> None:
        """Stop the running answer; its partial text stays."""
        if self.busy and self._task is not None:
            self._task.cancel()

    async def stop_and_wait(self) -> None:
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def regenerate(self) -> None:
        """Drop the last answer and ask again."""
        if self.busy or not self._ready():
            return  # nothing is dropped unless a new answer can start
        last = len(self.messages) - 1
        if last < 0 or self.messages[last].role != "assistant":
            return
        self._forget_from(last)
        self._start_answer()

    def continue_answer(self, index: int) -> None:
        if self.busy or index != len(self.messages) - 1 or not self._ready():
            return
        self._start_answer(continue_index=index)

    def edit_last_user_message(self) -> None:
        """Put the last user message back into the composer and drop it and what followed."""
        if self.busy:
            return
        for index in range(len(self.messages) - 1, -1, -1):
            if self.messages[index].role == "user":
                text = self.messages[index].content
                self._forget_from(index)
                self.composer.setPlainText(text)
                self.composer.moveCursor(QTextCursor.MoveOperation.End)
                self.focus_composer()
                self._update_hint()
                return

    def _forget_from(self, index: int) -> None:
        """Remove messages ``index..end`` from the view and the store."""
        message = self.messages[index]
        if message.id is not None and self.conversation is not None:
            conv_id, message_id = self.conversation.id, message.id
            self._persist(lambda store: store.delete_messages_after(conv_id, message_id,
                                                                    inclusive=True))
        self.view.remove_from(index)

    def set_title(self, title: str, custom: bool = False) -> None:
        self.title = title or "New chat"
        self.custom_title = self.custom_title or custom
        if custom and self.conversation is not None:
            conv_id = self.conversation.id
            self._persist(lambda store: store.rename(conv_id, self.title))
        self.titleChanged.emit(self.title)

    # ---------------------------------------------------------------- copy
    def _on_action(self, verb: str, index: int, arg: str) -> None:
        self.ctx.call_safely(self._do_action, verb, index, arg)

    def _do_action(self, verb: str, index: int, arg: str) -> None:
        message = self.messages[index]
        if verb == "copy":
            self._copy(message.content, "Copied as Markdown")
        elif verb == "copy-text":
            self._copy(plain_text(message.content), "Copied as plain text")
        elif verb == "copy-code":
            blocks = code_blocks(message.content)
            if arg.isdigit() and int(arg) < len(blocks):
                self._copy(blocks[int(arg)], "Copied code")
        elif verb in ("regenerate", "retry"):
            self.regenerate()
        elif verb == "continue":
            self.continue_answer(index)
        elif verb == "edit":
            self.edit_last_user_message()
        elif verb == "thoughts" and not (self.busy and index == self._stream_index):
            message.show_reasoning = not message.show_reasoning
            self.view.update_message(index)

    def _copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.emit(what)

    def last_answer(self) -> str | None:
        for message in reversed(self.messages):
            if message.role == "assistant":
                return message.content
        return None

    def copy_last_answer(self) -> None:
        answer = self.last_answer()
        if answer is None:
            self.notice.emit("No answer to copy yet")
        else:
            self._copy(answer, "Copied the last answer as Markdown")

    def conversation_markdown(self) -> str:
        """The conversation as the Markdown export writes it (saved or not)."""
        now = time.time()
        conversation = self.conversation or Conversation(
            id=0, title=self.title, created_at=now, updated_at=now,
            provider=self.selector.target_key(), model=self.selector.model())
        messages = [
            Message(id=m.id or 0, conversation_id=conversation.id, position=i,
                    role=m.role, content=m.content, state=m.state,  # type: ignore[arg-type]
                    model=m.model, created_at=now, error=m.error)
            for i, m in enumerate(self.all_messages())
        ]
        return to_markdown(replace(conversation, title=self.title), messages)

    def copy_conversation(self) -> None:
        self._copy(self.conversation_markdown(), "Copied the conversation as Markdown")

