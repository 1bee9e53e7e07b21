"""Where the sidebar is: beside the tabs on a wide window, out of the way on a narrow one.

Below ``NARROW_WIDTH`` (or the least width the window can have with the sidebar beside the
tabs) it steps aside by itself and comes back when the window is widened, unless the user
hid it with Ctrl+B (remembered in ``Settings.sidebar_visible``). Ctrl+B on a narrow window
shows it as a drawer over the left edge, so the chat keeps its width; opening a conversation
or Esc closes the drawer.

A mixin of ``MainWindow`` (it uses ``ctx``, ``sidebar``, ``splitter``, ``tabs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame

from ava_desktop.ui.chat_tab import ChatTab

if TYPE_CHECKING:
    from ava_desktop.ui.main_window import MainWindow

NARROW_WIDTH = 900
DRAWER_STYLE = "#sidebar[drawer=\"true\"] { border-right: 1px solid palette(mid); }"


class SidebarPlacement:
    _sidebar_peek = False  # shown by Ctrl+B although the window is narrow (as a drawer)
    _narrow = False
    _sidebar_width = 0  # its width beside the tabs, kept while it is hidden

    def _narrow_width(self: MainWindow) -> int:
        """900 px, or the least width the window can have with the sidebar beside the tabs
        (else a window held at that minimum could never become narrow)."""
        beside = (self.tabs.minimumSizeHint().width() + self.sidebar.minimumWidth()
                  + self.splitter.handleWidth())
        return max(NARROW_WIDTH, beside + 1)

    def _update_sidebar(self: MainWindow) -> None:
        show = self._sidebar_peek or (self.ctx.settings.sidebar_visible and not self._narrow)
        sidebar = self.sidebar
        if not show and sidebar.isAncestorOf(self.focusWidget()):
            self.on_tab(ChatTab.focus_composer)
        was_beside = sidebar.isVisible() and sidebar.parent() is self.splitter
        self._place_sidebar(drawer=show and self._narrow)
        sidebar.setVisible(show)
        if show and not was_beside and sidebar.parent() is self.splitter:
            width = self._sidebar_width or sidebar.sizeHint().width()
            total = max(sum(self.splitter.sizes()), self.splitter.width(), width * 3)
            self.splitter.setSizes([width, total - width])  # back at the width it had
        self.act_sidebar.setChecked(show)

    def sidebar_moved(self: MainWindow, *_: object) -> None:
        """The user dragged the splitter: that width comes back after the sidebar was away
        (a window squeezed to its minimum narrows it too, but that is not remembered)."""
        if self.sidebar.isVisible() and self.sidebar.parent() is self.splitter:
            self._sidebar_width = self.sidebar.width()

    def _place_sidebar(self: MainWindow, drawer: bool) -> None:
        sidebar = self.sidebar
        if drawer:
            if sidebar.parent() is not self:
                sidebar.setParent(self)
                sidebar.setProperty("drawer", True)
                sidebar.setFrameShape(QFrame.Shape.StyledPanel)
                sidebar.setAutoFillBackground(True)
                sidebar.setStyleSheet(DRAWER_STYLE)
            top = self.centralWidget().geometry().top()  # below the menu bar
            sidebar.setGeometry(0, top, sidebar.sizeHint().width(), self.height() - top)
            sidebar.raise_()
        elif sidebar.parent() is not self.splitter:
            sidebar.setProperty("drawer", False)
            sidebar.setFrameShape(QFrame.Shape.NoFrame)
            sidebar.setStyleSheet("")
            self.splitter.insertWidget(0, sidebar)
            self.splitter.setStretchFactor(0, 0)
            self.splitter.setStretchFactor(1, 1)

    def is_sidebar_drawer(self: MainWindow) -> bool:
        return self.sidebar.isVisible() and self.sidebar.parent() is self

    def close_sidebar_drawer(self: MainWindow) -> None:
        if self._sidebar_peek:
            self._sidebar_peek = False
            self._update_sidebar()

    def toggle_sidebar(self: MainWindow) -> None:
        """Ctrl+B. On a narrow window it shows the sidebar for now; on a wide one the choice
        is remembered."""
        if self.sidebar.isVisible():
            self._sidebar_peek = False
            if not self._narrow:
                self.ctx.settings_service.update(sidebar_visible=False)
        elif self._narrow:
            self._sidebar_peek = True
        else:
            self.ctx.settings_service.update(sidebar_visible=True)
        self._update_sidebar()

    def focus_sidebar_search(self: MainWindow) -> None:
        if not self.sidebar.isVisible():
            self.toggle_sidebar()
        self.sidebar.focus_search()

    def resizeEvent(self: MainWindow, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        narrow = self.width() < self._narrow_width()
        if narrow != self._narrow:
            self._narrow = narrow
            self._sidebar_peek = False
            self._update_sidebar()
        elif self.is_sidebar_drawer():
            self._place_sidebar(drawer=True)


__all__ = ["NARROW_WIDTH", "SidebarPlacement"]
