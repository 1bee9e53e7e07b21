"""Settings reach the window: endpoints and keys, local servers found, theme and text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from ava_desktop.core.providers import Preset
from ava_desktop.core.settings import SettingsStore
from ava_desktop.core.targets import openai_target
from ava_desktop.ui.settings import SettingsDialog
from tests.servers import ForwardProxy
from tests.ui.conftest import settle, until
from tests.ui.helpers import ask, chat_requests, type_and_send


def test_an_endpoint_added_in_settings_is_offered_and_used_with_its_key(
        make_app, qloop, llm_server, isolated_home):
    app = make_app(model=None)
    window = app.window
    tab = window.current_tab()

    async def scenario():
        QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: window.findChild(SettingsDialog) is not None)
        dialog = window.findChild(SettingsDialog)
        dialog.add_endpoint("Custom")
        editor = dialog.editor
        editor.name_edit.setText("My server")
        editor.url_edit.setText(llm_server.base_url)
        editor.key_edit.setFocus()
        QTest.keyClicks(editor.key_edit, "sk-secret-123")
        dialog.save()
        await until(lambda: any(t.name == "My server" for t in app.ctx.targets),
                    what="new endpoint offered")
        index = tab.selector.provider_box.findText("My server")
        tab.selector.provider_box.setCurrentIndex(index)
        await until(lambda: tab.selector.model_box.count() > 0, what="models listed")
        type_and_send(tab, "hello")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)

    qloop.run_until_complete(scenario())
    request = chat_requests(llm_server)[-1]
    assert request.headers.get("Authorization") == "Bearer sk-secret-123"
    text = (app.paths.config_dir / "settings.json").read_text()
    assert "My server" in text and "sk-secret-123" not in text


def test_a_local_server_is_found_on_demand(make_app, qloop, llm_server):
    app = make_app(model=None)
    window = app.window
    app.ctx.discovery_presets = [Preset("Ollama", llm_server.base_url, False, True)]

    async def scenario():
        window.act_discover.trigger()
        await until(lambda: any(t.name == "Ollama (local)" for t in app.ctx.targets))

    qloop.run_until_complete(scenario())
    tab = window.current_tab()
    index = tab.selector.provider_box.findText("Ollama (local)")
    assert index >= 0
    tab.selector.provider_box.setCurrentIndex(index)
    assert tab.selector.model_box.count() == len(set(llm_server.models))
    assert "found" in window.statusBar().currentMessage().lower()


def test_text_size_keys_and_dark_theme(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    start = tab.view.font().pointSizeF()

    async def scenario():
        QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: tab.view.font().pointSizeF() == start + 2)
        QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: tab.view.font().pointSizeF() == start + 1)
        assert tab.composer.font().pointSizeF() == start + 1
        type_and_send(tab, "hi")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)
        app.ctx.settings_service.update(theme="dark")
        await until(lambda: tab.view.palette().color(QPalette.ColorRole.Base).lightness() < 128)
        await until(lambda: "#2b3a55" in tab.view.toHtml(), what="messages re-rendered dark")
        await app.shutdown()

    qloop.run_until_complete(scenario())
    saved, _warnings = SettingsStore(app.paths.settings_file).load()
    assert saved.font_size == round(start) + 1
    assert saved.theme == "dark"
    again = make_app(llm_server.base_url)
    assert again.window.current_tab().view.font().pointSizeF() == start + 1
    again.window.act_font_reset.trigger()
    assert again.window.current_tab().view.font().pointSizeF() == start



def test_servers_on_this_computer_bypass_proxies_and_others_use_them(
        make_app, qloop, llm_server, monkeypatch):
    """A proxy (the setting, or HTTP(S)_PROXY without NO_PROXY) would receive "127.0.0.1"
    and answer for its own machine: loopback servers are always reached directly."""
    proxy = ForwardProxy().start()
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        app = make_app(llm_server.base_url)
        app.ctx.settings_service.update(proxy_url=proxy.url)
        tab = app.window.current_tab()
        app.ctx.catalog.ensure(tab.selector.target(), refresh=True)
        answer = ask(qloop, tab, "straight to the local server")
        qloop.run_until_complete(until(lambda: not app.ctx._tasks))
    finally:
        proxy.stop()
    assert answer.state == "complete" and answer.content == "Hello, world!"
    assert proxy.seen == []
    remote = openai_target("r", "Remote", "https://api.example.com/v1")
    assert not remote.on_this_computer
    assert app.ctx.proxy_for(remote) == proxy.url  # the setting
    app.ctx.settings_service.update(proxy_url=None)
    assert app.ctx.proxy_for(remote) == proxy.url  # HTTPS_PROXY, as other tools read it
    monkeypatch.setenv("NO_PROXY", "api.example.com")
    assert app.ctx.proxy_for(remote) is None
    assert not app.ctx.session.trust_env  # proxies are per target, never the session's


def test_a_keychain_that_waits_for_the_user_does_not_hold_up_the_window(
        make_app, qloop, llm_server, isolated_home, tmp_path):
    import threading

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from ava_desktop.core.secrets import KeyStore
    from ava_desktop.core.settings import Endpoint, Settings

    real = keyring.get_keyring()
    release = threading.Event()

    class LockedKeyring(PlaintextKeyring):  # like a Secret Service waiting for its password
        file_path = real.file_path

        def get_password(self, service, username):
            release.wait(10)
            return super().get_password(service, username)

    endpoint = Endpoint(name="Slow keychain", base_url=llm_server.base_url)
    endpoint.has_key = KeyStore().set(endpoint.id, "sk-behind-a-prompt")
    store = SettingsStore(tmp_path / "data" / "config" / "settings.json")
    store.save(Settings(endpoints=[endpoint], default_endpoint_id=endpoint.id,
                        default_model="test-model", local_discovery=False))
    keyring.set_keyring(LockedKeyring())
    try:
        app = make_app(model=None, wait=False)
        assert app.window.isVisible()  # shown although the keychain has not answered
        target = app.ctx.target(endpoint.id)
        assert target is not None and "api_key" not in target.options
        release.set()
        qloop.run_until_complete(until(
            lambda: app.ctx.target(endpoint.id).options.get("api_key") == "sk-behind-a-prompt",
            what="the key once the keychain answers"))
        qloop.run_until_complete(settle(app))
    finally:
        release.set()
        keyring.set_keyring(real)
