"""Titles by the model in the real window: after the first answer the same server names the
conversation, the tab and the sidebar follow; paid endpoints are asked only when chosen in
Settings; a hand rename stays; errors and junk change nothing the user sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ava_desktop.core.settings import Endpoint
from tests.servers import LLMServer
from tests.ui.conftest import settle, until
from tests.ui.helpers import ask, chat_requests, type_and_send


def _rows(window) -> list[str]:
    return [r.text for r in window.sidebar.model.rows]


def _shown(window) -> None:
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()


def test_the_model_names_the_conversation_in_the_tab_and_the_sidebar(make_app, qloop,
                                                                      llm_server):
    other = LLMServer().start()
    try:
        app = make_app(llm_server.base_url, titles="auto")  # keyless: "local and free"
        window = app.window
        app.ctx.settings_service.update(endpoints=[Endpoint("Other", other.base_url)])
        qloop.run_until_complete(settle(app))
        _shown(window)
        llm_server.reply(tokens=["Use ", "`sorted(xs)`", "."])
        llm_server.reply(tokens=["## \"Sorting ", "a list", "\"\n", "in Python"], head_delay=0.5)
        tab = window.current_tab()
        ask(qloop, tab, "how do I sort a list in python")
        assert tab.title == "how do I sort a list in python"  # the automatic one first
        qloop.run_until_complete(until(lambda: tab.title == "Sorting a list", 10,
                                       "the model's title"))
        qloop.run_until_complete(until(lambda: "Sorting a list" in _rows(window), 5,
                                       "the sidebar row"))
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Sorting a list"
        assert window.windowTitle().startswith("Sorting a list")
        assert app.ctx.store.get_conversation(tab.conversation_id).title == "Sorting a list"
        assert [m.content for m in tab.messages] == ["how do I sort a list in python",
                                                    "Use `sorted(xs)`."]
        sent = chat_requests(llm_server)
        assert len(sent) == 2 and {r.json["model"] for r in sent} == {"test-model"}
        assert chat_requests(other) == []  # configured, not used: asked nothing
    finally:
        other.stop()


def test_a_paid_endpoint_is_asked_only_once_chosen_in_settings(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url, api_key="sk-paid", titles="auto")
    window = app.window
    _shown(window)
    tab = window.current_tab()
    ask(qloop, tab, "first question")
    qloop.run_until_complete(settle(app))
    assert len(chat_requests(llm_server)) == 1 and tab.title == "first question"

    window.show_settings()
    dialog = window._settings_dialog
    dialog.tabs.setCurrentIndex(1)  # General
    combo = dialog.titles_combo
    assert combo.currentData() == "auto"
    combo.setFocus()
    while combo.currentData() != "always":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    dialog.save_button.click()
    qloop.run_until_complete(until(lambda: app.ctx.settings.model_titles == "always", 5,
                                   "the setting saved"))
    window.new_tab()
    second = window.current_tab()
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["Paid title"])
    ask(qloop, second, "second question")
    qloop.run_until_complete(until(lambda: second.title == "Paid title", 10, "the title"))
    assert chat_requests(llm_server)[-1].headers["Authorization"] == "Bearer sk-paid"
    assert tab.title == "first question"  # the earlier conversation is not asked again


def test_a_tab_renamed_while_the_title_is_asked_keeps_its_name(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url, titles="auto")
    window = app.window
    _shown(window)
    tab = window.current_tab()
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["Model title"], head_delay=1.0)

    async def scenario():
        type_and_send(tab, "question")
        await until(lambda: len(chat_requests(llm_server)) == 2, 5, "the title request")
        bar = window.tab_bar
        bar.start_rename(window.tabs.indexOf(tab))
        editor = bar.findChild(QLineEdit, "tabRenameEditor")
        editor.selectAll()
        QTest.keyClicks(editor, "My own name")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: tab.title == "My own name")
        await settle(app)  # the title request is over
    qloop.run_until_complete(scenario())
    assert llm_server.requests[-1].finished.is_set()
    assert tab.title == "My own name"
    assert app.ctx.store.get_conversation(tab.conversation_id).title == "My own name"
    qloop.run_until_complete(until(lambda: "My own name" in _rows(window)))
    assert "Model title" not in _rows(window)


def test_errors_and_junk_leave_the_automatic_title_and_no_error_shown(make_app, qloop,
                                                                      llm_server):
    app = make_app(llm_server.base_url, titles="auto")
    window = app.window
    _shown(window)
    replies = [
        {"status": 500, "body": {"error": {"message": "title boom", "type": "server_error"}}},
        {"tokens": ["```\n", "```"]},
        {"tokens": ["Well, this conversation is about many things, " * 11]},
    ]
    for n, reply in enumerate(replies):
        tab = window.current_tab() if n == 0 else window.new_tab()
        llm_server.reply(tokens=["An answer"])
        llm_server.reply(**reply)
        ask(qloop, tab, f"question {n}")
        qloop.run_until_complete(settle(app))
        assert len(chat_requests(llm_server)) == 2 * (n + 1)
        assert tab.title == f"question {n}"
        assert [(m.role, m.state, m.error) for m in tab.messages] == [
            ("user", "complete", None), ("assistant", "complete", None)]
        assert "boom" not in window.statusBar().currentMessage()
        assert not (window.toast.isVisible() and "boom" in window.toast.text())
    # junk that has a title in it comes out clean and capped
    tab = window.new_tab()
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["**Title:** «Caching ", "with Redis and " * 8, "»\n\nExplanation"])
    ask(qloop, tab, "question 3")
    qloop.run_until_complete(until(lambda: tab.title != "question 3", 10, "a title"))
    assert tab.title.startswith("Caching with Redis and") and tab.title.endswith("…")
    assert len(tab.title) <= 60 and not any(c in tab.title for c in "*«»\n")
