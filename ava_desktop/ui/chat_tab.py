"""One conversation tab: the controller between composer, transcript, provider and store."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ava_desktop.core.chat import ERROR, Generation, GenerationResult
from ava_desktop.core.markdown import code_blocks, plain_text
from ava_desktop.ui.composer import Composer
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.model_selector import ModelSelector
from ava_desktop.ui.throttle import Throttle
from ava_desktop.ui.transcript import TranscriptView, ViewMessage

TITLE_LENGTH = 40


def title_from(text: str) -> str:
    """A tab title from the first user message: its first line, shortened."""
    line = " ".join(text.strip().split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


class ChatTab(QWidget):
    """Owns one conversation and at most one running generation."""

    titleChanged = Signal(str)
    busyChanged = Signal(bool)
    notice = Signal(str)  # a short status-bar message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = "New chat"
        self.custom_title = False
        self._task: asyncio.Task[Any] | None = None
        self._generation: Generation | None = None
        self._stream_index = -1
        self._pending: list[str] = []

        self.selector = ModelSelector(ctx.catalog, self)
        self.view = TranscriptView(self)
        self.view.setObjectName("transcript")
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

        top = QHBoxLayout()
        top.addWidget(self.selector, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._throttle = Throttle(self._flush, parent=self)
        self.composer.submitted.connect(self._on_submitted)
        self.composer.stopRequested.connect(self.stop)
        self.composer.textChanged.connect(self._update_buttons)
        self.send_button.clicked.connect(self.composer.submit)
        self.stop_button.clicked.connect(self.stop)
        self.view.action.connect(self._on_action)
        self.view.externalLinkBlocked.connect(
            lambda url: self.notice.emit(f"Blocked a link Ava does not open: {url[:80]}")
        )
        self.selector.changed.connect(self._on_target_changed)
        ctx.targetsChanged.connect(self._refresh_targets)
        self._refresh_targets()
        self._update_buttons()
        self._update_hint()

    # ------------------------------------------------------------ properties
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def messages(self) -> list[ViewMessage]:
        return self.view.messages

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_targets(self) -> None:
        current = self.selector.target_key()
        if current is None:
            default = self.ctx.default_target()
            current = default.key if default else None
        self.selector.set_targets(self.ctx.targets, current)
        if current == self.ctx.default_target_key and self.ctx.default_model:
            self.selector.select(current, self.ctx.default_model)
        self._update_hint()

    def _on_target_changed(self, key: str, model: str) -> None:
        target = self.selector.target()
        if target is not None and not target.working:
            self.notice.emit(f"{target.name} is offline: its service no longer answers.")
        self._update_hint()

    def _update_hint(self) -> None:
        target = self.selector.target()
        if self.messages:
            self.hint.hide()
            return
        if target is None or not target.working and len(self.ctx.targets) <= 1:
            self.hint.setText(
                "No provider is connected yet. Set OPENAI_BASE_URL (and OPENAI_API_KEY) for an "
                "OpenAI-compatible server, or start a local server such as Ollama or LM Studio."
            )
        elif not target.working:
            self.hint.setText(f"{target.name} is offline: pick another provider above.")
        else:
            self.hint.setText(f"Chatting with {target.name}. Type a message below.")
        self.hint.show()

    def _update_buttons(self) -> None:
        busy = self.busy
        self.send_button.setEnabled(not busy and self.composer.has_text())
        self.stop_button.setEnabled(busy)

    # ------------------------------------------------------------- sending
    def _on_submitted(self, text: str) -> None:
        self.ctx.call_safely(self.send, text)

    def send(self, text: str) -> bool:
        """Send ``text`` as the next user message; False (text kept) when that can't happen."""
        if self.busy or not text.strip():
            return False
        target = self.selector.target()
        model = self.selector.model()
        if target is None:
            self.notice.emit("Choose a provider first.")
            return False
        if not model:
            self.notice.emit("Type or choose a model first.")
            self.selector.model_box.setFocus()
            return False
        self.composer.clear()
        index = self.view.add_message(ViewMessage(role="user", content=text))
        if index == 0 and not self.custom_title:
            self.set_title(title_from(text))
        self._update_hint()
        self._start_answer()
        return True

    def _history(self, upto: int | None = None) -> list[dict[str, str]]:
        messages = self.messages if upto is None else self.messages[:upto]
        return [
            {"role": m.role, "content": m.content}
            for m in messages
            if m.role in ("user", "assistant", "system") and m.content
        ]

    def _start_answer(self, continue_index: int | None = None) -> None:
        target = self.selector.target()
        model = self.selector.model()
        assert target is not None
        self.ctx.remember_choice(target.key, model)
        if continue_index is None:
            history = self._history()
            index = self.view.add_message(ViewMessage(role="assistant", model=model))
        else:
            index = continue_index
            history = self._history(index + 1)
        message = self.messages[index]
        message.error = None
        message.model = model
        prefix = message.content
        self.view.begin_stream(index)
        if prefix:
            message.content = ""
            self.view.stream_append(index, prefix)
        self._stream_index = index
        self._pending.clear()
        options: dict[str, Any] = dict(target.options)
        if self.ctx.session is not None:
            options["session"] = self.ctx.session
        generation = Generation(
            provider=target.provider,
            model=model,
            messages=history,
            options=options,
            on_text=self._on_text,
        )
        self._generation = generation
        if not target.working:
            # An offline provider still gets its honest error from the network.
            self.notice.emit(f"{target.name} is offline; trying anyway.")
        self._task = self.ctx.spawn(self._run(generation, index, prefix), name="generation")
        self._set_busy(True)

    async def _run(self, generation: Generation, index: int, prefix: str) -> None:
        try:
            result = await generation.run()
        except asyncio.CancelledError:
            result = generation.result
        self._finish(index, result, prefix)

    def _on_text(self, delta: str) -> None:
        self._pending.append(delta)
        self._throttle.request()

    def _flush(self) -> None:
        if not self._pending or self._stream_index < 0:
            return
        delta = "".join(self._pending)
        self._pending.clear()
        self.view.stream_append(self._stream_index, delta)

    def _finish(self, index: int, result: GenerationResult, prefix: str) -> None:
        self._throttle.cancel()
        self._pending.clear()
        self._stream_index = -1
        if index >= len(self.messages):  # the message was removed meanwhile
            self._set_busy(False)
            return
        message = self.messages[index]
        message.content = prefix + result.text
        message.reasoning = result.reasoning
        message.state = result.state if result.state != ERROR else "error"
        message.timings = result.timings()
        if result.state == ERROR and result.error is not None:
            message.error = str(result.error)
        self.view.update_message(index)
        self._task = None
        self._generation = None
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
        if self.busy:
            return
        last = len(self.messages) - 1
        if last < 0 or self.messages[last].role != "assistant":
            return
        self.view.remove_from(last)
        self._start_answer()

    def continue_answer(self, index: int) -> None:
        if self.busy or index != len(self.messages) - 1:
            return
        self._start_answer(continue_index=index)

    def edit_last_user_message(self) -> None:
        """Put the last user message back into the composer and drop it and what followed."""
        if self.busy:
            return
        for index in range(len(self.messages) - 1, -1, -1):
            if self.messages[index].role == "user":
                text = self.messages[index].content
                self.view.remove_from(index)
                self.composer.setPlainText(text)
                self.focus_composer()
                self._update_hint()
                return

    def set_title(self, title: str, custom: bool = False) -> None:
        self.title = title or "New chat"
        self.custom_title = self.custom_title or custom
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
        parts = [f"# {self.title}\n"]
        for message in self.messages:
            who = "You" if message.role == "user" else f"Assistant ({message.model or '?'})"
            parts.append(f"## {who}\n\n{message.content}\n")
        return "\n".join(parts)

    def copy_conversation(self) -> None:
        self._copy(self.conversation_markdown(), "Copied the conversation as Markdown")

