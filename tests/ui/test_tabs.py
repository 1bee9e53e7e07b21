"""Tabs as people use them: keys, rename, reorder, close (asking while busy), errors shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox

from ava_desktop.core.store import DB_FILENAME, Store
from ava_desktop.ui.window.actions import add_action
from tests.ui.conftest import until
from tests.ui.helpers import ask, click_action, type_and_send


def _boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def test_tab_keys_rename_reorder_and_close(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    tabs = window.tabs

    async def scenario():
        for _ in range(2):
            QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert tabs.count() == 3 and tabs.currentIndex() == 2
        QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 0
        QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 2
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 0
        QTest.keyClick(window, Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert tabs.currentIndex() == 2
        # rename by double-click
        bar = window.tab_bar
        QTest.mouseDClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        await until(lambda: bar.findChild(QLineEdit, "tabRenameEditor") is not None)
        editor = bar.findChild(QLineEdit, "tabRenameEditor")
        editor.selectAll()
        QTest.keyClicks(editor, "Renamed tab")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: tabs.tabText(0) == "Renamed tab")
        # reorder (what a drag does) and close with the middle button
        first = tabs.widget(0)
        bar.moveTab(0, 2)
        assert tabs.widget(2) is first
        QTest.mouseClick(bar, Qt.MouseButton.MiddleButton, pos=bar.tabRect(0).center())
        await until(lambda: tabs.count() == 2)
        QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: tabs.count() == 1)

    qloop.run_until_complete(scenario())
    assert tabs.tabText(0) in ("Renamed tab", "New chat")


def test_closing_a_streaming_tab_asks_first(make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"t{i} " for i in range(300)], delay=0.02)
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()

    async def scenario():
        type_and_send(tab, "stream")
        await until(lambda: tab.busy and "t2" in tab.messages[-1].content)
        QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: _boxes("confirmCloseTab"), what="question")
        _boxes("confirmCloseTab")[0].button(QMessageBox.StandardButton.Cancel).click()
        await until(lambda: not _boxes("confirmCloseTab"))
        assert window.tabs.indexOf(tab) >= 0 and tab.busy
        QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: _boxes("confirmCloseTab"))
        _boxes("confirmCloseTab")[0].button(QMessageBox.StandardButton.Close).click()
        await until(lambda: window.tabs.indexOf(tab) < 0, what="tab closed")
        await until(lambda: llm_server.disconnected, what="request closed")
        await until(lambda: not app.ctx._tasks, what="answer saved")

    qloop.run_until_complete(scenario())
    assert window.tabs.count() == 1  # a fresh tab replaced the last one
    conv_id = app.ctx.store.list_conversations()[0].id
    answer = app.ctx.store.messages(conv_id)[-1]
    assert answer.state == "stopped" and answer.content.startswith("t0 t1 t2")


def test_an_error_in_a_slot_is_shown_and_logged_not_fatal(make_app, qloop, llm_server, caplog):
    app = make_app(llm_server.base_url)
    window = app.window

    def broken() -> None:
        raise RuntimeError("boom from a slot")

    async def scenario():
        add_action(window, "Broken", broken).trigger()
        await until(lambda: _boxes("errorDialog"), what="error dialog")
        _boxes("errorDialog")[0].close()

    with caplog.at_level(logging.ERROR, logger="ava_desktop"):
        qloop.run_until_complete(scenario())
    assert "boom from a slot" in caplog.text
    assert window.isVisible()


def test_an_interrupted_answer_offers_continue_and_regenerate(make_app, qloop, llm_server,
                                                              tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / DB_FILENAME) as store:
        conv = store.create_conversation("Crashed chat", None, "test-model")
        store.add_message(conv.id, "user", "tell me")
        store.add_message(conv.id, "assistant", "The first half", state="streaming",
                          model="test-model")
        store.save_window_state([conv.id], 0)
    llm_server.reply(tokens=[" and the rest."])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    assert tab.title == "Crashed chat"
    assert tab.messages[1].state == "interrupted"
    assert "interrupted" in tab.view.toPlainText()
    assert tab.view.message_actions.button("continue").isVisible()  # at rest on the last
    assert "1 answer was cut off" in app.window.toast.text()

    async def scenario():
        click_action(tab.view, "continue", 1)
        await until(lambda: not tab.busy and tab.messages[1].state == "complete")

    qloop.run_until_complete(scenario())
    assert tab.messages[1].content == "The first half and the rest."
    sent = llm_server.requests[-1].json["messages"]
    assert sent[-1] == {"role": "assistant", "content": "The first half"}
    stored = app.ctx.store.messages(tab.conversation_id)[-1]
    assert stored.content == "The first half and the rest." and stored.state == "complete"



def test_ctrl_f_finds_in_the_conversation(make_app, qloop, llm_server):
    llm_server.reply(tokens=["alpha beta gamma beta"])
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    ask(qloop, tab, "say it")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.find_bar.isVisible()
    QTest.keyClicks(tab.find_bar.edit, "beta")
    assert tab.view.textCursor().selectedText() == "beta"
    first = tab.view.textCursor().selectionStart()
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)
    assert tab.view.textCursor().selectionStart() > first
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)  # wraps to the first again
    assert tab.view.textCursor().selectionStart() == first
    QTest.keyClicks(tab.find_bar.edit, "zzz")
    assert tab.find_bar.status.text() == "No matches"
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()


def test_escape_cancels_a_rename_without_stopping_the_answer(make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"r{i} " for i in range(200)], delay=0.02)
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    bar = window.tab_bar

    async def scenario():
        type_and_send(tab, "keep going")
        await until(lambda: tab.busy and "r2" in tab.messages[-1].content)
        bar.start_rename(0)
        editor = bar.findChild(QLineEdit, "tabRenameEditor")
        QTest.keyClicks(editor, "abandoned")
        QTest.keyClick(editor, Qt.Key.Key_Escape)
        assert tab.busy  # still answering
        await until(lambda: not tab.busy, timeout=10)

    qloop.run_until_complete(scenario())
    assert window.tabs.tabText(0) == "keep going"
    assert tab.messages[-1].state == "complete"


def test_provider_option_selects_the_offline_codelinkava_and_says_so(make_app, qloop):
    app = make_app(provider="CodeLinkAva", model=None)
    tab = app.window.current_tab()
    assert tab.selector.target_key() == "codelinkava"
    assert tab.selector.provider_box.currentText() == "CodeLinkAva (offline)"
    assert tab.selector.status.text() == "offline"
    assert "offline" in tab.hint.text()


def test_tab_context_menu(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    bar = window.tab_bar
    window._tab_menu(bar.tabRect(0).center())
    menu = window.findChild(QMenu, "tabMenu")
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Rename", "Copy Conversation as Markdown", "Export…", "Close Tab"]
    menu.actions()[0].trigger()
    assert bar.findChild(QLineEdit, "tabRenameEditor") is not None
    menu.close()


def test_opening_a_conversation_in_a_tab_writes_nothing_back(make_app, qloop, llm_server):
    """The tab takes the conversation's own model; it used to save the default model into
    the conversation and then its own back (three writes per restored tab)."""
    from ava_desktop.ui.chat_tab import ChatTab

    app = make_app(llm_server.base_url)
    window = app.window
    type_and_send(window.current_tab(), "hello")
    qloop.run_until_complete(until(lambda: not window.current_tab().busy
                                   and len(window.current_tab().messages) == 2))
    tab = window.current_tab()
    store = app.ctx.store
    conversation = store.get_conversation(tab.conversation_id)
    assert (conversation.provider, conversation.model) == (tab.selector.target_key(),
                                                            tab.selector.model())
    writes = store._conn.total_changes
    again = ChatTab(app.ctx, conversation, window.tabs)
    assert (again.selector.target_key(), again.selector.model()) == (conversation.provider,
                                                                      conversation.model)
    assert store._conn.total_changes == writes
    again.deleteLater()
