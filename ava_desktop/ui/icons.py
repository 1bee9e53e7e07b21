"""Icons from qtawesome's Phosphor font (shipped inside its wheel: works offline), drawn in
the theme's text colour.

The fonts are read from qtawesome's folder without importing qtawesome: its import goes
through QtPy, whose ``from PySide6.QtGui import *`` materialises every Qt class (~190 ms
before the first paint), and its first icon loads all ten of its fonts (~10 MB). Only the
two fonts named in ICONS are loaded, when the first icon is drawn.

``set_icon(target, "copy")`` gives a button or action its icon and remembers the pair, so a
theme change (light/dark: ``recolour``) redraws every icon in the new text colour. Names are
ours (what the icon means), mapped once here, so a different icon set is a one-line change.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton

ICONS: dict[str, str] = {
    "new-chat": "ph.note-pencil",
    "send": "ph.paper-plane-right-fill",
    "stop": "ph.stop-fill",
    "attach": "ph.paperclip",
    "copy": "ph.copy",
    "copy-text": "ph.text-aa",
    "continue": "ph.fast-forward",
    "retry": "ph.arrow-clockwise",
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


# prefix -> (font file, charmap file) in qtawesome's fonts folder
FONTS: dict[str, tuple[str, str]] = {
    "ph": ("phosphor-1.3.0.ttf", "phosphor-charmap-1.3.0.json"),
    "mdi6": ("materialdesignicons6-webfont-6.9.96.ttf",
             "materialdesignicons6-webfont-charmap-6.9.96.json"),
}
_loaded: dict[str, tuple[str, dict[str, str]]] = {}  # prefix -> (family, name -> character)


def fonts_dir() -> Path:
    """qtawesome's fonts folder, found without running its ``__init__``."""
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle (the spec collects them)
    if bundle and (Path(bundle) / "qtawesome" / "fonts").is_dir():
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _font(prefix: str, glyph: str) -> tuple[str, dict[str, str]]:
    if prefix not in _loaded:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / FONTS[prefix][0]))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise RuntimeError(f"cannot load the icon font {FONTS[prefix][0]}")
        _loaded[prefix] = families[0], {}
    family, chars = _loaded[prefix]
    if glyph not in chars:  # the charmaps name ~7,000 glyphs: keep only those asked for
        codes = json.loads((fonts_dir() / FONTS[prefix][1]).read_text(encoding="utf-8"))
        wanted = {glyph} | {v.partition(".")[2] for v in ICONS.values()
                            if v.startswith(prefix + ".")}
        chars.update((k, chr(int(codes[k], 16))) for k in wanted if k in codes)
    return family, chars


class _GlyphEngine(QIconEngine):
    """One character of an icon font, drawn at 7/8 of the icon's height (qtawesome's ratio:
    the glyphs' bearings fill the rest), in one colour when enabled, another disabled."""

    def __init__(self, family: str, char: str, color: str, disabled: str) -> None:
        super().__init__()
        self._family, self._char = family, char
        self._color, self._disabled = color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        disabled = mode == QIcon.Mode.Disabled
        painter.setPen(QColor(self._disabled if disabled else self._color))
        font = QFont(self._family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._char, self._color, self._disabled)


def _palette_colors() -> tuple[str, str]:
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return normal.name(), disabled.name()


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon called ``name`` (a key of ICONS) in the theme's text colour, or ``color``."""
    normal, disabled = _palette_colors()
    prefix, _, glyph = ICONS.get(name, name).partition(".")
    family, chars = _font(prefix, glyph)
    if glyph not in chars:
        raise ValueError(f"no icon {glyph!r} in the {prefix} font")
    return QIcon(_GlyphEngine(family, chars[glyph], color or normal, disabled))


# (target, name) for every icon given by set_icon, redrawn by recolour()
_targets: list[tuple[weakref.ref[Any], str]] = []


def set_icon(target: QAbstractButton | QAction, name: str) -> None:
    """Give ``target`` the icon ``name`` and keep it in the theme's colour from now on."""
    global _targets
    _targets = [(ref, n) for ref, n in _targets if ref() is not None and ref() is not target]
    _targets.append((weakref.ref(target), name))
    target.setIcon(icon(name))


def recolour() -> None:
    """Redraw every icon given by ``set_icon`` in the palette's colours.

    Called by ``appearance.apply_theme``, the one place the palette changes. Not an event
    filter on the application for ``ApplicationPaletteChange``: that filter sees every event
    of every object, and to hand it a plain ``QObject`` it has not wrapped yet, PySide looks
    through (so creates) the Python class of every Qt class (1.5 MB here, and a Python call
    per event).
    """
    global _targets
    alive: list[tuple[weakref.ref[Any], str]] = []
    for ref, name in _targets:
        target = ref()
        if target is None:
            continue
        try:
            target.setIcon(icon(name))
        except RuntimeError:  # the C++ object is gone
            continue
        alive.append((ref, name))
    _targets = alive


def with_shortcut(text: str, action: QAction) -> str:
    """A tooltip that names the action's first shortcut: "New chat (Ctrl+T)"."""
    keys = action.shortcut().toString()
    return f"{text} ({keys})" if keys else text


__all__ = ["ICONS", "icon", "recolour", "set_icon", "with_shortcut"]
