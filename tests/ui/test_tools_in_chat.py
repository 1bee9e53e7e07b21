"""Tools in the real window (issue 13's "Done when"): a server from an mcpServers snippet,
the approval bar taking the keyboard (Enter allows once, Esc denies), the answer built on the
result, a missing command said clearly, nothing lost."""

from __future__ import annotations

import json
import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.core.conversation.test_tool_loop import calls_stream
from tests.core.tools.test_manager import ROOT, SERVER
from tests.ui.conftest import until
from tests.ui.helpers import chat_requests, click_anchor, type_and_send

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process handling")


def _write_mcp_json(tmp_path, **extra) -> None:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    servers = {"demo": {"command": sys.executable, "args": [str(SERVER), "demo"],
                        "env": {"PYTHONPATH": str(ROOT)}}, **extra}
    (data / "mcp.json").write_text(json.dumps({"mcpServers": servers}))


def test_enter_allows_the_call_and_the_answer_uses_its_result(
        make_app, qloop, llm_server, tmp_path):
    _write_mcp_json(tmp_path)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(raw=calls_stream(("c1", "demo__add", '{"a": 20, "b": 22}')))
    llm_server.reply(tokens=[" It is 42."])

    async def scenario():
        type_and_send(tab, "What is 20 + 22?")
        await until(lambda: tab.approval.isVisible(), timeout=30, what="the approval bar")
        assert "add" in tab.approval.title.text() and "demo" in tab.approval.title.text()
        assert '"a": 20' in tab.approval.arguments.toPlainText()
        await until(lambda: QGuiApplication.focusObject() is tab.approval, what="focus")
        QTest.keyClick(tab.approval, Qt.Key.Key_Return)
        await until(lambda: not tab.busy, timeout=30, what="the answer")
    qloop.run_until_complete(scenario())
    answer = tab.messages[-1]
    assert answer.state == "complete" and answer.content.endswith("It is 42.")
    assert "add · demo · done" in tab.view.toPlainText()
    sent = chat_requests(llm_server)[-1].json["messages"]
    assert sent[-1] == {"role": "tool", "tool_call_id": "c1", "content": "42"}
    assert not tab.approval.isVisible()
    click_anchor(tab.view, "ava:tool/1/0")  # unfold: arguments and result, as plain text
    assert '{"a": 20, "b": 22}' in tab.view.toPlainText()


def test_esc_denies_and_the_model_is_told(make_app, qloop, llm_server, tmp_path):
    _write_mcp_json(tmp_path)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(raw=calls_stream(("c1", "demo__echo", '{"text": "<b>x</b>"}')))
    llm_server.reply(tokens=["Alright, I will not run it."])

    async def scenario():
        type_and_send(tab, "echo something")
        await until(lambda: tab.approval.isVisible(), timeout=30, what="the approval bar")
        QTest.keyClick(tab.approval, Qt.Key.Key_Escape)
        await until(lambda: not tab.busy, timeout=30, what="the answer")
    qloop.run_until_complete(scenario())
    told = chat_requests(llm_server)[-1].json["messages"][-1]
    assert told["role"] == "tool" and "declined" in told["content"]
    assert "echo · demo · denied" in tab.view.toPlainText()
    assert tab.messages[-1].content.endswith("I will not run it.")


def test_a_missing_command_is_said_and_the_other_servers_tools_still_work(
        make_app, qloop, llm_server, tmp_path):
    _write_mcp_json(tmp_path, fs={"command": "npx-that-is-not-installed", "args": ["x"]})
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    notices: list[str] = []
    tab.notice.connect(notices.append)
    llm_server.reply(raw=calls_stream(("c1", "demo__echo", '{"text": "still here"}')))
    llm_server.reply(tokens=["Done."])

    async def scenario():
        type_and_send(tab, "echo")
        await until(lambda: tab.approval.isVisible(), timeout=30, what="the approval bar")
        QTest.keyClick(tab.approval, Qt.Key.Key_Return)
        await until(lambda: not tab.busy, timeout=30)
    qloop.run_until_complete(scenario())
    assert any("fs" in n and "not found" in n for n in notices), notices
    offered = {t["function"]["name"] for t in chat_requests(llm_server)[0].json["tools"]}
    assert "demo__echo" in offered and not any(n.startswith("fs__") for n in offered)
    assert tab.messages[-1].node.tool_calls()[0][1].content == "still here"


