"""Collect Python garbage on the GUI thread only (a habit borrowed from qutebrowser).

Python's cyclic collector runs in whichever thread happens to allocate: a worker thread (the
aiohttp resolver, a keyring call) could then destroy Qt objects that belong to the GUI
thread, which Qt reports ("Timers cannot be stopped from another thread") or worse. So the
automatic collector is off and a timer on the GUI thread does the same work.

A full collection walks every object the open conversations hold: ~15 ms of stalled loop
with a 1M-token conversation open. CPython itself delays them until the long-lived objects
have grown by a quarter; here they come at most once a minute (younger generations as
before), so a stream does not stutter every ten seconds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
FULL_INTERVAL_S = 60.0


def promote_loaded() -> None:
    """What start-up loaded (restored conversations: ~60k objects at 1M tokens) lives long:
    one young collection now, right after the first paint, moves it to the oldest
    generation; otherwise the timer's young collections walk it twice during the first
    answer (~15 ms each at 1M tokens)."""
    gc.collect(1)


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._clock = clock
        self._last_full = clock()  # gc.freeze() at start-up left nothing old to walk
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose threshold is exceeded, like gc would (the
        oldest at most every ``FULL_INTERVAL_S``)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                if generation == 2 and self._clock() - self._last_full < FULL_INTERVAL_S:
                    generation = 1
                gc.collect(generation)
                if generation == 2:
                    self._last_full = self._clock()
                return
