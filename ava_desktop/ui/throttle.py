"""Coalesce bursts of calls into at most one per interval (one flush per frame).

Fast providers deliver thousands of deltas per second; rendering each would starve the
event loop. Like qtconsole, the interval adapts: a flush that took long pushes the next one
further out, so slow renders cannot queue up behind each other.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Calls ``func`` at most once per interval after ``request()``; ``flush()`` runs it now."""

    def __init__(
        self,
        func: Callable[[], None],
        min_interval_ms: int = 16,
        max_interval_ms: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._func = func
        self._min = min_interval_ms
        self._max = max_interval_ms
        self._interval = min_interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def request(self) -> None:
        """Ask for a call; it happens within the current interval, coalesced with others."""
        if not self._timer.isActive():
            self._timer.start(self._interval)

    def flush(self) -> None:
        """Run the call now (if one was requested or not) and adapt the next interval."""
        self._timer.stop()
        started = time.perf_counter()
        self._func()
        spent_ms = (time.perf_counter() - started) * 1000
        # Give the loop at least twice the time the render took before the next one.
        self._interval = int(min(self._max, max(self._min, 2 * spent_ms)))

    def cancel(self) -> None:
        self._timer.stop()
