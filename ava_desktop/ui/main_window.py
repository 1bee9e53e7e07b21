"""The main window: conversation tabs, menus, shortcuts and the status bar."""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

from ava_desktop.core.local import is_gguf, local_server_available
from ava_desktop.core.settings import FONT_SIZE_RANGE, Settings
from ava_desktop.core.store import NotFoundError, StoreError
from ava_desktop.core.targets import LOCAL_KEY
from ava_desktop.ui.appearance import FONT_STEP, apply_theme
from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.tabs import ChatTabBar

if TYPE_CHECKING:  # dialogs, export and import load when first used, not before the window
    from ava_desktop.ui.history import HistoryDialog
    from ava_desktop.ui.settings_dialog import SettingsDialog

STATUS_TIMEOUT_MS = 4000


def _busy_icon() -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.GlobalColor.darkCyan)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """Holds the tabs; asks the application to quit instead of closing itself."""

    quitRequested = Signal()
    tabsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Ava Desktop")
        self.resize(1000, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tab_bar = ChatTabBar(self.tabs)
        self.tabs.setTabBar(self.tab_bar)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        plus = QToolButton(self)
        plus.setObjectName("newTabButton")
        plus.setText("+")
        plus.setToolTip("New tab (Ctrl+T)")
        plus.clicked.connect(lambda: self.new_tab())
        self.tabs.setCornerWidget(plus, Qt.Corner.TopRightCorner)
        self._busy_icon = _busy_icon()
        self._closing_confirm: QMessageBox | None = None
        self._history: HistoryDialog | None = None
        self._settings_dialog: SettingsDialog | None = None

        self.tab_bar.tabCloseRequested.connect(self.request_close_tab)
        self.tab_bar.middleClicked.connect(self.request_close_tab)
        self.tab_bar.renamed.connect(self._on_renamed)
        self.tab_bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tab_bar.customContextMenuRequested.connect(self._tab_menu)
        self.tab_bar.tabMoved.connect(lambda *_: self.tabsChanged.emit())
        self.tabs.currentChanged.connect(self._on_current_changed)
        ctx.errorOccurred.connect(self._show_error)
        self._build_actions()

    # ------------------------------------------------------------- actions
    def _action(
        self, text: str, slot: Callable[[], Any], shortcuts: list[Any] | None = None,
        menu: Any = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            # a standard key may equal an explicit one here; a duplicate makes both ambiguous
            unique = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts}
            action.setShortcuts([k for name, k in unique.items() if name])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: self.ctx.call_safely(slot))
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        edit_menu = bar.addMenu("&Edit")
        chat_menu = bar.addMenu("&Chat")
        key = QKeySequence.StandardKey
        self.act_new = self._action("&New Tab", self.new_tab, [key.AddTab, "Ctrl+T"], file_menu)
        self.act_close = self._action(
            "&Close Tab", lambda: self.request_close_tab(self.tabs.currentIndex()),
            ["Ctrl+W"], file_menu,
        )
        self.act_history = self._action(
            "&Conversations and Search…", self.show_history, ["Ctrl+K"], file_menu,
        )
        file_menu.addSeparator()
        self.act_export = self._action("&Export Conversation…", self.export_current, None,
                                       file_menu)
        self.act_backup = self._action("Export &All (Backup)…", self.export_all, None,
                                       file_menu)
        self.act_import = self._action("&Import…", self.import_conversations, None, file_menu)
        file_menu.addSeparator()
        self.act_settings = self._action("&Settings…", self.show_settings,
                                         ["Ctrl+,", key.Preferences], file_menu)
        file_menu.addSeparator()
        self.act_quit = self._action("&Quit", self.quitRequested.emit, ["Ctrl+Q"], file_menu)
        self.act_copy_last = self._action(
            "Copy &Last Answer", lambda: self._on_tab(ChatTab.copy_last_answer),
            ["Ctrl+Shift+C"], edit_menu,
        )
        self.act_find = self._action(
            "&Find in Conversation…", lambda: self._on_tab(lambda t: t.find_bar.open_bar()),
            [key.Find, "Ctrl+F"], edit_menu,
        )
        self.act_copy_conv = self._action(
            "Copy &Conversation as Markdown", lambda: self._on_tab(ChatTab.copy_conversation),
            None, edit_menu,
        )
        self.act_stop = self._action("&Stop", lambda: self._on_tab(ChatTab.escape),
                                     ["Esc"], chat_menu)
        self.act_regenerate = self._action(
            "&Regenerate Answer", lambda: self._on_tab(ChatTab.regenerate), ["Ctrl+R"],
            chat_menu,
        )
        self.act_edit_last = self._action(
            "&Edit Last Message", lambda: self._on_tab(ChatTab.edit_last_user_message),
            ["Ctrl+Shift+E"], chat_menu,
        )
        self.act_prev_version = self._action(
            "Previous &Version of the Answer", lambda: self._on_tab(
                lambda t: t.switch_version(-1)), ["Alt+Left"], chat_menu)
        self.act_next_version = self._action(
            "Next Ve&rsion of the Answer", lambda: self._on_tab(
                lambda t: t.switch_version(1)), ["Alt+Right"], chat_menu)
        chat_menu.addSeparator()
        self.act_tools = self._action("&Tools (MCP Servers)…", self.show_tools, None, chat_menu)
        self.act_discover = self._action("&Find Local Servers", self.find_local_servers, None,
                                         chat_menu)
        self.act_add_model = self._action("Add &Local Model File…", self.add_local_model, None,
                                          chat_menu)
        self.act_model_options = self._action("Local &Model Options…", self.local_model_options,
                                              None, chat_menu)
        view_menu = bar.addMenu("&View")
        self.act_bigger = self._action("&Larger Text", lambda: self._step_font(1),
                                       ["Ctrl+=", "Ctrl++", key.ZoomIn], view_menu)
        self.act_smaller = self._action("&Smaller Text", lambda: self._step_font(-1),
                                        ["Ctrl+-", key.ZoomOut], view_menu)
        self.act_font_reset = self._action("&Default Text Size", lambda: self._step_font(0),
                                           ["Ctrl+0"], view_menu)
        self.act_next = self._action(
            "Next Tab", lambda: self._step_tab(1), ["Ctrl+Tab", "Ctrl+PgDown"],
        )
        self.act_prev = self._action(
            "Previous Tab", lambda: self._step_tab(-1),
            ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"],
        )

    def _on_tab(self, method: Callable[[ChatTab], Any]) -> None:
        tab = self.current_tab()
        if tab is not None:
            method(tab)

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    # ---------------------------------------------------------------- tabs
    def current_tab(self) -> ChatTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatTab) else None

    def chat_tabs(self) -> list[ChatTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def new_tab(self, tab: ChatTab | None = None, focus: bool = True) -> ChatTab:
        tab = tab or ChatTab(self.ctx, parent=self.tabs)
        index = self.tabs.addTab(tab, tab.title)
        tab.titleChanged.connect(lambda title, t=tab: self._set_tab_title(t, title))
        tab.busyChanged.connect(lambda busy, t=tab: self._set_tab_busy(t, busy))
        tab.notice.connect(lambda text, t=tab: self._tab_notice(t, text))
        tab.conversationCreated.connect(lambda _id: self.tabsChanged.emit())
        tab.settingsRequested.connect(self.show_settings)
        tab.toolsRequested.connect(self.show_tools)
        if focus:
            self.tabs.setCurrentIndex(index)
            tab.focus_composer()
        self.tabsChanged.emit()
        return tab

    def _tab_menu(self, point: QPoint) -> None:
        """Right-click on a tab: rename, export, copy, close."""
        index = self.tab_bar.tabAt(point)
        tab = self.tabs.widget(index)
        if not isinstance(tab, ChatTab):
            return
        self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("tabMenu")
        menu.addAction("Rename", lambda: self.tab_bar.start_rename(index))
        menu.addAction("Copy Conversation as Markdown", tab.copy_conversation)
        menu.addAction("Export…", self.export_current)
        menu.addSeparator()
        menu.addAction("Close Tab", lambda: self.request_close_tab(self.tabs.indexOf(tab)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tab_bar.mapToGlobal(point))

    def _set_tab_title(self, tab: ChatTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)
        if tab is self.current_tab():
            self._update_title()

    def _set_tab_busy(self, tab: ChatTab, busy: bool) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabIcon(index, self._busy_icon if busy else QIcon())
            self.tabs.setTabToolTip(index, f"{tab.title} (answering…)" if busy else tab.title)

    def _tab_notice(self, tab: ChatTab, text: str) -> None:
        if tab is self.current_tab():
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _on_renamed(self, index: int, title: str) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ChatTab):
            tab.set_title(title, custom=True)

    def _on_current_changed(self, _index: int) -> None:
        self._update_title()
        tab = self.current_tab()
        if tab is not None:
            tab.focus_composer()
        self.tabsChanged.emit()

    def _update_title(self) -> None:
        tab = self.current_tab()
        self.setWindowTitle(f"{tab.title} — Ava Desktop" if tab else "Ava Desktop")

    def request_close_tab(self, index: int) -> None:
        """Close a tab; a tab that is still answering asks first."""
        tab = self.tabs.widget(index)
        if not isinstance(tab, ChatTab):
            return
        if not tab.busy:
            self.close_tab(tab)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Close tab?",
            f"“{tab.title}” is still answering. Stop it and close the tab?",
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmCloseTab")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            self._closing_confirm = None
            if result == QMessageBox.StandardButton.Close and self.tabs.indexOf(tab) >= 0:
                self.close_tab(tab)

        box.finished.connect(done)
        self._closing_confirm = box
        box.open()  # never exec(): that would re-enter the asyncio loop

    def close_tab(self, tab: ChatTab) -> None:
        """Remove the tab now; its answer stops (and is saved) before the widget goes."""
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
        if tab.busy:
            tab.hide()

            async def stop_then_delete() -> None:
                await tab.stop_and_wait()
                tab.deleteLater()

            self.ctx.spawn(stop_then_delete(), name="close tab")
        else:
            tab.deleteLater()
        if self.tabs.count() == 0:
            self.new_tab()
        self.tabsChanged.emit()

    # ------------------------------------------------------------- history
    def tab_for(self, conversation_id: int) -> ChatTab | None:
        return next((t for t in self.chat_tabs() if t.conversation_id == conversation_id), None)

    def open_conversation(self, conversation_id: int, message_id: int | None = None) -> None:
        """Focus the tab holding the conversation, or open it in a new tab."""
        tab = self.tab_for(conversation_id)
        if tab is None:
            store = self.ctx.store
            try:
                conversation = store.get_conversation(conversation_id) if store else None
            except NotFoundError:
                conversation = None
            if conversation is None:
                self.statusBar().showMessage("That conversation no longer exists",
                                             STATUS_TIMEOUT_MS)
                return
            current = self.current_tab()
            tab = ChatTab(self.ctx, conversation, parent=self.tabs)
            self.new_tab(tab)
            if current is not None and current.is_blank():
                self.close_tab(current)
        self.tabs.setCurrentWidget(tab)
        if message_id is not None:
            tab.reveal_message(message_id)

    def show_history(self) -> None:
        store = self.ctx.store
        if store is None:
            self.statusBar().showMessage("History is not available (the database could not "
                                         "be opened)", STATUS_TIMEOUT_MS)
            return
        if self._history is not None:
            self._history.raise_()
            self._history.activateWindow()
            self._history.search.setFocus()
            return
        from ava_desktop.ui.history import HistoryDialog

        dialog = HistoryDialog(store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openRequested.connect(
            lambda cid, mid: self.ctx.call_safely(
                self.open_conversation, cid, mid if mid >= 0 else None))
        dialog.deleted.connect(self._on_conversation_deleted)
        dialog.renamed.connect(self._on_conversation_renamed)
        dialog.destroyed.connect(lambda *_: setattr(self, "_history", None))
        self._history = dialog
        dialog.open()
        dialog.search.setFocus()

    def _on_conversation_deleted(self, conversation_id: int) -> None:
        tab = self.tab_for(conversation_id)
        if tab is not None:
            tab.stop()
            tab.conversation = None  # its rows are gone with the conversation
            self.close_tab(tab)

    def _on_conversation_renamed(self, conversation_id: int, title: str) -> None:
        tab = self.tab_for(conversation_id)
        if tab is not None:
            tab.set_title(title)

    # ------------------------------------------------------------ settings
    def show_settings(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        ctx = self.ctx
        if ctx.settings_store is None:
            return
        from ava_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(ctx.settings, ctx.settings_store, ctx.keys, ctx.spawn,
                                lambda: ctx.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settingsChanged.connect(self._on_settings_changed)
        dialog.destroyed.connect(lambda *_: setattr(self, "_settings_dialog", None))
        self._settings_dialog = dialog
        dialog.open()

    def _on_settings_changed(self, settings: Settings) -> None:
        apply_theme(settings.theme)
        self.ctx.spawn(self.ctx.apply_settings(settings), name="apply settings")

    def _step_font(self, step: int) -> None:
        """Ctrl+= / Ctrl+- change the chat text size, Ctrl+0 goes back to the default."""
        current = self.ctx.settings.font_size
        if step == 0:
            new = None
        else:
            base = current or round(self.font().pointSizeF()) or 10
            low, high = FONT_SIZE_RANGE
            new = min(high, max(low, base + step * FONT_STEP))
        self.ctx.set_font_size(new)
        self.statusBar().showMessage(f"Text size {new} pt" if new else "Default text size",
                                     STATUS_TIMEOUT_MS)

    def find_local_servers(self) -> None:
        """Probe Ollama, LM Studio, llama.cpp, vLLM and Jan on this computer, on demand."""
        self.statusBar().showMessage("Looking for local servers…", STATUS_TIMEOUT_MS)

        async def probe() -> None:
            found = await self.ctx.discover()
            names = ", ".join(f"{s.preset_name} ({len(s.models)} models)" for s in found)
            self.statusBar().showMessage(f"Found {names}" if found else
                                         "No local server answered", STATUS_TIMEOUT_MS)

        self.ctx.spawn(probe(), name="discovery")

    # -------------------------------------------------------- local models
    def add_local_model(self) -> None:
        self._file_dialog("Add a GGUF model file", False, "GGUF models (*.gguf);;All files (*)",
                          self.add_local_model_file)

    def add_local_model_file(self, path: str) -> None:
        """Remember a GGUF file and offer it under "Local" (checked by its magic bytes)."""
        if not is_gguf(Path(path)):
            self.show_problem("Not a GGUF model", f"{path}\n\nis not a GGUF model file "
                              "(llama.cpp's format), so it cannot be loaded.")
            return
        if not local_server_available():
            self.show_problem("Local models are not installed",
                              "Install Ava Desktop with the 'local' extra to run GGUF models: "
                              "pip install 'ava-desktop[local]'")
            return
        files = self.ctx.settings.local_model_files
        if path not in files:
            files.append(path)
            self.ctx.save_settings()
        self.ctx.scan_local_models()
        self.ctx.refresh_targets()
        self.statusBar().showMessage(f"Added {Path(path).name} under Local", STATUS_TIMEOUT_MS)

    def local_model_options(self) -> None:
        tab = self.current_tab()
        target = tab.selector.target() if tab else None
        paths = target.options.get("model_paths", {}) if target else {}
        name = tab.selector.model() if tab else ""
        if target is None or target.key != LOCAL_KEY or name not in paths:
            self.statusBar().showMessage("Choose a local model in this tab first",
                                         STATUS_TIMEOUT_MS)
            return
        path = paths[name]
        from ava_desktop.ui.local_models_dialog import LocalModelDialog

        dialog = LocalModelDialog(name, path,
                                  dict(self.ctx.settings.local_model_options.get(path, {})),
                                  self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._save_local_options)
        dialog.open()

    def _save_local_options(self, path: str, options: dict) -> None:
        self.ctx.settings.local_model_options[path] = dict(options)
        self.ctx.save_settings()
        self.ctx.refresh_targets()

    # -------------------------------------------------------- export/import
    def _file_dialog(self, title: str, save: bool, filters: str, done: Callable[[str], None],
                     default_name: str = "") -> QFileDialog:
        dialog = QFileDialog(self, title, str(Path.home() / default_name), filters)
        dialog.setObjectName("exportDialog" if save else "importDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                           else QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if save:  # a name typed without a suffix gets the one of the chosen format

            def follow_filter(name_filter: str) -> None:
                match = re.search(r"\*\.(\w+)", name_filter)
                dialog.setDefaultSuffix(match.group(1) if match else "")

            dialog.filterSelected.connect(follow_filter)
            follow_filter(filters.split(";;")[0])
        dialog.fileSelected.connect(lambda path: self.ctx.call_safely(done, path))
        dialog.open()
        return dialog

    def export_current(self) -> None:
        tab = self.current_tab()
        if tab is None or tab.conversation_id is None or self.ctx.store is None:
            self.statusBar().showMessage("Nothing to export yet", STATUS_TIMEOUT_MS)
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in tab.title).strip()
        self._file_dialog("Export conversation", True,
                          "Markdown (*.md);;JSON (*.json);;Web page (*.html)",
                          lambda path: self.export_to(tab, path), f"{safe or 'chat'}.md")

    def export_to(self, tab: ChatTab, path: str) -> None:
        if tab.conversation_id is None or self.ctx.store is None:
            return
        from ava_desktop.core.export import FORMATS, export_conversation

        target = Path(path)
        if target.suffix.lower() not in FORMATS:
            target = target.with_suffix(".md")
        try:
            export_conversation(self.ctx.store, tab.conversation_id, target)
        except (OSError, ValueError, StoreError) as exc:
            self.show_problem("Export failed", str(exc))
            return
        self.statusBar().showMessage(f"Exported to {target}", STATUS_TIMEOUT_MS)

    def export_all(self) -> None:
        if self.ctx.store is None:
            return
        self._file_dialog("Export all conversations", True, "Ava backup (*.json)",
                          self.backup_to, "ava-backup.json")

    def backup_to(self, path: str) -> None:
        if self.ctx.store is None:
            return
        from ava_desktop.core.export import write_backup

        try:
            count = write_backup(self.ctx.store, path)
        except (OSError, StoreError) as exc:
            self.show_problem("Backup failed", str(exc))
            return
        self.statusBar().showMessage(f"Saved {count} conversations to {path}",
                                     STATUS_TIMEOUT_MS)

    def import_conversations(self) -> None:
        if self.ctx.store is None:
            return
        self._file_dialog("Import conversations", False,
                          "Conversations (*.json *.zip);;All files (*)", self.import_from)

    def import_from(self, path: str) -> None:
        if self.ctx.store is None:
            return
        from ava_desktop.core.importers import ImportFailed, import_file

        try:
            result = import_file(self.ctx.store, path)
        except ImportFailed as exc:
            self.show_problem("Import failed", f"{exc}\n\nNothing was changed.")
            return
        self.statusBar().showMessage(
            f"Imported {result.imported} conversations ({result.skipped_existing} were "
            "already here)", STATUS_TIMEOUT_MS * 2)

    def show_tools(self) -> None:
        if self.ctx.tools is None:
            return
        from ava_desktop.ui.tools_dialog import ToolsDialog

        dialog = ToolsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_problem(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("problemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -------------------------------------------------------------- errors
    def show_store_problem(self, problem: str) -> None:
        """The history database could not be opened: say so, and that the file is kept."""
        label = QLabel("⚠ History is not being saved", self)
        label.setObjectName("storeProblem")
        label.setStyleSheet("color: #c62828; font-weight: bold;")
        label.setToolTip(problem)
        self.statusBar().addPermanentWidget(label)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Conversation history unavailable",
            f"{problem}\n\nAva Desktop will run, but new conversations are not saved until "
            "this is resolved. The existing file was not changed.",
            QMessageBox.StandardButton.Ok, self,
        )
        box.setObjectName("storeProblemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_error(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Something went wrong",
                          "Ava Desktop hit an unexpected error. It was logged; your "
                          "conversations are safe.\n\n" + message[:500],
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.setDetailedText(details[-8000:])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------ geometry
    def restore_geometry(self) -> None:
        encoded = self.ctx.settings.window_geometry
        if encoded:
            with contextlib.suppress(ValueError, binascii.Error):
                self.restoreGeometry(QByteArray(base64.b64decode(encoded, validate=True)))

    def save_geometry(self) -> None:
        self.ctx.settings.window_geometry = base64.b64encode(
            bytes(self.saveGeometry().data())).decode("ascii")

    # --------------------------------------------------------------- close
    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quitRequested.emit()
