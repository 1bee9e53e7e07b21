"""Light, dark or the system's scheme, and the chat font size (Ctrl+= / Ctrl+- / Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ava_desktop.ui import icons

FONT_STEP = 1


def dark_palette() -> QPalette:
    """Fusion's colours for a dark scheme (used where the platform offers none)."""
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#7aa2f7"), QPalette.ColorRole.Highlight:
        QColor("#3d6bd6"), QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8b8e94"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c6f75"))
    return p


def wants_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(theme: str) -> None:
    """Set the application palette for ``theme`` ('system' follows the platform), and the
    icons' colours with it: every palette change goes through here."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    palette = dark_palette() if wants_dark(theme) else app.style().standardPalette()
    app.setPalette(palette)
    icons.recolour()
