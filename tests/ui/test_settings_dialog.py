"""The settings dialog, driven with real keys: endpoints, API keys, Test, validation, general.

Keys go to the stand-in file keyring from ``isolated_home`` (or nowhere, with keyring's fail
backend); the data folder is grepped for every key typed here.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from pathlib import Path

import aiohttp
import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ava_desktop.core.secrets import NO_KEYCHAIN_MESSAGE, SERVICE, KeyStore
from ava_desktop.core.settings import Endpoint, Settings, SettingsService, SettingsStore
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.settings import SettingsDialog
from tests.ui.conftest import until

KEY = "gsk_TEST-dialog-key-8f3a1c"
CTRL = Qt.KeyboardModifier.ControlModifier


class Harness:
    """A dialog on the real loop with a shared session, a store in tmp and its signals."""

    def __init__(self, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        self.store = SettingsStore(self.data_dir / "config" / "settings.json")
        self.ctx = AppContext()
        self.saved: list[Settings] = []
        self.dialogs: list[SettingsDialog] = []
        self.services: list[SettingsService] = []

    async def __aenter__(self) -> Harness:
        # As in the app (application.py): closing the last window must not stop the loop.
        self._quit_on_close = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)
        self.ctx.session = aiohttp.ClientSession(trust_env=True)
        return self

    async def __aexit__(self, *exc: object) -> None:
        for dialog in self.dialogs:
            dialog.close()
            dialog.deleteLater()
        await self.ctx.cancel_all()
        await self.ctx.session.close()
        for service in self.services:
            service.close()
        await asyncio.sleep(0)
        QApplication.setQuitOnLastWindowClosed(self._quit_on_close)

    async def open(self, settings: Settings | None = None, keys: KeyStore | None = None
                   ) -> SettingsDialog:
        settings = settings if settings is not None else self.store.load()[0]
        self.services.append(SettingsService(settings, self.store))
        dialog = SettingsDialog(self.services[-1], keys or KeyStore(), self.ctx.spawn,
                                lambda: self.ctx.session)
        dialog.settingsChanged.connect(self.saved.append)
        self.dialogs.append(dialog)
        dialog.open()
        dialog.activateWindow()
        await until(dialog.isActiveWindow, what="active dialog")
        return dialog

    def file_bytes(self) -> bytes | None:
        return self.store.path.read_bytes() if self.store.path.exists() else None

    def files_containing(self, secret: str, *roots: Path) -> list[Path]:
        hits = []
        for root in (self.data_dir, *roots):
            for path in root.rglob("*"):
                if path.is_file() and secret.encode() in path.read_bytes():
                    hits.append(path)
        return hits


def retype(edit: QLineEdit, text: str) -> None:
    """Replace a line edit's text with real key presses."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(edit, text)


def add_from_preset(dialog: SettingsDialog, name: str) -> None:
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData(name))
    dialog.add_button.setFocus()
    QTest.keyClick(dialog.add_button, Qt.Key.Key_Space)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_groq_key_goes_to_the_keychain_and_nowhere_else(qloop, tmp_path, isolated_home):
    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open()
            assert dialog.objectName() == "settingsDialog" and dialog.isVisible()
            assert not dialog.keychain_message.isVisible()
            add_from_preset(dialog, "Groq")
            editor = dialog.editor
            assert editor.name_edit.text() == "Groq"
            assert editor.url_edit.text() == "https://api.groq.com/openai/v1"
            assert editor.key_edit.hasFocus()  # a preset that needs a key asks for it
            assert editor.key_edit.echoMode() == QLineEdit.EchoMode.Password
            QTest.keyClicks(editor.key_edit, KEY)
            assert dialog.endpoint_list.topLevelItem(0).text(2) == "new, unsaved"
            QTest.keyClick(editor.key_edit, Qt.Key.Key_Return, CTRL)
            await until(lambda: h.saved and not dialog.isVisible(), what="saved and closed")

            [ep] = h.saved[0].endpoints
            assert (ep.name, ep.preset, ep.has_key) == ("Groq", "Groq", True)
            stored = json.loads(keyring.get_keyring().get_password(SERVICE, ep.id))
            assert stored == {"host": "https://api.groq.com", "key": KEY}  # bound to its host
            text = h.store.path.read_text()
            assert KEY not in text and '"has_key": true' in text
            # PlaintextKeyring stores base64, so a plain grep of HOME and tmp finds nothing.
            assert h.files_containing(KEY, tmp_path, Path(isolated_home).parents[3]) == []

            # Reopened: the key is never read back into the widget, only marked.
            loaded, warnings = h.store.load()
            assert warnings == [] and loaded.endpoints[0].has_key
            again = await h.open(loaded)
            assert again.endpoint_list.topLevelItem(0).text(2) == "stored"
            assert again.editor.key_edit.text() == ""
            assert "stored in" in again.editor.key_edit.placeholderText()
            again.editor.remove_key_button.click()
            assert again.endpoint_list.topLevelItem(0).text(2) == "removed on save"
            again.save_button.click()
            await until(lambda: len(h.saved) == 2, what="second save")
            assert not h.saved[1].endpoints[0].has_key
            assert keyring.get_keyring().get_password(SERVICE, ep.id) is None

    qloop.run_until_complete(scenario())


