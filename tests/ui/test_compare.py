"""Ask several models in the real window: two servers answer one message side by side,
each column with its speed; choosing one continues from it, the other stays a version."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.servers import LLMServer
from tests.ui.conftest import until
from tests.ui.helpers import chat_requests, click_action, type_and_send


def test_two_models_answer_side_by_side_and_one_is_chosen(make_app, qloop, llm_server):
    from ava_desktop.ui.compare import CompareDialog

    with LLMServer() as other:
        app = make_app(llm_server.base_url, wait=False)
        settings_file = app.paths.settings_file
        qloop.run_until_complete(app.shutdown())
        data = json.loads(settings_file.read_text()) if settings_file.exists() else {}
        data["endpoints"] = [{"id": "second", "name": "Second server",
                              "base_url": other.base_url, "preset": "Custom"}]
        settings_file.write_text(json.dumps(data))
        app = make_app(llm_server.base_url)
        tab = app.window.current_tab()
        QTest.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
        dialog = tab.findChild(CompareDialog)
        assert dialog is not None and dialog.isVisible()
        _check, second = dialog.rows[1]
        second.select("second", "other-model")
        buttons = dialog.findChildren(type(tab.compare_button))
        ok = next(b for b in buttons if b.text() == "Ask These Models")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "side by side" in tab.edit_banner.text()

        llm_server.reply(tokens=[f"alpha{i} " for i in range(30)], delay=0.005)
        other.reply(tokens=[f"beta{i} " for i in range(30)], delay=0.005)

        async def scenario():
            type_and_send(tab, "Which is better?")
            await until(lambda: tab.compare_strip.isVisible() and not tab.busy, timeout=15,
                        what="both answers")
        qloop.run_until_complete(scenario())
        columns = list(tab.compare_strip.columns.values())
        assert len(columns) == 2
        assert "alpha0" in columns[0].view.toPlainText()
        assert "beta0" in columns[1].view.toPlainText()
        assert "tok/s" in columns[0].speed.text() and "other-model" in columns[1].speed.text()
        assert other.last_request.json["model"] == "other-model"
        click_action(columns[1].view, "copy", 0)  # a column offers Copy, nothing else
        assert QGuiApplication.clipboard().text() == columns[1].node.content
        bar = columns[1].view.message_actions
        assert [b.objectName() for b in bar.buttons()] == [
            "messageAction-copy", "messageAction-copy-text"]
        QTest.mouseClick(columns[1].pick, Qt.MouseButton.LeftButton)
        assert not tab.compare_strip.isVisible()
        assert tab.messages[-1].content.startswith("beta0")
        assert "2/2" in tab.view.toPlainText()
        llm_server.reply(tokens=["follow-up answer"])

        async def follow_up():
            type_and_send(tab, "Thanks")
            await until(lambda: not tab.busy and len(tab.messages) == 4)
        qloop.run_until_complete(follow_up())
        sent = [m["content"] for m in chat_requests(llm_server)[-1].json["messages"]]
        assert sent[1].startswith("beta0") and sent[-1] == "Thanks"
