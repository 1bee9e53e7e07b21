"""Cyclic garbage holding Qt objects is collected on the GUI thread, never in a worker thread
(which made Qt warn "Timers cannot be stopped from another thread" and then crash)."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref

from PySide6.QtCore import QTimer


class _Cycle:
    """A parentless, running QTimer kept only by a reference cycle."""

    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(60_000)


def _allocate_in_a_thread(kept: list[list[int]]) -> None:
    """Allocate (and keep) far past generation 0's threshold, where the collector runs."""
    def churn() -> None:
        kept.extend([] for _ in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=churn, name="churn")
    worker.start()
    worker.join()


def test_a_worker_thread_does_not_collect_qt_garbage_the_gui_thread_does(qloop) -> None:
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    kept: list[list[int]] = []
    _allocate_in_a_thread(kept)
    assert gone() is not None  # not destroyed in the worker thread

    async def wait() -> None:
        for _ in range(30):  # the collector's timer (once a second) frees it here
            if gone() is None:
                return
            await asyncio.sleep(0.1)
    qloop.run_until_complete(wait())
    assert gone() is None
