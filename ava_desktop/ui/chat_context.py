"""The context meter of a tab, and what happens when the next request will not fit.

A mixin of ``ChatTab``: it measures the request that sending now would make (the shown path,
the draft, the attachments) against the model's context window, and before a request that
will not fit it asks: leave out the oldest messages from this request, start a new
conversation from a summary, or send anyway.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ava_desktop.core.attachments.context import first_part
from ava_desktop.core.context import (
    ContextState,
    default_reserve,
    family_for,
    model_key,
    path_request,
    summary_request,
    tokenizer_for,
    window_for,
)
from ava_desktop.core.context.estimate import estimate_text
from ava_desktop.core.conversation.parts import FilePart
from ava_desktop.core.settings import effective_params
from ava_desktop.ui.formats import count, counted
from ava_desktop.ui.i18n import english_plural

if TYPE_CHECKING:
    from ava_desktop.core.conversation.session import ChatSession
    from ava_desktop.ui.attachments.tray import AttachmentTray
    from ava_desktop.ui.composer import Composer
    from ava_desktop.ui.context import AppContext
    from ava_desktop.ui.context_meter import ContextMeter
    from ava_desktop.ui.model_selector import ModelSelector

# Notices of a server saying the request did not fit its context.
TOO_LONG = ("too_long", "too_long_stream")


class ContextChecks:
    ctx: AppContext
    session: ChatSession
    selector: ModelSelector
    composer: Composer
    tray: AttachmentTray
    meter: ContextMeter
    params: dict[str, Any]

    async def _measure_context(self) -> ContextState | None:
        target, model = self.selector.target(), self.selector.model()
        if target is None or not model:
            return None
        effective = effective_params(self.ctx.settings, self.params)
        window = window_for(target, model, self.ctx.settings, self.ctx.catalog.infos(target))
        return await self.ctx.context_counter.measure(
            self.session.path(), key=model_key(target, model), model=model,
            family=family_for(target, model),
            system_prompt=effective["system_prompt"] or None,
            draft=self.composer.toPlainText(), attachments=self.tray.parts(), window=window,
            reserve=default_reserve(window.tokens if window else None,
                                    effective["max_tokens"] or None),
            tokenizer=tokenizer_for(target, model))

    def _too_long(self, text: str, send: Any) -> bool:
        """True when the request will not fit and the user was asked what to do instead;
        ``send(skip_oldest, parts=None)`` sends once they chose (``parts``: the attachments
        with a file cut to its first part)."""
        state = self.meter.state()
        if state is None or state.level != "over":
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Too long for the model"),
                          counted(self.tr("This request takes about {count} token(s), and the "
                                          "model's context holds {limit} (with room for the "
                                          "answer). What should Ava do?", "", state.used),
                                  state.used).format(limit=count(state.limit or 0)),
                          QMessageBox.StandardButton.Cancel,
                          self)  # type: ignore[arg-type]
        big = self._biggest_file()
        first = None
        if big is not None and state.limit:
            tokens = estimate_text(big.text)
            room = max(256, state.limit - state.reserve - (state.used - tokens))
            if tokens > room:
                first = box.addButton(self.tr("Send the First Part of {name}")
                                      .format(name=big.name),
                                      QMessageBox.ButtonRole.AcceptRole)
                box.setInformativeText(counted(self.tr(
                    "{name} alone is about {count} token(s) ({chars} characters); about {room} "
                    "are free.", "", tokens), tokens).format(
                    name=big.name, chars=count(len(big.text)), room=count(room)))
        drop = None
        if state.fits_after_drop and state.drop:
            drop = box.addButton(english_plural(self.tr("Leave Out the Oldest %n Message(s)",
                                                        "", state.drop), state.drop),
                                 QMessageBox.ButtonRole.AcceptRole)
        summary = box.addButton(self.tr("New Conversation from a Summary"),
                                QMessageBox.ButtonRole.ActionRole)
        anyway = box.addButton(self.tr("Send Anyway"), QMessageBox.ButtonRole.DestructiveRole)

        def chosen(button: Any) -> None:
            if button is first and big is not None:
                cut = first_part(big, room)
                send(0, [cut if p is big else p for p in self.tray.parts()])
            elif button is drop:
                send(state.drop)
            elif button is anyway:
                send(0)
            elif button is summary:
                self._start_from_summary(state)

        box.buttonClicked.connect(chosen)
        box.open()
        self.too_long_box = box
        return True

    def _offer_after_too_long(self, node: Any) -> None:
        """The server said "too long" though the estimate fitted: the same choice as before
        sending, for the answer that failed (the user's message stays where it is)."""
        notice = (getattr(node, "timings", None) or {}).get("error_notice") or {}
        if getattr(node, "role", "") != "assistant" or notice.get("kind") not in TOO_LONG:
            return
        earlier = max(0, len(self.session.path()) - 2)  # before the question and its answer
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Too long for the model"),
                          self.tr("The server says this request is longer than the model's "
                                  "context. What should Ava do?"),
                          QMessageBox.StandardButton.Cancel, self)  # type: ignore[arg-type]
        count = (earlier + 1) // 2
        drop = box.addButton(self.tr("Leave Out the Oldest {drop} Messages").format(drop=count),
                             QMessageBox.ButtonRole.AcceptRole) if count else None
        summary = box.addButton(self.tr("New Conversation from a Summary"),
                                QMessageBox.ButtonRole.ActionRole)

        def chosen(button: Any) -> None:
            if button is drop:
                plan = self.request_plan()  # type: ignore[attr-defined]
                if plan is not None:
                    self.session.regenerate(node.id, replace(plan, skip_oldest=count))
            elif button is summary:
                self._start_from_summary(self.meter.state() or ContextState())

        box.buttonClicked.connect(chosen)
        box.open()
        self.too_long_box = box

    def _biggest_file(self) -> FilePart | None:
        files = [p for p in self.tray.parts() if isinstance(p, FilePart)]
        return max(files, key=lambda p: len(p.text), default=None)

    def _start_from_summary(self, state: ContextState) -> None:
        """Ask for a summary of this conversation first: the request goes in the composer
        (the draft stays), ready to send to the same model with less of the history."""
        messages, _nodes = path_request(self.session.path(), None)
        budget = max(256, (state.limit or 4096) // 2)
        request = summary_request(messages, budget)
        self.summaryRequested.emit(request)  # type: ignore[attr-defined]