def test_test_button_lists_models_shows_errors_and_never_blocks(qloop, tmp_path, llm_server):
    settings = Settings(endpoints=[Endpoint("Local", llm_server.base_url)])

    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open(settings)
            editor = dialog.editor
            editor.key_edit.setFocus()
            QTest.keyClicks(editor.key_edit, "sk-typed")
            editor.add_header_button.click()
            editor.headers_table.item(0, 0).setText("X-Title")
            editor.headers_table.item(0, 1).setText("Ava Desktop")
            QTest.keyClick(editor.test_button, Qt.Key.Key_Space)
            assert editor.test_button.text() == "Testing…"
            assert not editor.test_button.isEnabled()
            await until(lambda: editor.test_result.text().startswith("✓"), what="models")
            assert editor.test_result.text() == (
                "✓ 3 models: deepseek-chat, gpt-4o-mini, llama-3.1-8b")
            assert editor.test_button.isEnabled()
            sent = llm_server.last_request.headers
            assert sent["Authorization"] == "Bearer sk-typed"
            assert sent["X-Title"] == "Ava Desktop"

            # The server's own words for a rejected key.
            llm_server.models_reply(status=401, body={"error": {
                "message": "Invalid API key provided: sk-ty***", "type": "invalid_request_error",
                "code": "invalid_api_key"}})
            editor.test_button.click()
            await until(lambda: not editor.test_button.text().startswith("Testing"))
            result = editor.test_result.text()
            assert "Invalid API key provided" in result and "401" in result

            # A slow server: the window keeps answering while the test waits.
            llm_server.models_reply(head_delay=0.6, body={"data": [{"id": "slow-model"}]})
            editor.test_button.click()
            gaps, last = [], time.monotonic()
            editor.name_edit.setFocus()
            while editor.test_button.text() == "Testing…":
                QTest.keyClicks(editor.name_edit, "x")
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now
            assert editor.test_result.text() == "✓ 1 model: slow-model"
            assert len(gaps) > 10 and max(gaps) < 0.25
            assert editor.name_edit.text().startswith("Localx")
            assert dialog.endpoint_list.topLevelItem(0).text(0) == editor.name_edit.text()

            # Nothing listening: a connection error in words.
            retype(editor.url_edit, f"http://127.0.0.1:{free_port()}/v1")
            editor.test_button.click()
            await until(lambda: not editor.test_button.text().startswith("Testing"))
            result = editor.test_result.text()
            assert "connect" in result.lower() and "127.0.0.1" in result
            assert "Traceback" not in result and "Error(" not in result

            # An invalid form is not sent at all.
            count = len(llm_server.requests)
            retype(editor.url_edit, "localhost:8080")
            editor.test_button.click()
            assert editor.url_error.isVisible() and "Fix the fields" in editor.test_result.text()
            assert len(llm_server.requests) == count
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            assert not dialog.isVisible() and h.saved == [] and h.file_bytes() is None

    qloop.run_until_complete(scenario())


