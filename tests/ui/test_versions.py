"""Versions in the real window: actions act on the message they sit under, edits keep every
word until the new version is sent, Esc cancels, drafts survive a restart (issue 10 items 2
and 3, issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import until
from tests.ui.helpers import ask, chat_requests, click_action


def test_regenerate_under_the_first_answer_regenerates_that_one(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["answer one"])
    ask(qloop, tab, "question one")
    llm_server.reply(tokens=["answer two"])
    ask(qloop, tab, "question two")
    llm_server.reply(tokens=["answer one, again"])

    async def scenario():
        click_action(tab.view, "regenerate", 1)
        await until(lambda: not tab.busy and len(tab.messages) == 2
                    and tab.messages[1].content == "answer one, again", what="regenerated")
    qloop.run_until_complete(scenario())
    assert chat_requests(llm_server)[-1].json["messages"] == [
        {"role": "user", "content": "question one"}]
    assert "2/2" in tab.view.toPlainText()
    # the old version with the whole second turn is one click away, nothing was lost
    click_action(tab.view, "prev", 1)
    assert [m.content for m in tab.messages] == ["question one", "answer one", "question two",
                                                 "answer two"]
    # the last answer shown now has one version: Alt+Right changes nothing, not the draft
    QTest.keyClicks(tab.composer, "draft")
    QTest.keyClick(app.window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.composer.toPlainText() == "draft"
    assert len(tab.messages) == 4


def test_alt_left_and_right_switch_versions_of_the_last_answer(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["first"])
    ask(qloop, tab, "q")
    llm_server.reply(tokens=["second"])

    async def regenerate():
        QTest.keyClick(app.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: not tab.busy and tab.messages[-1].content == "second")
    qloop.run_until_complete(regenerate())
    QTest.keyClick(app.window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.messages[-1].content == "first"
    QTest.keyClick(app.window, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == "first"  # copies the version shown
    QTest.keyClick(app.window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.messages[-1].content == "second"
    llm_server.reply(tokens=["next"])
    ask(qloop, tab, "follow-up")
    sent = chat_requests(llm_server)[-1].json["messages"]
    assert [m["content"] for m in sent] == ["q", "second", "follow-up"]  # the shown path only


def test_edit_keeps_the_old_turn_esc_cancels_and_sending_adds_a_version(
        make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["answer one"])
    ask(qloop, tab, "question one")
    llm_server.reply(tokens=["answer two"])
    ask(qloop, tab, "question two")
    QTest.keyClicks(tab.composer, "half-written thought")

    click_action(tab.view, "edit", 0)  # under the FIRST question
    assert tab.composer.toPlainText() == "question one"
    assert tab.edit_banner.isVisibleTo(tab)
    assert len(tab.messages) == 4  # nothing removed by starting an edit
    QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
    assert tab.composer.toPlainText() == "half-written thought"  # the draft is back
    assert not tab.edit_banner.isVisibleTo(tab) and len(tab.messages) == 4

    click_action(tab.view, "edit", 0)
    QTest.keyClicks(tab.composer, ", better")
    llm_server.reply(tokens=["better answer"])

    async def send():
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
        await until(lambda: not tab.busy and tab.messages[-1].content == "better answer")
    qloop.run_until_complete(send())
    assert [m.content for m in tab.messages] == ["question one, better", "better answer"]
    assert chat_requests(llm_server)[-1].json["messages"] == [
        {"role": "user", "content": "question one, better"}]
    store = app.ctx.store
    assert {m.content for m in store.all_messages(tab.conversation_id)} >= {
        "question one", "answer one", "question two", "answer two"}
    click_action(tab.view, "prev", 0)
    assert [m.content for m in tab.messages][:2] == ["question one", "answer one"]


def test_after_a_restart_every_action_acts_on_its_own_message(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["answer one"])
    ask(qloop, tab, "question one")
    llm_server.reply(tokens=["answer two"])
    ask(qloop, tab, "question two")
    qloop.run_until_complete(app.shutdown())

    again = make_app(llm_server.base_url)
    tab = again.window.current_tab()
    assert [m.content for m in tab.messages] == ["question one", "answer one", "question two",
                                                 "answer two"]
    click_action(tab.view, "edit", 0)
    assert tab.composer.toPlainText() == "question one"
    QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
    llm_server.reply(tokens=["answer one, v2"])

    async def regen():
        click_action(tab.view, "regenerate", 1)
        await until(lambda: not tab.busy and tab.messages[-1].content == "answer one, v2")
    qloop.run_until_complete(regen())
    assert len(tab.messages) == 2


def test_drafts_are_kept_across_a_restart(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["ok"])
    ask(qloop, tab, "hello")
    QTest.keyClicks(tab.composer, "unsent words")
    qloop.run_until_complete(until(lambda: app.ctx.store.get_conversation(
        tab.conversation_id).draft == "unsent words", what="draft saved"))
    qloop.run_until_complete(app.shutdown())
    again = make_app(llm_server.base_url)
    assert again.window.current_tab().composer.toPlainText() == "unsent words"
