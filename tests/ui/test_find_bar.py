"""Find in conversation by real keys: "3 of 12", every match highlighted, the current one
centred, Esc clears; the stored document never changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.find_highlight import LIMIT, colours
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
