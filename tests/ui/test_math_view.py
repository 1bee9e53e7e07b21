"""Formulas in the real transcript: image resources on the baseline, prices as text."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from ava_desktop.core.markdown.math import math_url
from ava_desktop.ui.math_images import OBJECT_CHAR, math_images
from ava_desktop.ui.transcript import TranscriptView, ViewMessage


def images_in(view: TranscriptView) -> list[tuple[str, str]]:
    doc = view.document()
    cursor, out = QTextCursor(doc), []
    while not (cursor := doc.find(OBJECT_CHAR, cursor)).isNull():
        fmt = cursor.charFormat()
        if fmt.isImageFormat():
            out.append((fmt.toImageFormat().name(), fmt.toolTip()))
    return out


def test_formulas_become_image_resources_and_prices_stay_text(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.add_message(ViewMessage("assistant",
                                 "It costs $5 and $10; so \\(x^2\\) and $\\frac{a}{b}$"))
    qtbot.waitUntil(lambda: not math_images().busy, timeout=30_000)
    names = [name for name, _tip in images_in(view)]
    assert names == [math_url("x^2", False), math_url("\\frac{a}{b}", False)]
    assert "It costs $5 and $10" in view.toPlainText()
    image = view.document().loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl(names[1]))
    inked = sum(image.pixelColor(x, y).alpha() > 0
                for x in range(image.width()) for y in range(image.height()))
    assert inked > 20  # drawn, not the blank placeholder


def test_a_failed_formula_gets_its_error_as_tooltip(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.add_message(ViewMessage.detached("assistant", "bad $\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}"
                                 "{\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}{x}}}}}}}}}$"))
    math_images().worker.timeout_s = 0.5
    try:
        qtbot.waitUntil(lambda: not math_images().busy, timeout=30_000)
        qtbot.waitUntil(lambda: "Took longer" in images_in(view)[0][1], timeout=5_000)
    finally:
        math_images().worker.timeout_s = 2.0


def test_streaming_shows_source_until_the_formula_closes(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    index = view.add_message(ViewMessage.detached("assistant", ""))
    view.begin_stream(index)
    view.stream_append(index, "Area is $\\pi r")
    assert "$\\pi r" in view.toPlainText() and not images_in(view)
    view.stream_append(index, "^2$ here.")
    assert [n for n, _t in images_in(view)] == [math_url("\\pi r^2", False)]
    view.finish_stream(index)
    assert [n for n, _t in images_in(view)] == [math_url("\\pi r^2", False)]
