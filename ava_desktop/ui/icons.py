"""Icons from qtawesome's Phosphor font (shipped inside its wheel: works offline), drawn in
the theme's text colour.

``set_icon(target, "copy")`` gives a button or action its icon and remembers the pair, so a
theme change (light/dark) redraws every icon in the new text colour. Names are ours (what
the icon means), mapped once here, so a different icon set is a one-line change.
"""

from __future__ import annotations

import os
import weakref
from typing import Any

os.environ.setdefault("QT_API", "pyside6")  # qtawesome goes through QtPy

import qtawesome
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

# Only the two icon fonts used below are loaded (qtawesome loads all twelve of its fonts on
# first use otherwise), and only they are shipped in the bundle (packaging/ava-desktop.spec).
FONT_PREFIXES = ("ph", "mdi6")
qtawesome._BUNDLED_FONTS = tuple(  # type: ignore[attr-defined]
    f for f in getattr(qtawesome, "_BUNDLED_FONTS", ()) if f[0] in FONT_PREFIXES)

ICONS: dict[str, str] = {
    "new-chat": "ph.note-pencil",
    "send": "ph.paper-plane-right-fill",
    "stop": "ph.stop-fill",
    "attach": "ph.paperclip",
    "copy": "ph.copy",
    "regenerate": "ph.arrow-clockwise",
    "edit": "ph.pencil-simple",
    "versions": "ph.stack",
    "previous": "ph.caret-left",
    "next": "ph.caret-right",
    "settings": "ph.gear-six",
    "sidebar": "mdi6.dock-left",
    "search": "ph.magnifying-glass",
    "pin": "ph.push-pin",
    "pinned": "ph.push-pin-fill",
    "rename": "ph.pencil-line",
    "delete": "ph.trash",
    "undo": "ph.arrow-counter-clockwise",
    "reopen": "ph.clock-counter-clockwise",
    "open-new-tab": "ph.arrow-square-out",
    "find": "ph.magnifying-glass",
    "export": "ph.export",
    "import": "ph.download-simple",
    "keyboard": "ph.keyboard",
    "about": "ph.info",
    "folder": "ph.folder-open",
    "close": "ph.x",
    "quit": "ph.sign-out",
}


def _palette_colors() -> tuple[str, str]:
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return normal.name(), disabled.name()


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon called ``name`` (a key of ICONS) in the theme's text colour, or ``color``."""
    normal, disabled = _palette_colors()
    return qtawesome.icon(ICONS.get(name, name), color=color or normal,
                          color_disabled=disabled)


class _Themer(QObject):
    """Watches the application palette and redraws the icons it was given."""

    def __init__(self) -> None:
        super().__init__()
        self._targets: list[tuple[weakref.ref[Any], str]] = []

    def add(self, target: QAbstractButton | QAction, name: str) -> None:
        self._targets = [(ref, n) for ref, n in self._targets
                         if ref() is not None and ref() is not target]
        self._targets.append((weakref.ref(target), name))

    def refresh(self) -> None:
        alive: list[tuple[weakref.ref[Any], str]] = []
        for ref, name in self._targets:
            target = ref()
            if target is None:
                continue
            try:
                target.setIcon(icon(name))
            except RuntimeError:  # the C++ object is gone
                continue
            alive.append((ref, name))
        self._targets = alive

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is QApplication.instance() and \
                event.type() == QEvent.Type.ApplicationPaletteChange:
            self.refresh()
        return False


_themer: _Themer | None = None


def set_icon(target: QAbstractButton | QAction, name: str) -> None:
    """Give ``target`` the icon ``name`` and keep it in the theme's colour from now on."""
    global _themer
    app = QApplication.instance()
    if _themer is None and app is not None:
        _themer = _Themer()
        _themer.setParent(app)
        app.installEventFilter(_themer)
    target.setIcon(icon(name))
    if _themer is not None:
        _themer.add(target, name)


def with_shortcut(text: str, action: QAction) -> str:
    """A tooltip that names the action's first shortcut: "New chat (Ctrl+T)"."""
    keys = action.shortcut().toString()
    return f"{text} ({keys})" if keys else text


__all__ = ["ICONS", "icon", "set_icon", "with_shortcut"]