def test_the_tools_dialog_adds_a_server_from_a_snippet_and_a_conversation_turns_it_off(
        make_app, qloop, llm_server, tmp_path):
    from ava_desktop.ui.tools_dialog import ToolsDialog

    app = make_app(llm_server.base_url)
    dialog = ToolsDialog(app.ctx, app.window)
    snippet = json.dumps({"mcpServers": {"demo": {
        "command": sys.executable, "args": [str(SERVER), "demo"],
        "env": {"PYTHONPATH": str(ROOT)}, "someOtherAppsKey": 1}}})
    assert dialog.take_json(snippet)
    qloop.run_until_complete(until(lambda: dialog.list.count() == 1, what="the server listed"))
    saved = json.loads((tmp_path / "data" / "mcp.json").read_text())
    assert saved["mcpServers"]["demo"]["someOtherAppsKey"] == 1  # unknown keys are kept
    assert not dialog.take_json("{not json")
    assert "not valid JSON" in dialog.message.text()
    dialog.close()

    tab = app.window.current_tab()
    tab.tools_button.menu_.aboutToShow.emit()
    [demo] = [a for a in tab.tools_button.menu_.actions() if a.text() == "demo"]
    demo.setChecked(False)  # this conversation does without the demo server
    llm_server.reply(tokens=["no tools needed"])

    async def scenario():
        type_and_send(tab, "hi")
        await until(lambda: not tab.busy and len(tab.messages) == 2, timeout=30)
    qloop.run_until_complete(scenario())
    assert "tools" not in chat_requests(llm_server)[-1].json
    stored = app.ctx.store.get_conversation(tab.conversation_id)
    assert stored.params["tools_off"] == ["demo"]


def test_an_image_a_tool_returns_shows_as_an_image(make_app, qloop, llm_server, tmp_path):
    from tests.ui.helpers import image_count

    _write_mcp_json(tmp_path)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    llm_server.reply(raw=calls_stream(("c1", "demo__image", "{}")))
    llm_server.reply(tokens=[" A red square."])

    async def scenario():
        type_and_send(tab, "draw")
        await until(lambda: tab.approval.isVisible(), timeout=30, what="the approval bar")
        QTest.keyClick(tab.approval, Qt.Key.Key_Return)
        await until(lambda: not tab.busy, timeout=30)
    qloop.run_until_complete(scenario())
    assert image_count(tab.view) == 0  # folded: only the line
    click_anchor(tab.view, "ava:tool/1/0")
    assert image_count(tab.view) == 1  # unfolded: the tool's image, from our blob table
    [(_call, result)] = tab.messages[-1].node.tool_calls()
    assert app.ctx.store.get_blob(result.images[0].sha256)


def test_the_tool_steps_setting_bounds_the_rounds_of_one_answer(
        make_app, qloop, llm_server, tmp_path):
    from ava_desktop.ui.tools_dialog import ToolsDialog

    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "mcp.json").write_text(json.dumps({"mcpServers": {"demo": {
        "command": sys.executable, "args": [str(SERVER), "demo"],
        "env": {"PYTHONPATH": str(ROOT)}, "alwaysAllow": ["add"]}}}))
    app = make_app(llm_server.base_url)
    dialog = ToolsDialog(app.ctx, app.window)
    assert dialog.max_steps.value() == 10 and dialog.max_steps.maximum() == 50
    dialog.max_steps.setValue(2)  # the real spin box, as the user would
    dialog.close()
    assert app.ctx.settings.max_tool_steps == 2
    tab = app.window.current_tab()
    for i in range(3):  # the model asks for a tool every time
        llm_server.reply(raw=calls_stream((f"c{i}", "demo__add", '{"a": 1, "b": 2}')))

    async def scenario():
        type_and_send(tab, "loop forever")
        await until(lambda: not tab.busy, timeout=40, what="the answer ends")
    qloop.run_until_complete(scenario())
    requests = chat_requests(llm_server)
    assert len(requests) == 3  # two tool rounds, then the third request's calls stop it
    tool_results = [m for m in requests[-1].json["messages"] if m["role"] == "tool"]
    assert len(tool_results) == 2
    assert tab.messages[-1].state == "error"


def test_settings_has_a_tools_page_that_edits_mcp_json(make_app, qloop, llm_server, tmp_path):
    _write_mcp_json(tmp_path)
    app = make_app(llm_server.base_url)
    QTest.keyClick(app.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = app.window._settings_dialog
    assert dialog is not None and dialog.isVisible()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "&Tools" in titles
    dialog.tabs.setCurrentIndex(titles.index("&Tools"))
    page = dialog.tools_page
    assert page.isVisible() and not page.isWindow()  # a page, not a second window
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("demo" in name for name in names), names
    page.list.setCurrentRow(0)
    before = (tmp_path / "data" / "mcp.json").read_text()
    QTest.mouseClick(page.buttons["toggle"], Qt.MouseButton.LeftButton)
    qloop.run_until_complete(until(
        lambda: (tmp_path / "data" / "mcp.json").read_text() != before, timeout=10,
        what="mcp.json saved from the Settings page"))
    assert json.loads((tmp_path / "data" / "mcp.json").read_text())["mcpServers"]["demo"]
    dialog.reject()
