"""Where a tab's messages go: the model choice, its parameters and the setup hint.

The base of ``ChatTab``: everything that decides the ``RequestPlan`` of the next request.
Nothing is sent to a host the user did not pick: with no provider chosen (none configured,
or only an offline one), Send stays disabled and the tab shows how to set one up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QWidget

from ava_desktop.core.conversation.request import Connection, RequestPlan, Sampling
from ava_desktop.core.settings import effective_params
from ava_desktop.core.store import Conversation, StoreError
from ava_desktop.core.targets import LOCAL_KEY, Target
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.messages import local_stage_text
from ava_desktop.ui.model_selector import ModelSelector
from ava_desktop.ui.params_dialog import ParamsDialog, describe

NO_PROVIDER_HINT = QT_TRANSLATE_NOOP(
    "ChatSetup",
    "No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key "
    "(OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as "
    "Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).")


class ChatSetup(QWidget):
    settingsRequested = Signal()
    notice = Signal(str)  # a short status-bar message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.params: dict[str, Any] = {}
        self.selector = ModelSelector(ctx.catalog, self)
        self.params_button = QToolButton(self)
        self.params_button.setObjectName("paramsButton")
        self.params_button.setToolTip(self.tr("System prompt, temperature and length for this "
                                              "chat"))
        self.params_button.clicked.connect(self.edit_params)
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = QPushButton(self.tr("Open Settings…"), self)
        self.settings_button.setObjectName("openSettings")
        self.settings_button.clicked.connect(self.settingsRequested.emit)
        self.settings_button.hide()

    # the tab provides these
    conversation: Conversation | None
    messages: list[Any]

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def setup_targets(self, conversation: Conversation | None) -> None:
        if conversation is not None:
            self.params = {"system_prompt": conversation.system_prompt,
                           **{k: conversation.params.get(k) for k in ("temperature",
                                                                      "max_tokens")}}
        self.ctx.targetsChanged.connect(self._refresh_targets)
        self._refresh_targets()
        if conversation is not None and (conversation.provider or conversation.model):
            self.selector.select(conversation.provider, conversation.model)
        # Connected once the choice is made: a restored tab saved the default model into its
        # conversation, then its own back (three writes per tab at start-up).
        self.selector.changed.connect(self._on_target_changed)
        key, model = self.selector.target_key(), self.selector.model()
        if conversation is not None and key is not None and (
                key, model) != (conversation.provider, conversation.model):
            self._on_target_changed(key, model)  # what the tab shows is what it keeps
        self._update_params_button()

    def _refresh_targets(self) -> None:
        current = self.selector.target_key()
        if current is None:
            default = self.ctx.default_target()
            current = default.key if default else None
        self.selector.set_targets(self.ctx.targets, current)
        if current is not None and current == self.ctx.default_target_key \
                and self.ctx.default_model:
            self.selector.select(current, self.ctx.default_model)
        self._update_params_button()  # settings (the defaults) may have changed
        self._update_hint()
        self._update_buttons()

    def save_conversation_settings(self, failed: str, **fields: Any) -> None:
        """Keep a setting with this tab's conversation (``params`` are merged into the ones it
        has); ``failed`` ("…: {exc}") is the notice when the store cannot save it."""
        conversation = self.conversation
        if conversation is None or self.ctx.store is None:
            return
        if "params" in fields:
            fields["params"] = conversation.params = {**conversation.params,
                                                      **fields["params"]}
        try:
            self.ctx.store.update_conversation_settings(conversation.id, **fields)
        except StoreError as exc:
            self.notice.emit(failed.format(exc=exc))

    def _on_target_changed(self, key: str, model: str) -> None:
        self.save_conversation_settings(self.tr("Could not save the model choice: {exc}"),
                                        provider=key, model=model)
        target = self.selector.target()
        if target is not None and not target.working:
            self.notice.emit(self.tr("{name} is offline: its service no longer answers.")
                             .format(name=target.name))
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        target = self.selector.target()
        self.settings_button.hide()
        if self.messages:
            self.hint.hide()
            return
        if target is None:
            self.hint.setText(self.tr(NO_PROVIDER_HINT))
            self.settings_button.show()
        elif not target.working:
            self.hint.setText(self.tr("{name} is offline: its service no longer answers. Pick "
                                      "another provider above.")
                              .format(name=target.name))
        else:
            self.hint.setText(self.tr("Chatting with {name}. Type a message below.")
                              .format(name=target.name))
        self.hint.show()

    # ---------------------------------------------------------- parameters
    def edit_params(self) -> None:
        dialog = ParamsDialog(self.ctx.settings, self.params, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_params.connect(lambda values: self.ctx.call_safely(self.set_params,
                                                                           values))
        dialog.open()

    def set_params(self, values: dict[str, Any]) -> None:
        self.params = dict(values)
        self.save_conversation_settings(
            self.tr("Could not save the chat settings: {exc}"),
            system_prompt=values.get("system_prompt"),
            params={k: values.get(k) for k in ("temperature", "max_tokens")})
        self._update_params_button()

    def _update_params_button(self) -> None:
        self.params_button.setText(describe(self.ctx.settings, self.params))

    def request_plan(self) -> RequestPlan | None:
        """Where and how the next request goes; None (and why, said) when it can't."""
        return self.plan_for(self.selector.target(), self.selector.model())

    def plan_for(self, target: Target | None, model: str,
                 remember: bool = True) -> RequestPlan | None:
        if target is None:
            self.notice.emit(self.tr("Choose a provider first (Settings, Ctrl+,)."))
            return None
        if not model:
            self.notice.emit(self.tr("Type or choose a model first."))
            self.selector.model_box.setFocus()
            return None
        if not target.working:
            self.notice.emit(self.tr("{name} is offline; trying anyway.").format(name=target.name))
        if remember:
            self.ctx.remember_choice(target.key, model)
        effective = effective_params(self.ctx.settings, self.params)
        return RequestPlan(
            provider=target.provider, model=model, endpoint=target.options,
            sampling=Sampling(temperature=effective["temperature"],
                              max_tokens=effective["max_tokens"] or None),
            system_prompt=effective["system_prompt"] or None,
            connection=Connection(self.ctx.session, self.ctx.proxy_for(target)),
            on_progress=self._on_load_progress if target.key == LOCAL_KEY else None,
            target_name=target.name)

    def _on_load_progress(self, message: str, fraction: float) -> None:
        """A local model is loading before its first answer: say how far it got."""
        percent = QLocale().toString(round(fraction * 100))
        self.notice.emit(f"{local_stage_text(message)}… {percent}%")
