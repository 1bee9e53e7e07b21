"""Icons are drawn from qtawesome's font files without importing qtawesome (start-up)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QIcon

from ava_desktop.ui.icons import ICONS, icon


def _ink(ic: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = ic.pixmap(32, 32, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
            if image.pixelColor(x, y).alpha() > 128}


def test_every_icon_draws_a_glyph_in_its_colours(qapp: object) -> None:
    for name in ICONS:
        assert _ink(icon(name, "#ff0000")) == {"#ff0000"}, name
    assert _ink(icon("copy"), QIcon.Mode.Disabled)  # the disabled colour draws too


def test_an_unknown_icon_is_an_error(qapp: object) -> None:
    with pytest.raises(ValueError):
        icon("ph.no-such-glyph")


def test_qtawesome_and_qtpy_are_not_imported() -> None:
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from ava_desktop.ui.icons import icon; icon('send').pixmap(16, 16)\n"
            "print('qtawesome' in sys.modules, 'qtpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.split() == ["False", "False"]
