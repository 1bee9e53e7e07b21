"""Find in conversation by real keys: "3 of 12", every match highlighted, the current one
centred, Esc clears; the stored document never changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ava_desktop.core.store import DB_FILENAME, Store
from ava_desktop.ui import find_bar
from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.find_bar import FindBar
from ava_desktop.ui.find_highlight import LIMIT, colours
from ava_desktop.ui.transcript import TranscriptView, ViewMessage
from tests.ui.conftest import until
from tests.ui.helpers import ask

SHIFT = Qt.KeyboardModifier.ShiftModifier
REPLY = "\n\n".join(f"Paragraph {i} {'has the needle' if i % 5 == 2 else 'is plain'}."
                    for i in range(60))  # needles in 12 paragraphs: 2, 7, …, 57


def _centred(tab) -> bool:
    rect = tab.view.cursorRect(tab.view.textCursor())
    middle = tab.view.viewport().height() / 2
    return abs(rect.center().y() - middle) <= rect.height() + 2


def _current_background(tab):
    bar = tab.find_bar
    start = tab.view.textCursor().selectionStart()
    return [s.format.background().color() for s in tab.view.extraSelections()
            if s.cursor.selectionStart() == start], bar


def test_find_counts_highlights_and_centres_every_match(make_app, qloop, llm_server):
    llm_server.reply(tokens=[REPLY])
    app = make_app(llm_server.base_url)
    window = app.window
    window.resize(900, 600)
    window.show()
    tab = window.current_tab()
    ask(qloop, tab, "say it")
    html_before = tab.view.document().toHtml()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = tab.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    QTest.keyClicks(bar.edit, "needle")
    assert bar.status.text() == "1 of 12"
    assert len(tab.view.extraSelections()) == 12
    assert all(s.cursor.selectedText().lower() == "needle" for s in tab.view.extraSelections())
    assert tab.view.textCursor().selectedText() == "needle"
    every, strong = colours(tab.view)
    backgrounds, _ = _current_background(tab)
    assert backgrounds == [strong]
    assert sum(s.format.background().color() == every
               for s in tab.view.extraSelections()) == 11
    for _ in range(5):  # the middle ones can be centred; the view scrolls to each
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.status.text() == "6 of 12"
    assert _centred(tab)
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert bar.status.text() == "5 of 12" and _centred(tab)
    QTest.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.status.text() == "6 of 12"
    QTest.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert bar.status.text() == "5 of 12"
    for _ in range(8):  # past the last one: wraps to the first
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.status.text() == "1 of 12"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)  # and back to the last
    assert bar.status.text() == "12 of 12"
    QTest.keyClicks(bar.edit, "zzz")
    assert bar.status.text() == "No matches" and tab.view.extraSelections() == []
    for _ in range(3):
        QTest.keyClick(bar.edit, Qt.Key.Key_Backspace)
    assert bar.status.text() == "12 of 12" and len(tab.view.extraSelections()) == 12
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and tab.view.extraSelections() == []
    assert tab.view.document().toHtml() == html_before  # highlights never touch the page
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.selectedText() == "needle"
    assert len(tab.view.extraSelections()) == 12  # reopened: highlighted again
    QTest.keyClicks(bar.edit, "PARAGRAPH 31")  # replaces the selected text; any case
    assert bar.edit.text() == "PARAGRAPH 31"
    assert bar.status.text() == "1 of 1" and _centred(tab)


def test_matches_in_earlier_messages_are_counted_and_loading_them_recounts(
        make_app, qloop, llm_server, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / DB_FILENAME) as store:
        conv = store.create_conversation("Long one", None, "test-model")
        for i in range(200):
            store.add_message(conv.id, "user", f"question {i}" + (" rare" if i < 3 else ""))
            store.add_message(conv.id, "assistant", f"answer {i} " + "lorem ipsum " * 20,
                              model="test-model")
        store.save_window_state([conv.id], 0)
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    assert tab._older  # the first three questions are not rendered
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(tab.find_bar.edit, "rare")
    assert tab.find_bar.status.text() == "None shown, 3 in earlier messages"
    assert tab.view.extraSelections() == []
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(tab.find_bar.edit, "e")
    tab.show_older(len(tab._older))  # what scrolling up to the top does, all at once

    async def recounted():
        await until(lambda: tab.find_bar.status.text() == "3 matches")

    qloop.run_until_complete(recounted())
    assert len(tab.view.extraSelections()) == 3
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)
    assert tab.find_bar.status.text() in ("1 of 3", "2 of 3", "3 of 3")
    assert _centred(tab) or tab.view.verticalScrollBar().value() == 0


def test_formulas_count_by_their_source_and_the_count_stops_at_the_limit(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.add_message(ViewMessage.detached(
        "assistant", "First $\\alpha_1$ then alpha as a word, then $\\Alpha + \\alpha_2$."))
    bar = FindBar(view)
    qtbot.addWidget(bar)
    bar.show()
    bar.edit.setText("alpha")
    assert bar.status.text() == "1 of 3"
    kinds = [s.cursor.charFormat().isImageFormat() for s in view.extraSelections()]
    assert kinds == [True, False, True]  # the two formulas are highlighted as images
    view.add_message(ViewMessage.detached("assistant", "x " * (LIMIT + 200)))
    bar.edit.setText("x")
    qtbot.waitUntil(lambda: bar.status.text().endswith(f"of {LIMIT}+"))
    assert len(view.extraSelections()) == LIMIT


def test_long_conversations_search_when_typing_pauses_and_follow_new_text(
        qtbot, monkeypatch) -> None:
    monkeypatch.setattr(find_bar, "LONG", 10)
    view = TranscriptView()
    qtbot.addWidget(view)
    view.add_message(ViewMessage.detached("assistant", "one needle in a long conversation"))
    bar = FindBar(view)
    qtbot.addWidget(bar)
    bar.open_bar()
    QTest.keyClicks(bar.edit, "needle")
    assert bar.status.text() == ""  # not yet: each key press restarts the wait
    qtbot.waitUntil(lambda: bar.status.text() == "1 of 1")
    view.add_message(ViewMessage.detached("assistant", "a second needle streamed in"))
    qtbot.waitUntil(lambda: bar.status.text() == "1 of 2")
    assert len(view.extraSelections()) == 2


def test_highlight_colours_follow_the_theme(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.add_message(ViewMessage.detached("assistant", "a needle and a needle"))
    bar = FindBar(view)
    qtbot.addWidget(bar)
    bar.show()
    bar.edit.setText("needle")
    light = colours(view)
    assert view.extraSelections()[1].format.background().color() == light[0]
    try:
        apply_theme("dark")
        qtbot.waitUntil(lambda: colours(view) != light)
        dark = colours(view)
        assert dark[0].lightness() < light[0].lightness()
        # the open bar paints again in the new colours (the view redraws its messages)
        qtbot.waitUntil(lambda: [s.format.background().color() for s in view.extraSelections()]
                        == [dark[1], dark[0]])
    finally:
        apply_theme("system")
