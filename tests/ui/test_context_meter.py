"""The context meter widget: its text, its colours in both themes (as drawn), what it says
to screen readers, and that typing is debounced into one count."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QColor

from ava_desktop.core.context import ContextState, ContextWindow, Correction
from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.context_meter import AMBER, RED, ContextMeter

WINDOW = ContextWindow(8192, "server")


@pytest.fixture
def meter(qtbot):
    widget = ContextMeter(delay_ms=300)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    apply_theme("system")


def _drawn(widget: ContextMeter, colour: str, tolerance: int = 40) -> bool:
    """Whether any pixel of the rendered widget is close to ``colour`` (the text's core)."""
    image = widget.grab().toImage()
    want = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())) <= tolerance:
                return True
    return False


def _state(used: int, **kw) -> ContextState:
    from ava_desktop.core.context.fit import level_of
    return ContextState(used=used, window=WINDOW, level=level_of(used, WINDOW.tokens), **kw)


@pytest.mark.parametrize(("theme", "side"), [("light", 0), ("dark", 1)])
def test_colours_by_level_in_both_themes(meter: ContextMeter, qtbot, theme: str,
                                         side: int) -> None:
    apply_theme(theme)
    meter.set_state(_state(3104, reported=3104))
    assert meter.text() == "3.1k / 8k"
    assert meter.level_colour() == ""
    assert not _drawn(meter, AMBER[side]) and not _drawn(meter, RED[side])

    meter.set_state(_state(7000, estimated=7000))
    assert meter.text() == "≈7k / 8k"
    assert meter.level_colour() == AMBER[side]
    assert _drawn(meter, AMBER[side]) and not _drawn(meter, RED[side])

    meter.set_state(_state(9000, estimated=500, reported=8500))
    assert meter.text() == "≈9k / 8k"
    assert meter.level_colour() == RED[side]
    assert _drawn(meter, RED[side]) and not _drawn(meter, AMBER[side])


def test_theme_change_recolours_the_shown_state(meter: ContextMeter, qtbot) -> None:
    apply_theme("light")
    meter.set_state(_state(7000, estimated=7000))
    assert _drawn(meter, AMBER[0])
    apply_theme("dark")
    assert meter.level_colour() == AMBER[1]
    qtbot.waitUntil(lambda: _drawn(meter, AMBER[1]), timeout=2000)  # re-polished
    assert not _drawn(meter, AMBER[0], tolerance=20)


def test_tooltip_and_accessible_text_say_where_numbers_come_from(meter: ContextMeter) -> None:
    meter.set_state(ContextState(used=5000, window=ContextWindow(8192, "table"), level="ok",
                                 reported=4000, counted=0, estimated=1000,
                                 correction=Correction(1.3, -0.23, 1), reserve=1024))
    tip = meter.toolTip()
    assert "4,000 as the server reported" in tip
    assert "about 1,000 estimated" in tip
    assert "23% low" in tip and "×1.30" in tip
    assert "approximate" in tip  # the table's window
    assert meter.accessibleName() == "Context: 5,000 of 8,192 tokens (estimated)"
    meter.set_state(ContextState(used=600, window=None, level="unknown", counted=600))
    assert meter.text() == "600 / ?"
    assert "not known" in meter.toolTip()
    assert meter.accessibleName() == "Context: 600 tokens (counted by the model's tokenizer)"
    meter.set_state(ContextState(used=9000, window=WINDOW, level="over", reported=9000,
                                 drop=4, fits_after_drop=True))
    assert "leaving out the 4 oldest messages" in meter.toolTip()
    assert meter.accessibleName().endswith("too long for the model")


def test_typing_is_debounced_into_one_measure(meter: ContextMeter, qloop) -> None:
    calls: list[int] = []

    async def measure() -> ContextState:
        calls.append(1)
        await asyncio.sleep(0)
        return _state(100 * len(calls), estimated=100)

    meter.set_measure(measure)

    async def go() -> None:
        for _ in range(8):  # a burst of keystrokes 50 ms apart
            meter.refresh()
            await asyncio.sleep(0.05)
        assert calls == []
        await asyncio.sleep(0.45)
    qloop.run_until_complete(go())
    assert calls == [1]
    assert meter.text() == "≈100 / 8k"


def test_a_newer_count_cancels_a_stale_one(meter: ContextMeter, qloop) -> None:
    async def slow() -> ContextState:
        await asyncio.sleep(5)
        return _state(1, estimated=1)

    async def fast() -> ContextState:
        return _state(2048, reported=2048)

    async def go() -> None:
        meter.set_measure(slow)
        meter.refresh_now()
        await asyncio.sleep(0.05)
        meter.set_measure(fast)
        meter.refresh_now()
        await asyncio.sleep(0.05)
    qloop.run_until_complete(go())
    assert meter.text() == "2k / 8k"
    meter.cancel()
