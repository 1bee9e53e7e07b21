"""The tab bar: middle-click closes, double-click renames in place, tabs can be dragged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QTabBar, QWidget


class ChatTabBar(QTabBar):
    """Emits ``renamed(index, title)`` after an in-place edit, ``middleClicked(index)``."""

    renamed = Signal(int, str)
    middleClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMovable(True)
        self.setTabsClosable(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionBehaviorOnRemove(QTabBar.SelectionBehavior.SelectPreviousTab)
        self.setUsesScrollButtons(True)
        self._editor: QLineEdit | None = None
        self._editing = -1
        self.tabBarDoubleClicked.connect(self.start_rename)

    def tabInserted(self, index: int) -> None:
        """The close button of each tab has a name a screen reader can say."""
        super().tabInserted(index)
        button = self.tabButton(index, QTabBar.ButtonPosition.RightSide) or self.tabButton(
            index, QTabBar.ButtonPosition.LeftSide)
        if button is not None:
            button.setAccessibleName(self.tr("Close tab"))
            button.setToolTip(self.tr("Close tab (Ctrl+W)"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            index = self.tabAt(event.position().toPoint())
            if index >= 0:
                self.middleClicked.emit(index)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def start_rename(self, index: int) -> None:
        if index < 0:
            return
        self.finish_rename(commit=False)
        editor = QLineEdit(self)
        editor.setObjectName("tabRenameEditor")
        editor.setText(self.tabText(index))
        editor.selectAll()
        editor.setGeometry(self.tabRect(index).adjusted(4, 2, -4, -2))
        editor.editingFinished.connect(lambda: self.finish_rename(commit=True))
        editor.installEventFilter(self)
        editor.show()
        editor.setFocus()
        self._editor = editor
        self._editing = index

    def finish_rename(self, commit: bool) -> None:
        editor, index = self._editor, self._editing
        if editor is None:
            return
        self._editor = None
        self._editing = -1
        title = " ".join(editor.text().split())
        editor.deleteLater()
        if commit and title and 0 <= index < self.count():
            self.renamed.emit(index, title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._editor
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Esc cancels the rename; it must not stop the answer
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.finish_rename(commit=False)
                return True
        return super().eventFilter(watched, event)
