"""Files shipped with the app (icons, .desktop entry), found wherever the package lives."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_path(*parts: str) -> Path:
    """Path of a shipped file; resources/ is installed as the ava_desktop.resources package."""
    return Path(str(resources.files("ava_desktop.resources").joinpath(*parts)))


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"ava-desktop-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = resource_path("icons", "ava-desktop.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
