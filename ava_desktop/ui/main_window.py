"""The main window: the conversation sidebar, the tabs of what is open, menus and notices.

The parts live in ``ui/window/``: menus and actions (``actions.py``), opening conversations
(``conversations.py``), dialogs (``dialogs.py``), file commands (``files.py``), help and
notices (``toast.py``: an overlay, so nothing in the layout moves when one appears).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from ava_desktop.ui import file_dialogs
from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.conversation_actions import ConversationActions
from ava_desktop.ui.icons import with_shortcut
from ava_desktop.ui.sidebar import Sidebar
from ava_desktop.ui.tabs import ChatTabBar
from ava_desktop.ui.window.actions import build_actions
from ava_desktop.ui.window.conversations import ConversationCommands
from ava_desktop.ui.window.dialogs import DialogCommands
from ava_desktop.ui.window.files import FileCommands
from ava_desktop.ui.window.sidebar_place import SidebarPlacement
from ava_desktop.ui.window.toast import Toast

if TYPE_CHECKING:  # dialogs, export and import load when first used, not before the window
    from ava_desktop.ui.history import HistoryDialog
    from ava_desktop.ui.settings import SettingsDialog

NOTICE_MS = 4000
CLOSED_TABS_KEPT = 20
SPLITTER_KEY = "window"


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


def name_tab_widgets(tab: ChatTab) -> None:
    """Accessible names for the tab's widgets defined in files the window does not own
    (to move into TranscriptView / ChatTab themselves)."""
    if not tab.view.accessibleName():
        tab.view.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Conversation transcript"))


def _corner_button(parent: QWidget, name: str, action: QAction, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    button.setIconSize(QSize(18, 18))
    action.setToolTip(with_shortcut(tip, action))
    button.setAccessibleName(tip)
    return button


class MainWindow(SidebarPlacement, ConversationCommands, DialogCommands, FileCommands,
                 QMainWindow):
    """Holds the tabs; asks the application to quit instead of closing itself."""

    quitRequested = Signal()
    tabsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ava Desktop"))
        self.resize(1100, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tab_bar = ChatTabBar(self.tabs)
        self.tab_bar.setAccessibleName(self.tr("Open conversations"))
        self.tabs.setTabBar(self.tab_bar)
        self.tabs.setDocumentMode(True)
        self.conv_actions = ConversationActions(ctx.store, self) if ctx.store else None
        self.sidebar = Sidebar(self.conv_actions, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.sidebar.sizeHint().width(), 840])
        self.setCentralWidget(self.splitter)
        self.splitter.splitterMoved.connect(self.sidebar_moved)
        self.toast = Toast(self, area=lambda: tab.view if (tab := self.current_tab()) else None)
        self._busy_icon = _busy_icon()
        self._closing_confirm: QMessageBox | None = None
        self._history: HistoryDialog | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._dialogs: dict[str, QWidget] = {}
        self._closed: list[int] = []  # conversation ids of closed tabs, last closed last
        build_actions(self)
        self.tabs.setCornerWidget(_corner_button(self, "sidebarToggle", self.act_sidebar,
                                                 self.tr("Show or hide the sidebar")),
                                  Qt.Corner.TopLeftCorner)
        self.tabs.setCornerWidget(_corner_button(self, "newTabButton", self.act_new,
                                                 self.tr("New chat")), Qt.Corner.TopRightCorner)
        self.new_chat_button = self.tabs.cornerWidget(Qt.Corner.TopRightCorner)
        self.sidebar.new_button.setToolTip(with_shortcut(self.tr("New chat"), self.act_new))
        self.sidebar.settings_button.setToolTip(with_shortcut(self.tr("Settings"),
                                                              self.act_settings))
        file_dialogs.bind(self.ctx.settings_service)

        self.tab_bar.tabCloseRequested.connect(self.request_close_tab)
        self.tab_bar.middleClicked.connect(self.request_close_tab)
        self.tab_bar.renamed.connect(self._on_renamed)
        self.tab_bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tab_bar.customContextMenuRequested.connect(self._tab_menu)
        self.tab_bar.tabMoved.connect(lambda *_: self.tabsChanged.emit())
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.sidebar.openRequested.connect(
            lambda cid, mid, new: ctx.call_safely(self._open_from_sidebar, cid, mid, new))
        self.sidebar.newChatRequested.connect(self.act_new.trigger)
        self.sidebar.settingsRequested.connect(self.act_settings.trigger)
        self.sidebar.escaped.connect(self._sidebar_escaped)
        self.sidebar.notice.connect(self.notify)
        if self.conv_actions is not None:
            self.conv_actions.deleted.connect(self._on_conversation_deleted)
            self.conv_actions.renamed.connect(self._on_conversation_renamed)
        ctx.errorOccurred.connect(self._show_error)
        ctx.noticeRaised.connect(self.show_notices)
        ctx.settingsChanged.connect(self._on_settings_changed)
        self._update_sidebar()

    def _open_from_sidebar(self, conversation_id: int, message_id: int, new_tab: bool) -> None:
        self.open_conversation(conversation_id, message_id if message_id >= 0 else None,
                               new_tab)
        self.close_sidebar_drawer()

    def _sidebar_escaped(self) -> None:
        self.close_sidebar_drawer()
        self.on_tab(ChatTab.focus_composer)

    # ------------------------------------------------------------ notices
    def notify(self, text: str, ms: int = NOTICE_MS) -> None:
        """A transient notice over the window; the layout does not move."""
        self.toast.show_notice(text, ms)

    # ---------------------------------------------------------------- tabs
    def on_tab(self, method: Callable[[ChatTab], Any]) -> None:
        tab = self.current_tab()
        if tab is not None:
            method(tab)

    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def current_tab(self) -> ChatTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatTab) else None

    def chat_tabs(self) -> list[ChatTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def new_tab(self, tab: ChatTab | None = None, focus: bool = True,
                index: int = -1) -> ChatTab:
        tab = tab or ChatTab(self.ctx, parent=self.tabs)
        name_tab_widgets(tab)
        index = self.tabs.insertTab(index, tab, tab.title)
        tab.titleChanged.connect(lambda title, t=tab: self._set_tab_title(t, title))
        tab.busyChanged.connect(lambda busy, t=tab: self._set_tab_busy(t, busy))
        tab.notice.connect(lambda text, t=tab: self._tab_notice(t, text))
        tab.conversationCreated.connect(lambda _id: self._on_conversation_created())
        tab.settingsRequested.connect(self.show_settings)
        tab.toolsRequested.connect(self.show_tools)
        if focus:
            self.tabs.setCurrentIndex(index)
            tab.focus_composer()
        self.tabsChanged.emit()
        return tab

    def _on_conversation_created(self) -> None:
        self.tabsChanged.emit()
        self.sidebar.reload()
        tab = self.current_tab()
        self.sidebar.set_current_conversation(tab.conversation_id if tab else None)

    def _tab_menu(self, point: QPoint) -> None:
        """Right-click on a tab: rename, export, copy, close."""
        index = self.tab_bar.tabAt(point)
        tab = self.tabs.widget(index)
        if not isinstance(tab, ChatTab):
            return
        self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("tabMenu")
        menu.addAction(self.tr("Rename"), lambda: self.tab_bar.start_rename(index))
        menu.addAction(self.tr("Copy Conversation as Markdown"), tab.copy_conversation)
        menu.addAction(self.tr("Export…"), self.export_current)
        menu.addSeparator()
        menu.addAction(self.tr("Close Tab"), lambda: self.request_close_tab(self.tabs.indexOf(tab)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tab_bar.mapToGlobal(point))

    def _set_tab_title(self, tab: ChatTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)
        if tab is self.current_tab():
            self._update_title()
        self.sidebar.schedule_reload()

    def _set_tab_busy(self, tab: ChatTab, busy: bool) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabIcon(index, self._busy_icon if busy else QIcon())
            self.tabs.setTabToolTip(index, self.tr("{title} (answering…)").format(title=tab.title)
                                    if busy else tab.title)
        self.sidebar.schedule_reload()  # sent or answered: the conversation moves to the top

    def _tab_notice(self, tab: ChatTab, text: str) -> None:
        if tab is self.current_tab():
            self.notify(text)

    def _on_renamed(self, index: int, title: str) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ChatTab):
            tab.set_title(title, custom=True)

    def _on_current_changed(self, _index: int) -> None:
        self._update_title()
        tab = self.current_tab()
        if tab is not None:
            tab.focus_composer()
        self.sidebar.set_current_conversation(tab.conversation_id if tab else None)
        self.tabsChanged.emit()

    def _update_title(self) -> None:
        tab = self.current_tab()
        self.setWindowTitle(self.tr("{title} — Ava Desktop").format(title=tab.title) if tab
                            else self.tr("Ava Desktop"))

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
            self.tr("Close tab?"),
            self.tr("“{title}” is still answering. Stop it and close the tab?").format(
                title=tab.title),
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
        """Remove the tab now; its answer stops (and is saved) before the widget goes.
        A saved conversation can come back with Ctrl+Shift+T."""
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
        if tab.conversation_id is not None:
            self._closed = [c for c in self._closed if c != tab.conversation_id]
            self._closed.append(tab.conversation_id)
            del self._closed[:-CLOSED_TABS_KEPT]
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

    # ------------------------------------------------------------ geometry
    def restore_geometry(self) -> None:
        settings = self.ctx.settings
        with contextlib.suppress(ValueError, binascii.Error):
            if settings.window_geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(settings.window_geometry,
                                                                 validate=True)))
            if state := settings.splitter_states.get(SPLITTER_KEY):
                self.splitter.restoreState(QByteArray(base64.b64decode(state, validate=True)))
        self._update_sidebar()  # restoreState may show a sidebar the user had hidden

    def save_geometry(self) -> None:
        settings = self.ctx.settings
        values: dict[str, object] = {"window_geometry": base64.b64encode(
            bytes(self.saveGeometry().data())).decode()}
        if self.sidebar.isVisible():  # a hidden sidebar has no width worth keeping
            values["splitter_states"] = {**settings.splitter_states, SPLITTER_KEY: (
                base64.b64encode(bytes(self.splitter.saveState().data())).decode())}
        self.ctx.settings_service.update(**values)

    # --------------------------------------------------------------- close
    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quitRequested.emit()
