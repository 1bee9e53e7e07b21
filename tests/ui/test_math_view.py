"""Formulas in the real transcript: image resources on the baseline, prices as text."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument

from ava_desktop.core.markdown.mathurl import math_url
from ava_desktop.ui.find_bar import FindBar
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
    view.add_message(ViewMessage.detached("assistant",
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
    view.add_message(ViewMessage.detached("assistant", "bad $\\frac{1}{\\frac{1}{\\frac{1}"
                                          "{\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}{\\frac{1}{x}}}}}}}}}$"))
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

    def append(delta: str) -> None:  # the session's node holds the text, the view draws it
        view.messages[index].node.chunks.append(delta)
        view.stream_append(index, delta)

    append("Area is $\\pi r")
    assert "$\\pi r" in view.toPlainText() and not images_in(view)
    append("^2$ here.")
    assert [n for n, _t in images_in(view)] == [math_url("\\pi r^2", False)]
    view.finish_stream(index)
    assert [n for n, _t in images_in(view)] == [math_url("\\pi r^2", False)]


def test_copy_gives_the_latex_source_not_object_characters(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.add_message(ViewMessage.detached("assistant", "So \\(x^2\\) and $$\\frac{a}{b}$$ end"))
    qtbot.waitUntil(lambda: not math_images().busy, timeout=30_000)
    view.selectAll()
    data = view.createMimeDataFromSelection()
    assert "So $x^2$ and $$\\frac{a}{b}$$ end" in data.text()
    assert "\ufffc" not in data.text()
    assert "ava-math:" not in data.html() and "\\frac{a}{b}" in data.html()
    view.copy()  # Ctrl+C goes through the same method
    assert "So $x^2$ and $$\\frac{a}{b}$$ end" in QGuiApplication.clipboard().text()


def test_find_matches_text_inside_formulas_in_document_order(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.add_message(ViewMessage.detached(
        "assistant", "First $\\alpha_1$ then alpha as a word, then $\\Alpha + \\alpha_2$."))
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    view.setTextCursor(cursor)
    found = []
    for _ in range(3):
        assert view.find("alpha")
        selected = view.textCursor()
        fmt = selected.charFormat()
        found.append(fmt.toImageFormat().name() if fmt.isImageFormat()
                     else selected.selectedText())
    assert found == [math_url("\\alpha_1", False), "alpha",
                     math_url("\\Alpha + \\alpha_2", False)]
    assert not view.find("alpha")  # the caller (the find bar) wraps around
    assert view.find("alpha", QTextDocument.FindFlag.FindBackward)
    assert view.textCursor().selectedText() == "alpha"
    assert view.find("alpha", QTextDocument.FindFlag.FindBackward)
    assert view.textCursor().charFormat().toImageFormat().name() == math_url("\\alpha_1", False)
    assert not view.find("ALPHA", QTextDocument.FindFlag.FindCaseSensitively)
    assert not view.find("beta")
    bar = FindBar(view)  # Ctrl+F's bar goes through the view's find
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    view.setTextCursor(cursor)
    bar.edit.setText("Alpha +")
    assert bar.status.text() == "1 of 1"  # the one formula holding "Alpha +"
    assert view.textCursor().charFormat().toImageFormat().name() == math_url(
        "\\Alpha + \\alpha_2", False)


def test_formulas_are_drawn_once_per_document_not_per_paint_or_arrival(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    history = "\n\n".join(f"Paragraph {i} with $y_{{{i}}}^3$ in it." for i in range(40))
    view.add_message(ViewMessage.detached("assistant", history))
    qtbot.waitUntil(lambda: not math_images().busy, timeout=60_000)
    doc = view.document()
    loads: list[str] = []
    original = type(doc).load_formula

    def counting(self, name):  # type: ignore[no-untyped-def]
        loads.append(name.toString())
        return original(self, name)

    type(doc).load_formula = counting
    try:
        view.viewport().repaint()
        assert loads == []  # finished pictures are the document's own resources
        index = view.add_message(ViewMessage.detached("assistant", "Last: $z_{new}^{41}$."))
        last = doc.findBlock(view._frames[index].lastPosition())
        qtbot.waitUntil(lambda: not math_images().busy, timeout=30_000)
        view.viewport().repaint()
        # The placeholder, then the picture once it arrived; no other formula laid out again.
        assert loads == [math_url("z_{new}^{41}", False)] * 2
        assert last.layout().lineCount() >= 1
    finally:
        type(doc).load_formula = original


def test_streamed_formulas_end_up_laid_out_at_their_final_size(qtbot) -> None:
    """However the arrivals interleave with flushes, each formula ends up as wide as its
    picture (not its placeholder's size, not stretched)."""
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    index = view.add_message(ViewMessage.detached("assistant", ""))
    view.begin_stream(index)
    text = "".join(f"Step {i}: $\\sum_{{k={i}}}^{{{i * 7}}} k^{i}$ and \\(\\sqrt{{{i}}}\\).\n\n"
                   for i in range(12))
    for start in range(0, len(text), 9):
        delta = text[start:start + 9]
        view.messages[index].node.chunks.append(delta)
        view.stream_append(index, delta)
        qtbot.wait(3)
    view.finish_stream(index)
    qtbot.waitUntil(lambda: not math_images().busy, timeout=60_000)
    qtbot.wait(200)  # the last batch of arrivals
    doc = view.document()
    cursor = QTextCursor(doc)
    checked = 0
    while not (cursor := doc.find(OBJECT_CHAR, cursor)).isNull():
        name = cursor.charFormat().toImageFormat().name()
        image = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        before, after = QTextCursor(doc), QTextCursor(doc)
        before.setPosition(cursor.selectionStart())
        after.setPosition(cursor.selectionEnd())
        width = view.cursorRect(after).x() - view.cursorRect(before).x()
        assert abs(width - image.width() / image.devicePixelRatio()) <= 1, name
        assert image.width() > 10  # the picture, not a placeholder
        checked += 1
    assert checked == 24


def test_a_formula_typeset_while_its_text_is_redrawn_still_gets_its_size(qtbot, monkeypatch
                                                                          ) -> None:
    """The race behind batching: a result is in, the tail is drawn again before the batch
    reaches the document, and then nothing else is drawn (the stream ended)."""
    import ava_desktop.ui.math_images as mi

    monkeypatch.setattr(mi, "APPLY_S", 1e9)  # hand results over only once the worker idles
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    index = view.add_message(ViewMessage.detached("assistant", ""))
    view.begin_stream(index)
    slow = "\\frac{1}{" * 8 + "q" + "}" * 8  # keeps the worker busy for a while
    # One list: both items stay in the live tail, each in a block of its own.
    text = f"- Fast $a_{{race}}^2$ here\n- then a slow one $${slow}$$ end"
    view.messages[index].node.chunks.append(text)
    view.stream_append(index, text)
    qtbot.wait(1)
    images = math_images()
    qtbot.waitUntil(lambda: images.state(math_url("a_{race}^2", False)) is not None,
                    timeout=30_000)
    assert images.busy
    view.finish_stream(index)  # the tail goes in again, the result already known
    qtbot.waitUntil(lambda: not images.busy, timeout=60_000)
    qtbot.wait(50)
    doc = view.document()
    cursor = doc.find(OBJECT_CHAR, QTextCursor(doc))
    assert cursor.charFormat().toImageFormat().name() == math_url("a_{race}^2", False)
    image = doc.resource(QTextDocument.ResourceType.ImageResource.value,
                         QUrl(math_url("a_{race}^2", False)))
    before, after = QTextCursor(doc), QTextCursor(doc)
    before.setPosition(cursor.selectionStart())
    after.setPosition(cursor.selectionEnd())
    width = view.cursorRect(after).x() - view.cursorRect(before).x()
    assert abs(width - image.width() / image.devicePixelRatio()) <= 1
