"""Opening conversations: from the sidebar, the history dialog (Ctrl+K) or a closed tab
(Ctrl+Shift+T), and following deletes, renames and model titles wherever they were made.

A mixin of ``MainWindow``; the window provides ``ctx``, ``tabs``, ``sidebar``, ``toast``,
``conv_actions``, ``_closed`` and the tab methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt

from ava_desktop.core.conversation.node import TitleChanged
from ava_desktop.core.store import NotFoundError
from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.gc import promote_loaded

if TYPE_CHECKING:  # dialogs, export and import load when first used, not before the window
    from ava_desktop.ui.history import HistoryDialog

if TYPE_CHECKING:
    from ava_desktop.ui.main_window import MainWindow


class ConversationCommands:
    _history: HistoryDialog | None = None

    def reopen_closed_tab(self: MainWindow) -> None:
        """Ctrl+Shift+T: the last closed conversation comes back in a new tab."""
        while self._closed:
            conversation_id = self._closed.pop()
            if self._load(conversation_id) is not None:
                self.open_conversation(conversation_id, new_tab=True)
                return
        self.notify(self.tr("No closed tab to reopen"))

    # ------------------------------------------------------- conversations
    def tab_for(self: MainWindow, conversation_id: int) -> ChatTab | None:
        return next((t for t in self.chat_tabs() if t.conversation_id == conversation_id), None)

    def _load(self: MainWindow, conversation_id: int) -> Any:
        store = self.ctx.store
        try:
            return store.get_conversation(conversation_id) if store else None
        except NotFoundError:
            return None

    def open_conversation(self: MainWindow, conversation_id: int, message_id: int | None = None,
                          new_tab: bool = True) -> None:
        """Focus the tab holding the conversation, or open it: in a new tab, or in place of
        the current one (``new_tab=False``, unless that one is answering or has a draft). A
        blank tab is always replaced."""
        tab = self.tab_for(conversation_id)
        if tab is None:
            conversation = self._load(conversation_id)
            if conversation is None:
                self.notify(self.tr("That conversation no longer exists"))
                return
            current = self.current_tab()
            # never replace a tab that is answering or holds text being typed
            replace = current is not None and (current.is_blank() or (
                not new_tab and not current.busy and not current.composer.has_text()))
            tab = ChatTab(self.ctx, conversation, parent=self.tabs)
            self.new_tab(tab, index=self.tabs.currentIndex() + 1 if current else -1)
            if replace and current is not None:
                self.close_tab(current)
            promote_loaded()  # its messages live long: young collections need not walk them
        self.tabs.setCurrentWidget(tab)
        if message_id is not None:
            tab.reveal_message(message_id)

    def show_history(self: MainWindow) -> None:
        store = self.ctx.store
        if store is None:
            self.notify(self.tr("History is not available (the database could not be opened)"))
            return
        if self._history is not None:
            self._history.raise_()
            self._history.activateWindow()
            self._history.search.setFocus()
            return
        from ava_desktop.ui.history import HistoryDialog

        dialog = HistoryDialog(store, self, self.conv_actions)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openRequested.connect(
            lambda cid, mid: self.ctx.call_safely(
                self.open_conversation, cid, mid if mid >= 0 else None))
        if self.conv_actions is not None:
            self.conv_actions.changed.connect(dialog.refresh)
        dialog.destroyed.connect(lambda *_: setattr(self, "_history", None))
        self._history = dialog
        dialog.open()
        dialog.search.setFocus()

    def _on_conversation_deleted(self: MainWindow, conversation_id: int) -> None:
        tab = self.tab_for(conversation_id)
        if tab is not None:
            tab.stop()
            tab.conversation = None  # its rows are gone with the conversation
            self.close_tab(tab)
        self._closed = [c for c in self._closed if c != conversation_id]
        actions = self.conv_actions
        title = actions.last_deleted_title() if actions else ""
        self.toast.show_notice(self.tr("Deleted “{title}”").format(title=title), 8000,
                               self.tr("Undo"),
                               lambda: self.ctx.call_safely(self.sidebar.undo_delete))

    def _on_conversation_renamed(self: MainWindow, conversation_id: int, title: str) -> None:
        tab = self.tab_for(conversation_id)
        if tab is not None:
            tab.set_title(title, custom=True)

    def _follow_session(self: MainWindow, tab: ChatTab) -> None:
        """Titles the model gives reach the lists through ``ConversationActions.changed``,
        also when they come after the tab closed (its session still saves them)."""
        actions = self.conv_actions

        def on_event(event: object) -> None:
            if isinstance(event, TitleChanged) and actions is not None \
                    and shiboken6.isValid(actions):
                actions.title_saved()

        tab.session.subscribe(on_event)

    def conversations_changed(self: MainWindow) -> None:
        self.sidebar.reload()

