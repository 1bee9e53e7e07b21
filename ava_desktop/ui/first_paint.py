"""The main window's first showing: the least work before the first paint, the rest after.

The shown tab draws one screen with its code uncoloured (no lexer imported yet) as the
window shows; once it has been painted, the code is coloured, the rest of a first screen
drawn, and what start-up loaded moved to the oldest GC generation. Later, while idle, the
Python lexer and the Markdown parser load, a step per timer tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ava_desktop.core import markdown
from ava_desktop.core.markdown.highlight import plain_code
from ava_desktop.ui.chat_drawing import START_SCREEN_CHARS
from ava_desktop.ui.gc import promote_loaded

if TYPE_CHECKING:
    from ava_desktop.ui.main_window import MainWindow

FALLBACK_MS = 1000  # a window that is never painted (minimised, no screen) still gets it
WARM_UP_AFTER_MS = 300
WARM_UP_GAP_MS = 5  # between steps: paints and input come first


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint (the whole window) is done
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            self.deleteLater()
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread once ``widget`` (shown now) has been painted."""
    _FirstPaint(widget, callback)


def show_first_time(window: MainWindow) -> None:
    """``window.show()`` at start-up, the shown tab drawn cheaply, finished after the paint."""
    shown = window.current_tab()
    if shown is not None:  # it draws as the window shows: one screen, code uncoloured
        shown.first_screen_chars = START_SCREEN_CHARS
    with plain_code():
        window.show()
    if shown is not None:
        after_first_paint(window, lambda: window.ctx.call_safely(shown.finish_start_screen))
    after_first_paint(window, promote_loaded)


def warm_up_later(call_safely: Callable[..., object]) -> None:
    """``markdown.warm_up`` while idle, so the first answer's first flush waits on neither
    the lexers nor the parser: a step per timer tick (none over ~20 ms), not a ~70 ms block.
    Timers, not a task: a task's turn is lost if anything processes events inside another."""
    steps, done = markdown.warm_up(), object()

    def step() -> None:
        if call_safely(next, steps, done) is not done:
            QTimer.singleShot(WARM_UP_GAP_MS, step)

    QTimer.singleShot(WARM_UP_AFTER_MS, step)
