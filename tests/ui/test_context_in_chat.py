"""The context meter in the window: it counts the next request against the model's window
and, before a request that will not fit, offers to leave out the oldest messages."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ava_desktop.core.context import model_key
from tests.ui.conftest import until
from tests.ui.helpers import ask, chat_requests


def test_a_request_that_does_not_fit_asks_and_can_leave_out_the_oldest(
        make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    target, model = tab.selector.target(), tab.selector.model()
    for i in range(3):
        llm_server.reply(tokens=[f"answer {i} " + "word " * 120])
        ask(qloop, tab, f"question {i} " + "text " * 120)
    app.ctx.settings.model_context_windows[model_key(target, model)] = 700
    QTest.keyClicks(tab.composer, "one more question")
    qloop.run_until_complete(until(lambda: tab.meter.state() is not None
                                   and tab.meter.state().level == "over",
                                   what="the meter says it is over"))
    assert "/ 700" in tab.meter.text()
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    box = tab.too_long_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert tab.composer.toPlainText() == "one more question"  # nothing sent yet
    leave_out = next(b for b in box.buttons() if b.text().startswith("Leave Out"))
    llm_server.reply(tokens=["short answer"])

    async def scenario():
        QTest.mouseClick(leave_out, Qt.MouseButton.LeftButton)
        await until(lambda: not tab.busy and tab.messages[-1].content == "short answer")
    qloop.run_until_complete(scenario())
    sent = chat_requests(llm_server)[-1].json["messages"]
    assert sent[-1]["content"] == "one more question"
    assert not any(m["content"].startswith("question 0") for m in sent)  # left out
    assert len(tab.messages) == 8  # nothing is lost from the conversation itself


def test_a_file_too_long_for_the_model_can_go_as_its_first_part(
        make_app, qloop, llm_server, tmp_path):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    target, model = tab.selector.target(), tab.selector.model()
    app.ctx.settings.model_context_windows[model_key(target, model)] = 2000
    notes = tmp_path / "notes.txt"
    notes.write_text("".join(f"line {i}: the walrus count was {i}\n" for i in range(3000)))
    tab.tray.add_paths([str(notes)])
    qloop.run_until_complete(until(lambda: len(tab.tray.parts()) == 1 and not tab.tray.busy))
    QTest.keyClicks(tab.composer, "Summarise the notes")
    qloop.run_until_complete(until(lambda: tab.meter.state() is not None
                                   and tab.meter.state().level == "over"))
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    box = tab.too_long_box
    assert "notes.txt alone is about" in box.informativeText()
    first = next(b for b in box.buttons() if b.text().startswith("Send the First Part"))
    llm_server.reply(tokens=["It starts with line 0."])

    async def scenario():
        QTest.mouseClick(first, Qt.MouseButton.LeftButton)
        await until(lambda: not tab.busy and len(tab.messages) == 2)
    qloop.run_until_complete(scenario())
    sent = chat_requests(llm_server)[-1].json["messages"][-1]["content"]
    assert "line 0:" in sent and "line 2999:" not in sent
    assert "were sent.]" in sent  # the model is told the file was cut


def test_the_window_comes_from_the_servers_model_list(qloop, make_app, tmp_path):
    from tests.servers import LLMServer

    with LLMServer() as server:
        server.models_reply(body={"object": "list", "data": [
            {"id": "test-model", "object": "model", "context_length": 12288}]})
        app = make_app(server.base_url)
        tab = app.window.current_tab()
        QTest.keyClicks(tab.composer, "hello")
        qloop.run_until_complete(until(lambda: "/ 12.3k" in tab.meter.text()
                                       or "/ 12k" in tab.meter.text(), timeout=10,
                                       what=f"the model list's window, not {tab.meter.text()!r}"))


LLAMA_SERVER_TOO_LONG = {"error": {
    "code": 400, "message": "the request exceeds the available context size, try increasing it",
    "type": "exceed_context_size_error", "n_prompt_tokens": 9000, "n_ctx": 4096}}
LLAMA_CPP_PYTHON_TOO_LONG = {"error": {
    "message": "This model's maximum context length is 4096 tokens. However, you requested "
               "9000 tokens (9000 in the messages, None in the completion). Please reduce the "
               "length of the messages or completion.",
    "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}


@pytest.mark.parametrize("body", [LLAMA_SERVER_TOO_LONG, LLAMA_CPP_PYTHON_TOO_LONG],
                         ids=["llama-server", "llama-cpp-python"])
def test_too_long_said_by_the_server_offers_the_same_choice(make_app, qloop, llm_server, body):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    for i in range(2):
        llm_server.reply(tokens=[f"answer {i}"])
        ask(qloop, tab, f"question {i}")
    llm_server.reply(status=400, body=body)
    ask(qloop, tab, "a question the estimate thought would fit")
    assert tab.messages[-2].content == "a question the estimate thought would fit"  # kept
    box = tab.too_long_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert any(b.text() == "New Conversation from a Summary" for b in box.buttons())
    leave_out = next(b for b in box.buttons() if b.text().startswith("Leave Out"))
    llm_server.reply(tokens=["it fits now"])

    async def scenario():
        QTest.mouseClick(leave_out, Qt.MouseButton.LeftButton)
        await until(lambda: not tab.busy and tab.messages[-1].content == "it fits now")
    qloop.run_until_complete(scenario())
    sent = chat_requests(llm_server)[-1].json["messages"]
    assert sent[-1]["content"] == "a question the estimate thought would fit"
    assert not any(m["content"] == "question 0" for m in sent)  # left out of this request
    assert [m.content for m in tab.messages[:2]] == ["question 0", "answer 0"]  # not lost


def test_a_tab_closed_while_its_count_is_queued_closes_quietly(make_app, qloop, llm_server):
    """The count starts as a task; closing the tab before it runs deletes the widgets it
    reads (seen opening and closing tabs quickly: an error dialog for a closed tab)."""
    app = make_app(llm_server.base_url)
    errors: list[str] = []
    app.ctx.errorOccurred.connect(lambda text, _details: errors.append(text))
    first = app.window.current_tab()
    tab = app.window.new_tab()
    QTest.keyClicks(tab.composer, "a draft in a tab about to close")
    tab.meter.refresh_now()  # queued: runs on the loop's next turn
    app.window.close_tab(tab)

    async def scenario():
        await until(lambda: app.window.current_tab() is first, what="the first tab shown")
        await asyncio.sleep(0.5)  # the queued count's turn, and any error it raises
    qloop.run_until_complete(scenario())
    assert errors == []
    assert first.meter.isVisible()
