"""The sidebar widget: New chat, a search field, the list, Settings.

By keyboard: Enter opens in this tab, Ctrl+Enter in a new one, F2 renames, Delete deletes
(Ctrl+Z or the notice's Undo brings it back), the Menu key shows every action; Down in the
search field goes to the results, Esc goes back to the message box. With the mouse: a click
opens, a middle click opens in a new tab, a right click shows the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.store import StoreError
from ava_desktop.ui.conversation_actions import ConversationActions
from ava_desktop.ui.icons import icon, set_icon
from ava_desktop.ui.messages import error_text
from ava_desktop.ui.sidebar.delegate import RowDelegate
from ava_desktop.ui.sidebar.model import ConversationListModel, Roles

SEARCH_DELAY_MS = 150
# the list sits on the window's colour like a panel, with a thin scroll bar
LIST_STYLE = """
QListView { background: transparent; border: none; }
QScrollBar:vertical { width: 8px; background: transparent; margin: 0; }
QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px; min-height: 24px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
"""
DEFAULT_WIDTH = 260
MIN_WIDTH = 180


class ConversationList(QListView):
    """The list; keys and mouse buttons become ``openRequested(row, new_tab)`` and friends."""

    openRequested = Signal(int, bool)
    deleteRequested = Signal(int)
    undoRequested = Signal()
    escaped = Signal()
    leftTop = Signal()  # Up on the first row: back to the search field

    def event(self, event: QEvent) -> bool:
        """Esc and Ctrl+Z belong to the list here, not to the window's Stop / editors."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Undo)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        row = self.currentIndex().row()
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.openRequested.emit(row, bool(mods & Qt.KeyboardModifier.ControlModifier))
        elif key == Qt.Key.Key_Delete and row >= 0:
            self.deleteRequested.emit(row)
        elif key == Qt.Key.Key_Z and mods == Qt.KeyboardModifier.ControlModifier:
            self.undoRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif key == Qt.Key.Key_Up and self._first_item_row() == row:
            self.leftTop.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _first_item_row(self) -> int:
        model = self.model()
        return next((r for r in range(model.rowCount()) if not model.index(r, 0).data(
            Roles.HEADER)), -1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        button = event.button()
        super().mouseReleaseEvent(event)
        if index.isValid() and not index.data(Roles.HEADER) and button in (
                Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self.openRequested.emit(index.row(), button == Qt.MouseButton.MiddleButton or bool(
                event.modifiers() & Qt.KeyboardModifier.ControlModifier))


class Sidebar(QFrame):
    """Emits ``openRequested(conversation_id, message_id or -1, new_tab)``,
    ``newChatRequested``, ``settingsRequested``, ``escaped`` and ``notice(text)``."""

    openRequested = Signal(int, int, bool)
    newChatRequested = Signal()
    settingsRequested = Signal()
    escaped = Signal()
    notice = Signal(str)

    def __init__(self, actions: ConversationActions | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Conversations"))
        self.setMinimumWidth(MIN_WIDTH)
        self.actions = actions
        self.model = ConversationListModel(actions.store if actions else None, parent=self)
        self.new_button = QPushButton(self.tr("New chat"), self)
        self.new_button.setObjectName("sidebarNewChat")
        set_icon(self.new_button, "new-chat")
        self.search = QLineEdit(self)
        self.search.setObjectName("sidebarSearch")
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition
                              ).setText(self.tr("Search"))
        self.list = ConversationList(self)
        self.list.setObjectName("sidebarList")
        self.list.setAccessibleName(self.tr("Conversation list"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setStyleSheet(LIST_STYLE)
        self.settings_button = QPushButton(self.tr("Settings"), self)
        self.settings_button.setObjectName("sidebarSettings")
        self.settings_button.setFlat(True)
        set_icon(self.settings_button, "settings")
        for button in (self.new_button, self.settings_button):
            button.setIconSize(QSize(18, 18))
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.settings_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_from_search)
        self.search.installEventFilter(self)
        self.new_button.clicked.connect(self.newChatRequested)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.list.openRequested.connect(self._open_row)
        self.list.deleteRequested.connect(self.delete_row)
        self.list.undoRequested.connect(self.undo_delete)
        self.list.escaped.connect(self.escaped)
        self.list.leftTop.connect(lambda: self.search.setFocus())
        self.list.customContextMenuRequested.connect(self._menu)
        self.model.renameRequested.connect(self._rename)
        self.model.problem.connect(self.notice)
        if actions is not None:
            actions.changed.connect(self.schedule_reload)
        self.model.reload()

    def sizeHint(self) -> QSize:
        return QSize(DEFAULT_WIDTH, super().sizeHint().height())

    # ------------------------------------------------------------- listing
    def schedule_reload(self) -> None:
        """Coalesce bursts (a title change, then the end of an answer) into one read."""
        self._reload_timer.start()

    def reload(self) -> None:
        """Read the store again, keeping the selected conversation selected."""
        self._reload_timer.stop()
        selected = self.selected_id()
        self.model.reload()
        self.select(selected)

    def _run_search(self) -> None:
        self._timer.stop()
        self.model.set_query(self.search.text())
        self.select(None)

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.list.currentIndex().row())
        return row.conversation_id if row is not None and not row.is_header else None

    def select(self, conversation_id: int | None) -> None:
        """Make a conversation current in the list (the first one when None or absent)."""
        row = self.model.row_of(conversation_id)
        if row is None:
            row = next((i for i, r in enumerate(self.model.rows) if not r.is_header), None)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def set_current_conversation(self, conversation_id: int | None) -> None:
        self.model.set_current(conversation_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: object, event: object) -> bool:
        """Down / Page Down in the search field go to the list."""
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if self._timer.isActive():
                    self._run_search()
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                if self.selected_id() is None:
                    self.select(None)
                return True
            if event.key() == Qt.Key.Key_Escape and not self.search.text():
                self.escaped.emit()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # ------------------------------------------------------------- actions
    def _open_from_search(self) -> None:
        if self._timer.isActive():
            self._run_search()
        row = self.list.currentIndex().row()
        if self.model.row_at(row) is None or self.model.rows[row].is_header:
            self.select(None)
            row = self.list.currentIndex().row()
        if row >= 0:
            self._open_row(row, False)

    def _open_row(self, row: int, new_tab: bool) -> None:
        item = self.model.row_at(row)
        if item is None or item.is_header:
            return
        message_id = item.message_id if item.message_id is not None else -1
        self.openRequested.emit(item.conversation_id, message_id, new_tab)

    def delete_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None or item.is_header or self.actions is None:
            return
        try:
            self.actions.delete(item.conversation_id, item.text)
        except StoreError as exc:
            self.notice.emit(self.tr("Could not delete: {exc}").format(exc=error_text(exc)))
            return
        self.reload()
        rows = self.model.rows
        after = [i for i in range(row, len(rows)) if not rows[i].is_header]
        before = [i for i in range(min(row, len(rows))) if not rows[i].is_header]
        if after or before:
            self.list.setCurrentIndex(self.model.index(after[0] if after else before[-1]))

    def undo_delete(self) -> None:
        if self.actions is None:
            return
        restored = self.actions.undo_delete()
        if restored is None:
            self.notice.emit(self.tr("Nothing to undo"))
            return
        self.reload()
        self.select(restored)

    def rename_row(self, row: int) -> None:
        index = self.model.index(row)
        if index.isValid() and not index.data(Roles.HEADER):
            self.list.setCurrentIndex(index)
            self.list.edit(index)

    def _rename(self, conversation_id: int, title: str) -> None:
        if self.actions is not None:
            try:
                self.actions.rename(conversation_id, title)
            except StoreError as exc:
                self.notice.emit(self.tr("Could not rename: {exc}").format(exc=error_text(exc)))
            self.reload()

    def toggle_pin(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None or item.is_header or self.actions is None:
            return
        try:
            self.actions.set_pinned(item.conversation_id, not item.pinned)
        except StoreError as exc:
            self.notice.emit(self.tr("Could not pin: {exc}").format(exc=error_text(exc)))
            return
        self.reload()
        self.select(item.conversation_id)

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():  # the Menu key: the current row
            index = self.list.currentIndex()
            point = self.list.visualRect(index).center()
        self.build_menu(index).popup(self.list.viewport().mapToGlobal(point))

    def build_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("sidebarMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        row = index.row()
        item = self.model.row_at(row)
        if item is not None and not item.is_header:
            menu.addAction(icon("new-chat"), self.tr("Open"), lambda: self._open_row(row, False))
            menu.addAction(icon("open-new-tab"), self.tr("Open in New Tab\tCtrl+Enter"),
                           lambda: self._open_row(row, True))
            menu.addSeparator()
            menu.addAction(icon("rename"), self.tr("Rename\tF2"), lambda: self.rename_row(row))
            menu.addAction(icon("pin"), self.tr("Unpin") if item.pinned else self.tr("Pin"),
                           lambda: self.toggle_pin(row))
            menu.addAction(icon("delete"), self.tr("Delete\tDel"), lambda: self.delete_row(row))
        if self.actions is not None and self.actions.can_undo:
            menu.addAction(icon("undo"), self.tr("Undo Delete\tCtrl+Z"), self.undo_delete)
        return menu


__all__ = ["ConversationList", "Sidebar"]