def test_invalid_fields_refuse_to_save_and_write_nothing(qloop, tmp_path):
    settings = Settings(endpoints=[Endpoint("Ollama", "http://127.0.0.1:11434/v1",
                                            preset="Ollama")])

    async def scenario():
        async with Harness(tmp_path) as h:
            h.store.save(settings)
            before = h.file_bytes()
            dialog = await h.open()
            editor = dialog.editor
            retype(editor.url_edit, "ftp://127.0.0.1/v1")
            QTest.keyClick(editor.url_edit, Qt.Key.Key_Return, CTRL)
            assert editor.url_error.isVisible()
            assert "must start with one of: http://, https://" in editor.url_error.text()
            assert "Not saved" in dialog.status.text()
            retype(editor.url_edit, "http://127.0.0.1:11434/v1")
            assert not editor.url_error.isVisible()  # cleared once fixed

            editor.add_header_button.click()
            editor.headers_table.item(0, 0).setText("X-Note")
            editor.headers_table.item(0, 1).setText("one\r\nInjected: yes")
            dialog.save_button.click()
            assert editor.headers_error.isVisible()
            assert "line breaks" in editor.headers_error.text()
            editor.headers_table.item(0, 0).setText("Authorization")
            editor.headers_table.item(0, 1).setText("Bearer sk-secret")
            dialog.save_button.click()
            assert "API key field" in editor.headers_error.text()

            # A second endpoint is fine, but the first still blocks the save and is selected.
            add_from_preset(dialog, "Custom")
            assert editor.url_edit.hasFocus()
            QTest.keyClick(editor.url_edit, Qt.Key.Key_Return, CTRL)
            assert editor.url_error.text() == "Base URL is empty."
            QTest.keyClicks(editor.url_edit, "http://10.0.0.5:8000/v1")
            QTest.keyClick(editor.url_edit, Qt.Key.Key_Return, CTRL)
            assert editor.draft is dialog.drafts[0] and editor.headers_error.isVisible()
            await asyncio.sleep(0.05)
            assert h.saved == [] and h.file_bytes() == before

            editor.remove_header_button.click()
            editor.headers_table.setCurrentCell(0, 0)
            editor.remove_header_button.click()
            QTest.keyClick(editor.name_edit, Qt.Key.Key_Return, CTRL)
            await until(lambda: h.saved, what="save")
            assert [e.base_url for e in h.saved[0].endpoints] == [
                "http://127.0.0.1:11434/v1", "http://10.0.0.5:8000/v1"]
            assert h.saved[0].endpoints[0].extra_headers == {}

    qloop.run_until_complete(scenario())


def test_without_a_keychain_keys_live_for_the_session_only(qloop, tmp_path, llm_server,
                                                          isolated_home):
    keyring.set_keyring(fail.Keyring())  # restored by isolated_home's monkeypatch
    keys = KeyStore()
    assert not keys.persistent

    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open(keys=keys)
            assert dialog.keychain_message.isVisible()
            assert dialog.keychain_message.text() == NO_KEYCHAIN_MESSAGE
            add_from_preset(dialog, "OpenAI")
            editor = dialog.editor
            assert "this session only" in editor.key_edit.placeholderText()
            retype(editor.url_edit, llm_server.base_url)
            editor.key_edit.setFocus()
            QTest.keyClicks(editor.key_edit, KEY)
            dialog.save_button.click()
            await until(lambda: h.saved and not dialog.isVisible(), what="saved")
            [ep] = h.saved[0].endpoints
            assert not ep.has_key
            assert keys.get(ep.id) == KEY
            assert h.files_containing(KEY, tmp_path, Path(isolated_home).parents[3]) == []
            assert not Path(isolated_home).exists()  # the stand-in keychain was never used

            # Same session: the key is marked and used by Test without being shown.
            reloaded = h.store.load()[0]
            reloaded.remember_last_used(ep.id, "gpt-4o-mini")
            again = await h.open(reloaded, keys=keys)
            assert again.endpoint_list.topLevelItem(0).text(2) == "this session"
            assert "this session only" in again.editor.key_edit.placeholderText()
            again.editor.test_button.click()
            await until(lambda: again.editor.test_result.text().startswith("✓"))
            assert llm_server.last_request.headers["Authorization"] == f"Bearer {KEY}"
            # Removing the endpoint forgets its key too (on save, not before).
            again.remove_button.click()
            assert keys.get(ep.id) == KEY
            QTest.keyClick(again.endpoint_list, Qt.Key.Key_Return, CTRL)
            await until(lambda: len(h.saved) == 2, what="second save")
            assert h.saved[1].endpoints == [] and keys.get(ep.id) is None
            assert h.saved[1].default_endpoint_id is None  # it named the removed endpoint

            # A key saved in an earlier session's keychain is out of reach: say so.
            old = Endpoint("Old", "https://api.openai.com/v1", has_key=True)
            third = await h.open(Settings(endpoints=[old]), keys=keys)
            assert third.endpoint_list.topLevelItem(0).text(2) == "unavailable"
            assert "not available now" in third.editor.key_edit.placeholderText()

    qloop.run_until_complete(scenario())


