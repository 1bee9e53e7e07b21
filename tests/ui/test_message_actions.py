"""The message actions bar in the real window: it follows the real mouse, the keyboard
reaches every button and link of the chosen message (Alt+Up / Alt+Down, Tab, Enter, Space),
and each action lands on its own message (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ava_desktop.ui.appearance import apply_theme
from tests.ui.conftest import until
from tests.ui.helpers import ask, chat_requests, click_action, hover_message

ALT = Qt.KeyboardModifier.AltModifier


def _press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard focus is, as a person types it."""
    QTest.keyClick(QApplication.focusWidget(), key, mods)


def _two_turns(qloop, app, llm_server, second: str = "answer two"):
    tab = app.window.current_tab()
    llm_server.reply(tokens=["answer one"])
    ask(qloop, tab, "question one")
    llm_server.reply(tokens=[second])
    ask(qloop, tab, "question two")
    return tab


def test_hover_puts_the_bar_on_that_message_with_its_own_buttons(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = _two_turns(qloop, app, llm_server)
    bar = tab.view.message_actions
    QApplication.processEvents()
    assert bar.isVisible() and bar.target() == 3  # at rest on the last answer
    hover_message(tab.view, 0)
    assert bar.isVisible() and bar.message_rect(0).contains(bar.geometry())
    shown = [b.objectName() for b in bar.buttons()]
    assert shown == ["messageAction-copy", "messageAction-edit"]  # a question: no regenerate
    assert bar.button("copy").accessibleName() == "Copy"  # its text as typed, no Markdown
    hover_message(tab.view, 1)
    assert bar.message_rect(1).contains(bar.geometry())
    assert [b.objectName() for b in bar.buttons()] == [
        "messageAction-copy", "messageAction-copy-text", "messageAction-regenerate"]
    assert all(b.accessibleName() for b in bar.buttons())
    assert bar.button("copy").accessibleDescription() == "Message 2 of 4"
    assert bar.button("copy").accessibleName() == "Copy as Markdown"
    assert "Ctrl+Shift+C" not in bar.button("copy").toolTip()  # not the last answer
    hover_message(tab.view, 3)
    assert "Ctrl+Shift+C" in bar.button("copy").toolTip()  # what the window key copies
    assert "Ctrl+R" in bar.button("regenerate").toolTip()
    # leaving the transcript: back at rest on the last message
    QTest.mouseMove(tab.composer, QPoint(5, 5))
    assert bar.target() == 3


def test_alt_arrows_tab_and_enter_copy_the_chosen_message(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = _two_turns(qloop, app, llm_server)
    bar = tab.view.message_actions
    clipboard = QGuiApplication.clipboard()
    tab.composer.setFocus()
    for _ in range(3):
        _press(Qt.Key.Key_Up, ALT)
    _press(Qt.Key.Key_Down, ALT)
    _press(Qt.Key.Key_Up, ALT)
    assert bar.focus.current() == 1 and bar.target() == 1
    assert tab.view.hasFocus()
    mark = bar.focus.mark
    assert mark.isVisible() and mark.geometry().contains(bar.message_rect(1).center())
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.button("copy")
    clipboard.clear()
    _press(Qt.Key.Key_Return)
    assert clipboard.text() == "answer one"
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.button("copy-text")
    clipboard.clear()
    _press(Qt.Key.Key_Space)
    assert clipboard.text() == "answer one"
    _press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is bar.button("copy")
    _press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tab.view and bar.focus.current() == 1
    for _ in range(4):  # copy, copy text, regenerate, then out of the transcript
        _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tab.view
    assert not bar.isAncestorOf(QApplication.focusWidget())
    assert bar.focus.current() is None and not mark.isVisible()
    assert tab.composer.toPlainText() == ""  # no key went astray into the composer


def test_a_code_blocks_copy_is_reached_by_tab_and_pressed_by_enter(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    answer = "Run this:\n\n```python\nprint('hi')\n```\n\nand then that."
    tab = _two_turns(qloop, app, llm_server, second=answer)
    bar = tab.view.message_actions
    clipboard = QGuiApplication.clipboard()
    tab.composer.setFocus()
    _press(Qt.Key.Key_Up, ALT)
    assert bar.focus.current() == 3
    for _ in range(4):  # copy, copy text, regenerate, then the block's No wrap
        _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.view
    link = bar.focus.focused_link()
    assert link is not None and link[2] == f"ava:wrap-code/{tab.messages[3].key}/0"
    _press(Qt.Key.Key_Tab)  # then its Copy
    link = bar.focus.focused_link()
    assert link is not None and link[2] == f"ava:copy-code/{tab.messages[3].key}/0"
    clipboard.clear()
    _press(Qt.Key.Key_Return)
    assert clipboard.text() == "print('hi')"
    _press(Qt.Key.Key_Backtab)
    _press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is bar.button("regenerate")


def test_regenerate_acts_on_the_hovered_message_after_scrolling(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    app.window.resize(900, 600)
    long = " ".join(["word"] * 400)
    for n in range(3):
        llm_server.reply(tokens=[f"answer {n} {long}"])
        ask(qloop, tab, f"question {n}")
    view = tab.view
    view.verticalScrollBar().setValue(0)  # read back up to the first answer
    QApplication.processEvents()
    assert view.message_actions.message_rect(1).top() < view.viewport().height()
    llm_server.reply(tokens=["answer zero, again"])

    async def regenerate() -> None:
        click_action(view, "regenerate", 1)
        await until(lambda: not tab.busy and len(tab.messages) == 2
                    and tab.messages[1].content == "answer zero, again", what="regenerated")

    qloop.run_until_complete(regenerate())
    assert chat_requests(llm_server)[-1].json["messages"] == [
        {"role": "user", "content": "question 0"}]
    bar = view.message_actions
    hover_message(view, 1)
    assert bar.version_label.isVisible() and bar.version_label.text() == "2/2"
    assert bar.button("prev").isEnabled() and not bar.button("next").isEnabled()
    assert bar.version_label.accessibleName() == "Version 2 of 2"
    # by keyboard: the previous version comes back, the bar stays on the message
    tab.composer.setFocus()
    _press(Qt.Key.Key_Up, ALT)
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.button("prev")
    _press(Qt.Key.Key_Return)
    QApplication.processEvents()  # the bar follows once the view has redrawn
    assert tab.messages[1].content.startswith("answer 0 ")
    assert len(tab.messages) == 6 and bar.version_label.text() == "1/2"
    assert bar.target() == 1 and bar.isAncestorOf(QApplication.focusWidget())


def test_the_focus_mark_shows_in_both_themes(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = _two_turns(qloop, app, llm_server)
    bar = tab.view.message_actions
    for theme in ("light", "dark"):
        apply_theme(theme)
        QApplication.processEvents()
        tab.composer.setFocus()
        _press(Qt.Key.Key_Up, ALT)
        QApplication.processEvents()
        mark = bar.focus.mark
        assert mark.isVisible()
        image = tab.view.viewport().grab().toImage()
        edge = mark.geometry().topLeft() + QPoint(2, mark.height() // 2)
        drawn = QColor(image.pixel(edge))
        base = tab.view.palette().color(QPalette.ColorRole.Base)
        highlight = tab.view.palette().color(QPalette.ColorRole.Highlight)
        assert abs(drawn.lightness() - base.lightness()) > 40, (theme, drawn.name())
        assert abs(drawn.hue() - highlight.hue()) < 20, (theme, drawn.name(), highlight.name())


def test_the_shortcuts_list_names_the_message_keys(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    window.act_shortcuts.trigger()
    from ava_desktop.ui.window.help import ShortcutsDialog

    qloop.run_until_complete(until(lambda: window.findChild(ShortcutsDialog) is not None))
    dialog = window.findChild(ShortcutsDialog)
    rows = dialog.rows()
    assert ("Chat", "Select Previous Message", "Alt+Up") in rows
    assert ("Chat", "Select Next Message", "Alt+Down") in rows
    assert any(r[0] == "Transcript" and r[2] == "Tab / Shift+Tab" for r in rows)
    dialog.close()


def test_alt_down_in_a_drop_down_list_still_opens_it(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = _two_turns(qloop, app, llm_server)
    box = tab.selector.model_box
    box.setFocus()
    _press(Qt.Key.Key_Down, ALT)
    assert box.view().isVisible()
    assert tab.view.message_actions.focus.current() is None
    box.hidePopup()


def test_the_bar_keeps_clear_of_the_footer_text_in_either_direction(make_app, qloop,
                                                                    llm_server):
    """Bottom right, except across from a footer that reads right to left; a footer with
    no letters (a question's) follows the window's direction."""
    app = make_app(llm_server.base_url)
    tab = _two_turns(qloop, app, llm_server)
    bar = tab.view.message_actions

    def side(index: int) -> str:
        hover_message(tab.view, index)
        rect, where = bar.message_rect(index), bar.geometry()
        assert rect.contains(where)
        return "left" if where.left() - rect.left() < rect.right() - where.right() else "right"

    assert (side(0), side(1)) == ("right", "right")
    app.window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    # the question's footer is empty: the window's side; the answer's "… tok/s" is
    # left-to-right text at the left, so the bar stays right of it
    assert (side(0), side(1)) == ("left", "right")


def test_which_way_a_footer_reads():
    from ava_desktop.core.text import reads_right_to_left

    assert not reads_right_to_left("227 tok/s · first token 0.02 s", True)
    assert reads_right_to_left("\u0662\u0662\u0667 \u0631\u0645\u0632/\u062b", False)  # Arabic
    assert reads_right_to_left("\u26a0 \u05e9\u05d2\u05d9\u05d0\u05d4 12", False)  # Hebrew
    assert reads_right_to_left("\xa0", True) and not reads_right_to_left("1.5 · 2", False)
