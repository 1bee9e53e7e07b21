"""Long answers are drawn piece by piece (the screen at once, the rest in idle time), and
the result is the document a streamed answer gives; nothing is missing for find or copy."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ava_desktop.core.store import DB_FILENAME, Store
from tests.ui.conftest import until
from tests.ui.helpers import ask

CTRL = Qt.KeyboardModifier.ControlModifier
ROWS = 3000
TABLE = "| name | kind | size |\n|---|---|---:|\n" + "".join(
    f"| item_{i} | kind {i % 7} | {i * 37 % 10007} |\n" for i in range(ROWS))
PARTS = [
    "# A long answer\n\nIntro with `code`, a [link](https://example.com) and **bold**.",
    "- one\n- two\n\n  continued\n- three",
    "1. first\n2. second",
    "```python\n" + "\n".join(f"value_{i} = compute({i})  # step {i}" for i in range(40))
    + "\n```",
    "| h1 | h2 |\n|----|:--:|\n" + "\n".join(f"| a{i} | b{i} |" for i in range(20)),
    "> quoted\n> text",
    "## Next part\n\n" + "Some prose that wraps over a few lines. " * 12,
]
LONG = "\n\n".join(PARTS * 4) + "\n\nThe end.\n"


def _seed(data, answer: str) -> None:
    data.mkdir()
    with Store.open(data / DB_FILENAME) as store:
        conv = store.create_conversation("Big", None, "test-model")
        store.add_message(conv.id, "user", "show me")
        store.add_message(conv.id, "assistant", answer, model="test-model")
        store.save_window_state([conv.id], 0)


def test_a_long_answer_drawn_in_pieces_is_the_streamed_document(make_app, qloop,
                                                               llm_server):
    assert len(LONG) > 8_000
    llm_server.reply(tokens=[LONG[i:i + 40] for i in range(0, len(LONG), 40)], delay=0.001)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    ask(qloop, tab, "long one", timeout=15)
    view = tab.view
    streamed_text, streamed_html = view.toPlainText(), view.toHtml()

    view.update_message(1)  # a from-scratch render, as a theme change does
    assert view.rendering  # the screen's worth now, the rest in idle time
    assert "The end." in view.toPlainText()  # the end is what the reader at the bottom sees
    assert "# A long answer" not in view.toPlainText() and "A long answer" not in (
        view.toPlainText())
    qloop.run_until_complete(until(lambda: not view.rendering, what="all pieces drawn"))
    assert view.toPlainText() == streamed_text
    assert view.toHtml() == streamed_html  # same blocks and formats, in any drawing order
    assert view.following


def test_a_huge_table_opens_at_its_end_and_find_and_copy_see_every_row(make_app, qloop,
                                                                       llm_server, tmp_path):
    _seed(tmp_path / "data", "The rows:\n\n" + TABLE)
    app = make_app(llm_server.base_url)
    view = app.window.current_tab().view
    shown = view.toPlainText()
    assert f"item_{ROWS - 1}" in shown and view.rendering  # its end at once, not 3,000 rows
    assert "item_2500\n" not in shown  # the rows above come in idle time, from the top
    view.setFocus()
    assert view.find("item_2500")  # searching first draws what is still waiting
    assert not view.rendering
    assert all(f"item_{i}\n" in view.toPlainText() for i in range(ROWS))
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied.count("item_") == ROWS and "The rows:" in copied


def test_pieces_drawn_above_the_screen_keep_the_reader_in_place(make_app, qloop, llm_server,
                                                                tmp_path):
    _seed(tmp_path / "data", LONG + "\n\n" + TABLE)
    app = make_app(llm_server.base_url)
    app.window.resize(900, 420)  # a small screen: what is drawn at once is well above it
    view = app.window.current_tab().view
    view.update_message(1)
    assert view.rendering
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Up)  # the reader scrolls up a few lines
    assert not view.following
    bar = view.verticalScrollBar()
    assert bar.value() > 100  # the header is above the screen: the pieces go in up there
    top = view.cursorForPosition(QPoint(40, 40)).block().text()
    assert top.startswith("item_29")  # in the rows drawn at once; the others go in above
    qloop.run_until_complete(until(lambda: not view.rendering, timeout=30,
                                   what="all pieces drawn"))
    assert "# A long answer" not in view.toPlainText() and "A long answer" in (
        view.toPlainText())  # drawn above the reader meanwhile
    assert view.cursorForPosition(QPoint(40, 40)).block().text() == top


def test_select_all_from_the_context_menu_draws_and_copies_every_row(make_app, qloop,
                                                                      llm_server, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    _seed(tmp_path / "data", "The rows:\n\n" + TABLE)
    app = make_app(llm_server.base_url)
    view = app.window.current_tab().view
    assert view.rendering
    chosen: list[str] = []

    def choose() -> None:  # in the open menu: Select All, as a click would
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.objectName() == "select-all")
        chosen.append(action.text())
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose)
    where = view.viewport().rect().center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)))
    qloop.run_until_complete(until(lambda: chosen, what="Select All chosen"))
    assert not view.rendering
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied.count("item_") == ROWS and "The rows:" in copied


def test_copying_a_selection_over_pieces_not_drawn_yet_copies_them_too(make_app, qloop,
                                                                       llm_server, tmp_path):
    """A mouse drag from the question down into the answer's drawn end spans the place where
    the pieces still waiting go: the copy holds every row, in order, and only the selected
    text (a selection that starts inside the drawn end draws nothing)."""
    from PySide6.QtGui import QTextCursor

    _seed(tmp_path / "data", "The rows:\n\n" + TABLE)
    app = make_app(llm_server.base_url)
    view = app.window.current_tab().view
    assert view.rendering and "item_2500\n" not in view.toPlainText()

    view.setFocus()
    doc = view.document()
    inside = QTextCursor(doc)  # within the drawn end: nothing to draw
    inside.setPosition(doc.find(f"item_{ROWS - 3}").selectionStart())
    inside.setPosition(doc.find(f"item_{ROWS - 2}").selectionEnd(),
                       QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(inside)
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text().split() == [
        f"item_{ROWS - 3}", f"item_{ROWS - 2}"]
    assert view.rendering

    drag = QTextCursor(doc)  # what a drag from "show me" to the end selects
    drag.setPosition(doc.find("show me").selectionStart())
    drag.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(drag)
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert "show me" in copied and "The rows:" in copied
    rows = [line.split()[0] for line in copied.splitlines() if line.startswith("item_")]
    assert rows == [f"item_{i}" for i in range(ROWS)]
    assert not view.rendering
