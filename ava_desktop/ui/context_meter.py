"""The context meter beside the composer: "≈3.1k / 8k", amber near the limit, red past it.

It draws a ``ContextState`` (``ava_desktop.core.context``) and knows nothing else. Counting
happens off the GUI hot path: ``refresh()`` (call it on every keystroke) waits until typing
pauses for ``delay_ms``, then runs the measure coroutine given to ``set_measure`` as a task
(cancelling one still running, so a stale count never lands after a newer one).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from ava_desktop.core.context import ContextState
from ava_desktop.ui.context_tip import explain
from ava_desktop.ui.formats import count

#: (light theme, dark theme) text colours, readable on each theme's window background.
AMBER = ("#9a6700", "#e3b341")
RED = ("#c62828", "#ff7b72")
Measure = Callable[[], Awaitable[ContextState | None]]
Spawn = Callable[..., "asyncio.Future[Any]"]


class ContextMeter(QLabel):
    """``set_state(state)`` shows a count; ``refresh()`` asks for a new one, debounced.

    ``refreshRequested`` fires when the debounce ends (for callers that measure themselves
    instead of through ``set_measure``).
    """

    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = 300) -> None:
        super().__init__(parent)
        self.setObjectName("contextMeter")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it
        self._state: ContextState | None = None
        self._measure: Measure | None = None
        self._spawn: Spawn = asyncio.ensure_future
        self._task: asyncio.Future[Any] | None = None
        self._colour = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        # a measurement started as its tab closes must not go on to the tab's deleted
        # widgets (a lambda: a method of this object is disconnected before destroyed fires)
        self.destroyed.connect(lambda *_: self._cancel_task())
        self._fit_width()
        self.set_state(None)

    # ---------------------------------------------------------------- API
    def state(self) -> ContextState | None:
        return self._state

    def set_state(self, state: ContextState | None) -> None:
        """Show ``state`` (None: nothing measured yet)."""
        self._state = state
        if state is None:
            self.setText("")
            self.setToolTip("")
            self.setAccessibleName(self.tr("Context: not measured yet"))
            self.setAccessibleDescription("")
        else:
            # "3.1k / 8k": only digits, "." and unit letters, so the decimal point is the
            # one thing that changes with the UI language ("3,1k" in German or Russian)
            self.setText(state.label().replace(".", QLocale().decimalPoint()))
            tip = explain(state)
            self.setToolTip(tip)
            used = count(state.used)
            how = {"estimate": self.tr("estimated"),
                   "tokenizer": self.tr("counted by the model's tokenizer"),
                   "reported": self.tr("as reported by the server")}[state.source]
            level = {"near": self.tr(", near the limit"),
                     "over": self.tr(", too long for the model")}.get(state.level, "")
            name = (self.tr("Context: {used} of {limit} tokens ({how})").format(
                used=used, limit=count(state.limit), how=how) if state.limit else
                self.tr("Context: {used} tokens ({how})").format(used=used, how=how))
            self.setAccessibleName(name + level)
            self.setAccessibleDescription(tip)
        self._apply_colour()
        self.updateGeometry()

    def set_measure(self, measure: Measure | None, spawn: Spawn | None = None) -> None:
        """The coroutine function that measures the current request (a tab's path, draft
        and model); ``spawn`` starts it as a task (the app's ``AppContext.spawn``)."""
        self._measure = measure
        if spawn is not None:
            self._spawn = spawn

    def refresh(self) -> None:
        """Measure again once typing pauses (restarts the wait on each call)."""
        self._timer.start()

    def refresh_now(self) -> None:
        """Measure at once (a new answer, another model, a version switch)."""
        self._timer.stop()
        self._run()

    def cancel(self) -> None:
        self._timer.stop()
        self._cancel_task()

    def _cancel_task(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def level_colour(self) -> str:
        """The text colour for the current level in the current theme ("" = the palette's)."""
        state = self._state
        if state is None or state.level not in ("near", "over"):
            return ""
        # The application's palette: a widget with a style sheet keeps the one it was
        # polished with until re-polished, so its own would be the old theme's.
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return (AMBER if state.level == "near" else RED)[1 if dark else 0]

    # ---------------------------------------------------------------- internals
    def _run(self) -> None:
        self.refreshRequested.emit()
        if self._measure is None:
            return
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = self._spawn(self._measure_and_show(self._measure))

    async def _measure_and_show(self, measure: Measure) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            state = await measure()
            if state is not None:
                self.set_state(state)

    def _apply_colour(self) -> None:
        colour = self.level_colour()
        if colour == self._colour:
            return
        self._colour = colour
        weight = "font-weight: 600;" if self._state and self._state.level == "over" else ""
        self.setStyleSheet(f"QLabel#contextMeter {{ color: {colour}; {weight} }}" if colour
                           else "")

    def _fit_width(self) -> None:
        """Room for a long label, so the composer's row does not shift as counts change."""
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("≈88.8k / 888k") + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colour()  # the theme changed: its amber and red differ

    def text_colour(self) -> QColor:
        """The colour the text is drawn in (tests and screenshots)."""
        return self.palette().color(QPalette.ColorRole.WindowText)


__all__ = ["AMBER", "RED", "ContextMeter"]
