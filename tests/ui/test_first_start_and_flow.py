"""A first start sends nothing anywhere; sending while scrolled up follows the new message;
one title everywhere; a rate limit retries once by itself with a countdown (issue 10)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import ava_desktop.ui.context as context_module
from tests.ui.conftest import until
from tests.ui.helpers import ask, chat_requests, type_and_send


def _no_bundled_model(monkeypatch) -> None:
    """As on an install without the 'local' extra: no model of its own to answer with."""
    monkeypatch.setattr(context_module, "default_model_path", lambda: None)


def test_nothing_configured_means_send_is_disabled_and_setup_is_shown(
        make_app, qloop, monkeypatch):
    _no_bundled_model(monkeypatch)
    app = make_app(model=None)  # no OPENAI_BASE_URL, no endpoint, offline providers hidden
    tab = app.window.current_tab()
    assert tab.selector.target() is None
    assert "CodeLinkAva" not in [tab.selector.provider_box.itemText(i)
                                 for i in range(tab.selector.provider_box.count())]
    QTest.keyClicks(tab.composer, "my first message")
    assert not tab.send_button.isEnabled()
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert tab.messages == [] and tab.composer.toPlainText() == "my first message"
    assert tab.hint.isVisibleTo(tab) and "Settings" in tab.hint.text()
    assert tab.settings_button.isVisibleTo(tab)


def test_offline_providers_shown_are_never_picked_for_the_user(
        make_app, qloop, monkeypatch, tmp_path):
    _no_bundled_model(monkeypatch)
    app = make_app(model=None, wait=False)
    settings_file = app.paths.settings_file
    qloop.run_until_complete(app.shutdown())
    data = json.loads(settings_file.read_text()) if settings_file.exists() else {}
    data["show_offline_providers"] = True
    settings_file.write_text(json.dumps(data))
    app = make_app(model=None)
    tab = app.window.current_tab()
    names = [tab.selector.provider_box.itemText(i)
             for i in range(tab.selector.provider_box.count())]
    assert "CodeLinkAva (offline)" in names  # offered, but only when chosen explicitly
    assert tab.selector.target() is None
    QTest.keyClicks(tab.composer, "hello")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert tab.messages == []


def test_sending_while_scrolled_up_goes_to_the_new_message(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    view = tab.view
    bar = view.verticalScrollBar()
    llm_server.reply(tokens=[f"line {i}\n\n" for i in range(150)])
    ask(qloop, tab, "long one")
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    bar.setValue(0)
    qloop.run_until_complete(until(lambda: not view.following, what="scrolled up"))
    llm_server.reply(tokens=[f"more {i}\n\n" for i in range(150)], delay=0.002)

    async def scenario():
        type_and_send(tab, "and another")
        await until(lambda: not tab.busy and len(tab.messages) == 4)
    qloop.run_until_complete(scenario())
    assert view.following and bar.value() == bar.maximum()
    jump = view.findChild(type(view._jump), "jumpToLatest")
    assert not jump.isVisible()


def test_one_title_for_tab_history_and_store(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(tokens=["ok"])
    ask(qloop, tab, "Tell me about walruses please")
    stored = app.ctx.store.get_conversation(tab.conversation_id)
    window = app.window
    assert stored.title == tab.title == window.tabs.tabText(window.tabs.currentIndex())
    # an edit does not change it, and a rename is the same everywhere
    tab.edit_message()
    QTest.keyClicks(tab.composer, " and seals")
    llm_server.reply(tokens=["ok too"])

    async def send():
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
        await until(lambda: not tab.busy and tab.messages[-1].content == "ok too")
    qloop.run_until_complete(send())
    assert app.ctx.store.get_conversation(tab.conversation_id).title == tab.title
    tab.set_title("Pinnipeds", custom=True)
    assert app.ctx.store.get_conversation(tab.conversation_id).title == "Pinnipeds"
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith("Pinnipeds")


def test_rate_limit_counts_down_retries_once_and_esc_cancels(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply_rate_limited(retry_after="1")
    llm_server.reply(tokens=["after the wait"])
    answer = ask(qloop, tab, "quick question", timeout=10)
    assert answer.content == "after the wait" and answer.state == "complete"
    assert not tab.send_button.busy  # the session is idle when it says it ended
    assert len(chat_requests(llm_server)) == 2

    llm_server.reply_rate_limited(retry_after="20")

    async def cancel():
        type_and_send(tab, "again")
        await until(lambda: "retrying in" in tab.view.toPlainText(), what="a countdown")
        QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
        await until(lambda: not tab.busy, what="stopped")
    qloop.run_until_complete(cancel())
    assert len(chat_requests(llm_server)) == 3  # no retry after Esc
    assert tab.messages[-1].state == "stopped"
