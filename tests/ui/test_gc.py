"""The GUI-thread collector: younger generations as gc would, full ones at most once a
``FULL_INTERVAL_S`` (they walk a long conversation's every object)."""

from __future__ import annotations

import gc

from ava_desktop.ui.gc import FULL_INTERVAL_S, GuiThreadCollector


def test_full_collections_wait_their_interval(qapp):
    now = [1000.0]
    collector = GuiThreadCollector(clock=lambda: now[0])
    seen: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    def due_for_a_full_one() -> None:
        for _ in range(gc.get_threshold()[2] + 1):
            gc.collect(1)  # each one counts towards the oldest generation
        assert gc.get_count()[2] > gc.get_threshold()[2]
        seen.clear()

    enabled = gc.isenabled()  # (the tests' own GUI-thread collector keeps it off)
    gc.disable()
    gc.callbacks.append(watch)
    try:
        due_for_a_full_one()
        now[0] += FULL_INTERVAL_S / 2
        collector.check()
        assert seen == [1]  # too soon after the last full one: the middle generation
        due_for_a_full_one()
        now[0] += FULL_INTERVAL_S
        collector.check()
        assert seen == [2]
        due_for_a_full_one()
        collector.check()
        assert seen == [1]  # the interval counts from that full collection
    finally:
        gc.callbacks.remove(watch)
        if enabled:
            gc.enable()
