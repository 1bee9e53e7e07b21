"""What a tab does with versions: regenerate, continue, edit (the old turn stays until the
edit is sent, Esc cancels), switch versions, and ask several models at once. A mixin of
``ChatTab``; every action names its message by id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor

from ava_desktop.ui.compare import CompareDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from ava_desktop.core.conversation.session import ChatSession
    from ava_desktop.ui.compare import CompareStrip
    from ava_desktop.ui.composer import Composer
    from ava_desktop.ui.context import AppContext
    from ava_desktop.ui.model_selector import ModelSelector
    from ava_desktop.ui.transcript import TranscriptView, ViewMessage

translate = QCoreApplication.translate


class VersionsAndEdits:
    ctx: AppContext
    session: ChatSession
    view: TranscriptView
    composer: Composer
    selector: ModelSelector
    edit_banner: QLabel
    compare_strip: CompareStrip
    notice: Signal
    _editing: int | None
    _draft_before_edit: str
    _compare_picks: list[tuple[Any, str]] | None

    if TYPE_CHECKING:  # provided by the tab; never defined here (they would shadow it)
        busy: bool
        messages: list[ViewMessage]
        def request_plan(self) -> Any: ...
        def focus_composer(self) -> None: ...
        def tr(self, text: str) -> str: ...

    def ask_several_models(self) -> None:
        dialog = CompareDialog(self.ctx, (self.selector.target_key(), self.selector.model()),
                               self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.compare_next)
        dialog.open()

    def compare_next(self, picks: list[tuple[Any, str]]) -> None:
        """The next message goes to each of ``picks`` ((target, model) pairs)."""
        self._compare_picks = list(picks)
        names = ", ".join(m for _t, m in picks)
        self.edit_banner.setText(QCoreApplication.translate(
            "ChatTab", "The next message goes to {names}, side by side. Esc cancels.")
            .format(names=names))
        self.edit_banner.show()
        self.focus_composer()

    def choose_compared(self, node_id: int) -> None:
        """Continue the conversation from this compared answer; the others stay versions."""
        if self.busy:
            self.notice.emit(translate(
                "ChatTab", "Still answering: wait for every model, or press Esc."))
            return
        self.session.switch(node_id)
        self.compare_strip.clear()
        self.focus_composer()

    def regenerate(self, message_id: int | None = None) -> None:
        """A new version of the answer ``message_id`` (default: the last answer)."""
        if message_id is None:
            last = next((m for m in reversed(self.messages) if m.role == "assistant"), None)
            if last is None:
                return
            message_id = last.id
        if self.busy:
            self.notice.emit(translate(
                "ChatTab", "Still answering: press Esc to stop it first."))
            return
        plan = self.request_plan()
        if plan is not None:
            self.view.scroll_to_bottom()
            self.session.regenerate(message_id, plan)

    def continue_answer(self, message_id: int) -> None:
        plan = self.request_plan()
        if plan is not None and not self.busy:
            self.session.continue_answer(message_id, plan)

    def _editing_text(self) -> str:
        return ("Editing a message: Enter sends it as a new version (the old one stays), "
                "Esc cancels.")

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
        self.edit_banner.setText(self._editing_text())
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
