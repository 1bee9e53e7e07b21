"""Ctrl+- / Ctrl+= pressed one after another: every press is one step, whatever the desktop
font (one given in pixels made the first press jump to the minimum: six presses, one step)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from ava_desktop.core.settings import SettingsStore

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def pixel_font(qapp):
    """The desktop's font given in pixels (24 px = 18 pt at 96 dpi), as some desktops do."""
    old = QApplication.font()
    font = QFont(old)
    font.setPixelSize(24)
    QApplication.setFont(font)
    yield
    QApplication.setFont(old)


def shown(tab) -> float:
    return QFontInfo(tab.view.font()).pointSizeF()


def press(qtbot, window, key, times: int) -> None:
    for _ in range(times):
        qtbot.keyClick(window, key, CTRL)


@pytest.mark.usefixtures("pixel_font")
def test_six_presses_are_six_steps_with_a_pixel_sized_desktop_font(make_app, qloop, qtbot,
                                                                   llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    start = round(shown(tab))
    assert app.ctx.settings.font_size is None and start == 18
    sizes = []
    for _ in range(6):
        press(qtbot, window, Qt.Key.Key_Minus, 1)
        sizes.append(app.ctx.settings.font_size)
    assert sizes == [17, 16, 15, 14, 13, 12]
    assert shown(tab) == 12 and QFontInfo(tab.composer.font()).pointSizeF() == 12
    press(qtbot, window, Qt.Key.Key_Equal, 6)
    assert shown(tab) == 18
    qloop.run_until_complete(app.shutdown())
    saved, _warnings = SettingsStore(app.paths.settings_file).load()
    assert saved.font_size == 18


def test_six_quick_presses_from_a_chosen_size(make_app, qloop, qtbot, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    press(qtbot, window, Qt.Key.Key_0, 1)  # the default size, whatever it is
    start = round(shown(tab))
    press(qtbot, window, Qt.Key.Key_Equal, 6)
    assert shown(tab) == start + 6
    press(qtbot, window, Qt.Key.Key_Minus, 6)
    assert shown(tab) == start and app.ctx.settings.font_size == start
