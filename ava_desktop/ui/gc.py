"""Collect Python garbage on the GUI thread only (a habit borrowed from qutebrowser).

Python's cyclic collector runs in whichever thread happens to allocate: a worker thread (the
aiohttp resolver, a keyring call) could then destroy Qt objects that belong to the GUI
thread, which Qt reports ("Timers cannot be stopped from another thread") or worse. So the
automatic collector is off and a timer on the GUI thread does the same work.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
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
        """Collect the oldest generation whose threshold is exceeded, like gc would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
