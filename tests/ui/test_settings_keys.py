"""Keys in the real app: bound to their host whatever the file says; Azure's key end to end."""

from __future__ import annotations

import json

import keyring
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ava_desktop.core.paths import AppPaths
from ava_desktop.core.secrets import SERVICE, KeyStore, key_origin
from ava_desktop.core.settings import Endpoint, Settings, SettingsStore
from ava_desktop.ui.settings import SettingsDialog
from tests.native_servers import NativeServer
from tests.servers import LLMServer
from tests.ui.conftest import settle, until
from tests.ui.helpers import ask, chat_requests
from tests.ui.test_settings_dialog import add_from_preset, retype

KEY = "sk-hand-edit-5b7c9e1f3a"


def _boxes(title: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == title]


def test_a_hand_edited_settings_file_never_sends_the_key_to_another_host(
        make_app, qloop, tmp_path, isolated_home):
    with LLMServer() as first, LLMServer() as second:
        ep = Endpoint(name="Mine", base_url=first.base_url)
        ep.has_key = KeyStore().set(ep.id, KEY, url=first.base_url)
        path = AppPaths.resolve(tmp_path / "data").ensure().settings_file
        SettingsStore(path).save(Settings(endpoints=[ep], default_endpoint_id=ep.id,
                                          default_model="test-model", local_discovery=False))
        data = json.loads(path.read_text())  # edited by hand: another server, same key flag
        data["endpoints"][0]["base_url"] = second.base_url
        path.write_text(json.dumps(data, indent=2))

        app = make_app(model=None)
        window = app.window
        target = app.ctx.target(ep.id)
        assert target is not None and target.address == second.base_url
        assert "api_key" not in target.options
        [box] = _boxes("API key not sent")  # said once, with both hosts
        assert f"127.0.0.1:{first.port}" in box.text()
        assert f"127.0.0.1:{second.port}" in box.text()
        assert "Enter the key again" in box.text()
        box.close()

        tab = window.current_tab()
        assert tab.selector.target_key() == ep.id
        answer = ask(qloop, tab, "hello over there")
        qloop.run_until_complete(settle(app))
        assert answer.content == "Hello, world!"
        assert chat_requests(second) and second.requests
        for request in second.requests:  # the chat and the model list alike
            assert "Authorization" not in request.headers
            assert KEY not in json.dumps(dict(request.headers)) + request.body.decode()
        assert first.requests == []

        app.ctx.refresh_targets()  # rebuilt targets do not say it again
        assert _boxes("API key not sent") == []

        # The dialog knows where the key belongs and asks for it again before any save.
        window.show_settings()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None
        assert "type its API key again" in dialog.drafts[0].problems()["key"]
        dialog.close()


def test_azure_from_the_preset_tests_saves_and_chats_with_its_api_key_header(
        make_app, qloop, isolated_home):
    with NativeServer() as server:
        app = make_app(model=None)
        window = app.window

        async def scenario():
            window.show_settings()
            dialog = window.findChild(SettingsDialog)
            dialog.activateWindow()
            await until(dialog.isActiveWindow, what="active dialog")
            add_from_preset(dialog, "Azure OpenAI")
            editor = dialog.editor
            assert editor.key_edit.hasFocus()  # the preset needs a key
            QTest.keyClicks(editor.key_edit, KEY)
            retype(editor.url_edit, server.azure_url("gpt4o"))
            editor.test_button.click()
            await until(lambda: editor.draft.test_ok is not None, what="test result")
            assert editor.draft.test_ok, editor.test_result.text()
            assert "gpt4o" in editor.test_result.text()
            listing = server.last_request
            assert listing.headers["api-key"] == KEY and "Authorization" not in listing.headers
            assert listing.query.get("api-version")
            dialog.save()
            await until(lambda: app.ctx.target(editor.draft.endpoint.id) is not None
                        and "api_key" in app.ctx.target(editor.draft.endpoint.id).options,
                        what="the Azure endpoint offered with its key")
            await until(lambda: window.findChild(SettingsDialog) is None, what="saved, closed")
            return editor.draft.endpoint.id

        ep_id = qloop.run_until_complete(scenario())
        stored = json.loads(keyring.get_password(SERVICE, ep_id))
        assert stored == {"host": key_origin(server.url), "key": KEY}
        saved = SettingsStore(app.paths.settings_file).load()[0]
        assert saved.endpoint(ep_id).has_key and KEY not in app.paths.settings_file.read_text()
        assert saved.endpoint(ep_id).extra_headers == {}  # the key is no plain-text header

        tab = window.current_tab()
        box = tab.selector.provider_box
        box.setCurrentIndex(box.findText("Azure OpenAI"))
        qloop.run_until_complete(until(lambda: tab.selector.model_box.count() > 0,
                                       what="models listed"))
        answer = ask(qloop, tab, "hello Azure")
        qloop.run_until_complete(settle(app))
        assert answer.content == "Hello, world!"
        chat = [r for r in server.requests if r.path.endswith("/chat/completions")][-1]
        assert chat.path == "/openai/deployments/gpt4o/chat/completions"
        assert chat.headers["api-key"] == KEY and "Authorization" not in chat.headers
        assert chat.query.get("api-version")
