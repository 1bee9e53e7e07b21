"""The Tools button beside the model selector: this conversation's servers and tools on or
off (all are on unless turned off here), and the way to the Tools dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from ava_desktop.core.tools import wire_name


class ToolsButton(QToolButton):
    changed = Signal(frozenset)  # the servers and wire names now turned off
    manageRequested = Signal()

    def __init__(self, host_getter: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsButton")
        self.setText(self.tr("Tools"))
        self.setToolTip(self.tr("The tools this conversation may offer the model"))
        self.setAccessibleName(self.tr("Tools for this conversation"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._host = host_getter
        self.off: frozenset[str] = frozenset()
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def sizeHint(self) -> QSize:
        """Room for the menu arrow: styles draw it over the text's end otherwise, which a
        longer label ("Инструменты") runs into."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + 2 * arrow, hint.height())

    def set_off(self, off: frozenset[str]) -> None:
        self.off = off
        self._label()

    def _label(self) -> None:
        self.setText(self.tr("Tools (some off)") if self.off else self.tr("Tools"))

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        host = self._host()
        statuses = host.manager.statuses() if host is not None else []
        for status in statuses:
            if not status.enabled:
                continue
            action = menu.addAction(status.name)
            action.setCheckable(True)
            action.setChecked(status.name not in self.off)
            action.toggled.connect(lambda on, n=status.name: self._switch(n, on))
            for tool in status.tools or ():
                name = wire_name(status.name, tool)
                item = menu.addAction(self.tr("    {tool}").format(tool=tool))
                item.setCheckable(True)
                item.setChecked(name not in self.off)
                item.setEnabled(status.name not in self.off)
                item.toggled.connect(lambda on, n=name: self._switch(n, on))
        if not any(s.enabled for s in statuses):
            menu.addAction(self.tr("No MCP servers are on")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Manage Tools…"), self.manageRequested.emit)

    def _switch(self, name: str, on: bool) -> None:
        self.off = self.off - {name} if on else self.off | {name}
        self._label()
        self.changed.emit(self.off)