def test_general_settings_round_trip(qloop, tmp_path):
    start = Settings.from_dict({"theme": "light", "temperature": 0.2, "future_option": [1, 2],
                                "prompt_presets": [{"name": "Old", "text": "old", "tag": 7}]})

    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open(start)
            dialog.tabs.setCurrentIndex(1)
            dialog.theme_combo.setFocus()
            dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
            dialog.font_spin.setFocus()
            dialog.font_spin.selectAll()
            QTest.keyClicks(dialog.font_spin, "14")
            retype(dialog.temperature_edit, "3")
            retype(dialog.proxy_edit, "127.0.0.1:3128")
            dialog.system_prompt_edit.setFocus()
            QTest.keyClicks(dialog.system_prompt_edit, "Be brief.")
            QTest.keyClick(dialog.system_prompt_edit, Qt.Key.Key_Return, CTRL)
            assert dialog.proxy_error.isVisible() and dialog.temperature_error.isVisible()
            assert "0 to 2" in dialog.temperature_error.text()
            assert h.saved == [] and h.file_bytes() is None
            retype(dialog.temperature_edit, "0.7")
            retype(dialog.proxy_edit, "socks5://127.0.0.1:9050")
            assert not dialog.proxy_error.isVisible()
            dialog.add_preset_button.click()
            assert dialog.preset_name_edit.hasFocus()
            QTest.keyClicks(dialog.preset_name_edit, "Pirate")  # replaces the selected name
            dialog.preset_text_edit.setFocus()
            QTest.keyClicks(dialog.preset_text_edit, "Talk like a pirate.")
            dialog.offline_check.click()
            dialog.discovery_check.click()
            dialog.max_tokens_spin.setValue(512)
            assert dialog.titles_combo.currentData() == "auto"  # the default
            dialog.titles_combo.setCurrentIndex(dialog.titles_combo.findData("off"))
            start.window_geometry = "AAAA"  # the app saved its geometry meanwhile
            start.remember_last_used("ep-1", "model-x")
            QTest.keyClick(dialog.preset_text_edit, Qt.Key.Key_Return, CTRL)
            await until(lambda: h.saved, what="save")

            loaded, warnings = h.store.load()
            assert warnings == []
            assert (loaded.theme, loaded.font_size, loaded.temperature, loaded.max_tokens) == (
                "dark", 14, 0.7, 512)
            assert loaded.proxy_url == "socks5://127.0.0.1:9050"
            assert loaded.system_prompt == "Be brief."
            assert [(p.name, p.text) for p in loaded.prompt_presets] == [
                ("Old", "old"), ("Pirate", "Talk like a pirate.")]
            assert loaded.prompt_presets[0].extra == {"tag": 7}
            assert loaded.show_offline_providers and not loaded.local_discovery
            assert loaded.model_titles == "off"
            assert loaded.extra == {"future_option": [1, 2]}
            assert (loaded.window_geometry, loaded.default_model) == ("AAAA", "model-x")

            # Back to the defaults: blank temperature, "Default" font, no proxy.
            again = await h.open(loaded)
            assert again.temperature_edit.text() == "0.7" and again.font_spin.value() == 14
            retype(again.temperature_edit, "")
            again.font_spin.setValue(again.font_spin.minimum())
            assert again.font_spin.text() == "Default"
            retype(again.proxy_edit, "")
            again.preset_list.setCurrentRow(0)  # a built-in preset is read-only
            assert again.preset_name_edit.isReadOnly()
            assert not again.remove_preset_button.isEnabled()
            again.preset_list.setCurrentRow(again.preset_list.count() - 1)
            again.remove_preset_button.click()
            again.save_button.click()
            await until(lambda: len(h.saved) == 2, what="second save")
            final = h.store.load()[0]
            assert (final.temperature, final.font_size, final.proxy_url) == (None, None, None)
            assert [p.name for p in final.prompt_presets] == ["Old"]
            assert final.extra == {"future_option": [1, 2]}

    qloop.run_until_complete(scenario())


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_cancel_discards_everything(qloop, tmp_path, how):
    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open()
            add_from_preset(dialog, "DeepSeek")
            QTest.keyClicks(dialog.editor.key_edit, KEY)
            if how == "escape":
                QTest.keyClick(dialog.editor.key_edit, Qt.Key.Key_Escape)
            else:
                dialog.cancel_button.click()
            assert not dialog.isVisible()
            await asyncio.sleep(0.05)
            assert h.saved == [] and h.file_bytes() is None
            ep_id = dialog.drafts[0].endpoint.id
            assert keyring.get_keyring().get_password(SERVICE, ep_id) is None

    qloop.run_until_complete(scenario())


