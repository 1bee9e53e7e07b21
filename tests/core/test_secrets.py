"""API keys through a real keyring backend (keyrings.alt file backend in a temp HOME).

The autouse ``isolated_home`` fixture (tests/conftest.py) installs the stand-in keychain and
yields its file path; the user's real keychain is never used.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import time
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked
from keyrings.alt.file import PlaintextKeyring

from ava_desktop.core.paths import AppPaths
from ava_desktop.core.secrets import NO_KEYCHAIN_MESSAGE, SERVICE, KeyStore, keychain_unusable
from ava_desktop.core.settings import Endpoint, Settings, SettingsStore, env_api_key, env_endpoint

KEY = "sk-test-9f3b1c2d4e5f60718293a4b5c6d7e8f9"


def test_uses_the_stand_in_keychain_and_survives_a_restart(isolated_home):
    store = KeyStore()
    assert isinstance(keyring.get_keyring(), PlaintextKeyring)
    assert store.persistent and store.message == ""
    assert store.backend_name == "keyrings.alt.file.PlaintextKeyring"
    assert store.set("ep-1", KEY) is True
    assert _forms(KEY)[1] in Path(isolated_home).read_bytes()  # it went to the keychain file
    assert keyring.get_password(SERVICE, "ep-1") == KEY

    restarted = KeyStore()  # a new process would build a new store on the same keychain
    assert restarted.get("ep-1") == KEY
    restarted.delete("ep-1")
    assert KeyStore().get("ep-1") is None
    restarted.delete("ep-1")  # deleting twice is fine
    assert KEY not in repr(store)


def test_explicit_backend_and_service(tmp_path):
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "kr.cfg")
    store = KeyStore(backend, service="ava-test")
    store.set("e", KEY)
    assert backend.get_password("ava-test", "e") == KEY
    assert keyring.get_password(SERVICE, "e") is None  # the global keyring was not used


def test_session_only_key_is_never_written(isolated_home):
    store = KeyStore()
    assert store.set("env", KEY, session_only=True) is False
    assert store.get("env") == KEY
    assert not Path(isolated_home).exists()
    store.delete("env")
    assert store.get("env") is None


class _EmptyChainer(chainer.ChainerBackend):
    backends: list = []  # noqa: RUF012 - shadows the discovering classproperty


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), _EmptyChainer()])
def test_no_usable_keychain_falls_back_to_session_memory(backend):
    keyring.set_keyring(backend)  # restored by the isolated_home fixture
    store = KeyStore()
    assert keychain_unusable(backend)
    assert store.persistent is False
    assert store.message == NO_KEYCHAIN_MESSAGE
    assert store.set("ep", KEY) is False
    assert store.get("ep") == KEY
    assert KeyStore().get("ep") is None  # gone after a "restart"
    store.delete("ep")
    assert store.get("ep") is None


def test_a_chainer_with_a_real_backend_is_usable():
    class OneChainer(chainer.ChainerBackend):
        backends = [PlaintextKeyring()]  # noqa: RUF012

    assert not keychain_unusable(OneChainer())


class _LockedKeyring(KeyringBackend):
    """A keychain that refuses everything, like a locked Secret Service collection."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("collection is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked(f"cannot store {password}")  # a careless backend echoes the key

    def delete_password(self, service, username):
        raise KeyringLocked("collection is locked")


def test_keychain_errors_fall_back_and_never_echo_the_key(caplog):
    caplog.set_level(logging.DEBUG)
    store = KeyStore(_LockedKeyring())
    assert store.persistent is True
    assert store.get("ep") is None
    assert store.set("ep", KEY) is False
    assert "session only" in store.message and "KeyringLocked" in store.message
    assert KEY not in store.message
    assert store.get("ep") == KEY  # usable for this session
    store.delete("ep")
    assert store.get("ep") is None
    assert KEY not in caplog.text
    assert "KeyringLocked" in caplog.text


@pytest.mark.parametrize("bad", ["", "sk-abc\r\nX-Injected: 1", "a\nb"])
def test_keys_that_would_break_headers_are_refused(bad):
    with pytest.raises(ValueError, match="line breaks"):
        KeyStore().set("ep", bad)


def _forms(secret: str) -> list[bytes]:
    """The key as text and base64 (what the stand-in keychain file holds)."""
    return [secret.encode(), base64.b64encode(secret.encode())]


def _files_under(*roots: Path) -> list[Path]:
    files = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            files.extend(Path(dirpath, n) for n in names)
    return files


def test_no_key_lands_in_any_file_we_write(tmp_path, isolated_home, monkeypatch):
    """The issue's check: settings + keys written, then grep every file for the keys."""
    env_key = "sk-env-0a1b2c3d4e5f6a7b8c9d"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", env_key)
    paths = AppPaths.resolve(tmp_path / "data").ensure()
    handler = logging.FileHandler(paths.log_dir / "ava.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        keys = KeyStore()
        settings = Settings()
        ep = Endpoint(name="OpenAI", preset="OpenAI", base_url="https://api.openai.com/v1")
        ep.has_key = keys.set(ep.id, KEY)
        settings.endpoints.append(ep)
        env_ep = env_endpoint()
        keys.set(env_ep.id, env_api_key(), session_only=True)
        settings.endpoints.append(env_ep)  # offered in the list, must still never be saved
        settings.remember_last_used(env_ep.id, "gpt-4o-mini")
        store = SettingsStore(paths.settings_file)
        store.save(settings)
        locked = KeyStore(_LockedKeyring())
        locked.set("x", KEY)  # the failure path logs too
        assert keys.get(ep.id) == KEY and keys.get(env_ep.id) == env_key
        loaded, warnings = store.load()
        assert warnings == [] and loaded.endpoints[0].has_key is True
        assert [e.id for e in loaded.endpoints] == [ep.id]
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)

    keychain = Path(isolated_home)
    assert _forms(KEY)[1] in keychain.read_bytes()  # proves the grep below would see a key
    written = [p for p in _files_under(paths.data_dir, Path(os.environ["HOME"])) if p != keychain]
    assert paths.settings_file in written and paths.log_dir / "ava.log" in written
    assert (paths.log_dir / "ava.log").stat().st_size > 0
    for path in written:
        data = path.read_bytes()
        for form in (*_forms(KEY), *_forms(env_key)):
            assert form not in data, f"a key leaked into {path}"
    assert not any(form in keychain.read_bytes() for form in _forms(env_key))


def test_async_variants_do_not_block_the_loop():
    class SlowKeyring(PlaintextKeyring):
        def get_password(self, service, username):
            time.sleep(0.2)  # like an unlock prompt the user answers
            return super().get_password(service, username)

    async def scenario(store: KeyStore) -> tuple[str | None, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        tick_task = asyncio.create_task(ticker())
        assert await store.aset("ep", KEY) is True
        value = await store.aget("ep")
        await store.adelete("ep")
        tick_task.cancel()
        return value, ticks

    backend = SlowKeyring()
    backend.file_path = keyring.get_keyring().file_path
    store = KeyStore(backend)
    value, ticks = asyncio.run(scenario(store))
    assert value == KEY
    assert ticks >= 5  # the loop kept running while the keychain was busy
    assert store.get("ep") is None
