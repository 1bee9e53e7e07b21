"""Per-conversation system prompt, temperature and max tokens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ava_desktop.ui.params_dialog import ParamsDialog
from tests.ui.conftest import until
from tests.ui.helpers import chat_requests, type_and_send


def test_params_reach_the_request_and_survive_a_restart(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    assert tab.params_button.text() == "Prompt: Default"

    async def scenario():
        QTest.mouseClick(tab.params_button, Qt.MouseButton.LeftButton)
        await until(lambda: tab.findChild(ParamsDialog) is not None)
        dialog = tab.findChild(ParamsDialog)
        dialog.preset.setCurrentIndex(dialog.preset.findText("Programmer"))
        assert dialog.prompt.toPlainText()
        dialog.temperature.setFocus()
        dialog.temperature.selectAll()
        QTest.keyClicks(dialog.temperature, "0.3")
        dialog.max_tokens.selectAll()
        QTest.keyClicks(dialog.max_tokens, "100")
        QTest.keyClick(dialog.max_tokens, Qt.Key.Key_Return)  # the default button: OK
        await until(lambda: "T 0.3" in tab.params_button.text())
        type_and_send(tab, "hi")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)
        await app.shutdown()

    qloop.run_until_complete(scenario())
    body = chat_requests(llm_server)[-1].json
    assert body["messages"][0]["role"] == "system" and body["messages"][0]["content"]
    assert body["messages"][1] == {"role": "user", "content": "hi"}
    assert body["temperature"] == 0.3 and body["max_tokens"] == 100
    again = make_app(llm_server.base_url).window.current_tab()
    assert again.params_button.text() == "Prompt: Programmer · T 0.3 · max 100"