class RefusingKeyring(KeyringBackend):
    """A keychain that exists but refuses to store (e.g. a locked collection)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("nothing stored")


def test_a_refusing_keychain_is_reported_and_the_dialog_stays_open(qloop, tmp_path):
    keys = KeyStore(backend=RefusingKeyring())
    assert keys.persistent

    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open(keys=keys)
            add_from_preset(dialog, "Mistral")
            QTest.keyClicks(dialog.editor.key_edit, KEY)
            dialog.save_button.click()
            await until(lambda: h.saved and not dialog.saving, what="saved")
            assert dialog.isVisible()  # not closed silently: the key will not survive
            assert dialog.keychain_message.isVisible()
            assert "could not store the key" in dialog.keychain_message.text()
            assert "this session only" in dialog.status.text()
            assert KEY not in dialog.keychain_message.text()
            assert dialog.endpoint_list.topLevelItem(0).text(2) == "this session"
            assert not h.saved[0].endpoints[0].has_key
            assert keys.get(h.saved[0].endpoints[0].id) == KEY
            assert h.files_containing(KEY, tmp_path) == []

    qloop.run_until_complete(scenario())


def test_an_unwritable_settings_file_is_reported_and_nothing_is_lost(qloop, tmp_path):
    async def scenario():
        async with Harness(tmp_path) as h:
            blocker = tmp_path / "blocker"
            blocker.write_text("a file where the config folder should be")
            h.store = SettingsStore(blocker / "settings.json")
            dialog = await h.open(Settings())
            add_from_preset(dialog, "Ollama")
            dialog.save_button.click()
            await until(lambda: not dialog.saving, what="save attempt")
            assert "Could not save the settings" in dialog.status.text()
            assert dialog.isVisible() and dialog.save_button.isEnabled() and h.saved == []
            assert len(dialog.drafts) == 1  # the edit is still there to retry
            h.store.path = tmp_path / "ok" / "settings.json"
            dialog.save_button.click()
            await until(lambda: h.saved, what="retry")
            assert h.store.load()[0].endpoints[0].preset == "Ollama"

    qloop.run_until_complete(scenario())


def test_tab_order_and_buddies(qloop, tmp_path):
    async def scenario():
        async with Harness(tmp_path) as h:
            dialog = await h.open(Settings(endpoints=[Endpoint("A", "http://127.0.0.1:1/v1")]))
            e = dialog.editor
            e.name_edit.setFocus()
            seen = []
            for _ in range(4):
                QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
                seen.append(dialog.focusWidget())
            # "Remove key" is disabled (no key), so it is skipped
            assert seen == [e.url_edit, e.key_edit, e.enabled_check, e.headers_table]
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
            assert dialog.focusWidget() is e.key_edit  # "API &key" label's buddy
            dialog.tabs.setCurrentIndex(1)
            dialog.proxy_edit.setFocus()
            chain = []
            for _ in range(5):
                QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
                chain.append(dialog.focusWidget())
            assert chain == [dialog.theme_combo, dialog.font_spin, dialog.system_prompt_edit,
                             dialog.temperature_edit, dialog.max_tokens_spin]

    qloop.run_until_complete(scenario())


def test_a_stored_key_is_not_sent_to_a_new_host(qloop, tmp_path, llm_server):
    """Changing an endpoint's server asks for its key again instead of reusing the old one."""
    endpoint = Endpoint(name="Groq", base_url="https://api.groq.com/openai/v1", preset="Groq")
    keys = KeyStore()
    endpoint.has_key = keys.set(endpoint.id, KEY)
    settings = Settings(endpoints=[endpoint])

    async def scenario():
        async with Harness(tmp_path) as h:
            h.store.save(settings)
            before = h.file_bytes()
            dialog = await h.open(keys=keys)
            retype(dialog.editor.url_edit, llm_server.base_url)
            dialog.editor.test_button.click()  # Test must not carry the stored key there
            await asyncio.sleep(0.3)
            assert not llm_server.requests
            QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
            await until(lambda: dialog.editor.key_error.isVisible(), what="key error")
            assert "type its API key again" in dialog.editor.key_error.text()
            assert h.file_bytes() == before and not h.saved
            retype(dialog.editor.key_edit, "sk-local-other")
            QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
            await until(lambda: h.saved, what="saved")
            assert keys.get(endpoint.id) == "sk-local-other"

    qloop.run_until_complete(scenario())
