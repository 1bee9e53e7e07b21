"""A key only goes to the server it was entered for, whatever the settings file says.

Two real local servers on different ports; the settings file is edited by hand to point an
endpoint with a stored key at the other one, and the other one must never see the key.
"""

from __future__ import annotations

import json

import keyring
import pytest

from ava_desktop.core.secrets import SERVICE, KeyStore, StoredKey, key_origin
from ava_desktop.core.settings import Endpoint, Settings, SettingsStore
from ava_desktop.core.targets import build_targets, endpoint_target, list_endpoint_models
from tests.core.providers.util import USER, collect, run
from tests.servers import LLMServer

KEY = "sk-bound-7d1e0c2b9a"


@pytest.mark.parametrize(("url", "origin"), [
    ("https://API.Example.com/v1", "https://api.example.com"),
    ("https://api.example.com:443/v1", "https://api.example.com"),
    ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080"),
    ("http://[::1]:11434/v1", "http://[::1]:11434"),
    ("http://localhost:80", "http://localhost"),
    ("not a url", ""),
    ("http://", ""),
    ("http://h:99999/v1", ""),
])
def test_key_origin(url, origin):
    assert key_origin(url) == origin


def test_origins_differ_by_scheme_and_port():
    stored = StoredKey(KEY, key_origin("https://api.example.com/v1"))
    assert stored.for_url("https://api.example.com/other/path") == KEY
    assert stored.for_url("http://api.example.com/v1") is None  # never in clear text
    assert stored.for_url("https://api.example.com:8443/v1") is None
    assert stored.for_url("https://evil.example/v1") is None
    assert StoredKey(KEY).for_url("https://api.example.com/v1") is None  # unbound: nowhere
    assert KEY not in repr(stored)


def test_keychain_holds_key_and_host_and_old_entries_are_bound_at_first_read(isolated_home):
    keys = KeyStore()
    keys.set("new", KEY, url="https://api.groq.com/openai/v1")
    raw = keyring.get_password(SERVICE, "new")
    assert json.loads(raw) == {"host": "https://api.groq.com", "key": KEY}
    assert keys.get("new") == KEY
    assert keys.get_bound("new") == StoredKey(KEY, "https://api.groq.com")

    keyring.set_password(SERVICE, "old", KEY)  # as written by earlier versions
    assert KeyStore().get_bound("old") == StoredKey(KEY, "")  # no URL given: not bound
    ep = Endpoint(name="Old", base_url="http://127.0.0.1:1234/v1", id="old")
    assert KeyStore().get_for(ep) == StoredKey(KEY, "http://127.0.0.1:1234")
    assert json.loads(keyring.get_password(SERVICE, "old"))["host"] == "http://127.0.0.1:1234"
    ep.base_url = "https://elsewhere.example/v1"  # a later edit does not move the binding
    assert KeyStore().get_for(ep) == StoredKey(KEY, "http://127.0.0.1:1234")


def test_session_keys_are_bound_too():
    keys = KeyStore()
    keys.set("env", KEY, url="http://127.0.0.1:9/v1", session_only=True)
    assert keys.get_bound("env") == StoredKey(KEY, "http://127.0.0.1:9")
    keys.set("legacy", KEY, session_only=True)
    assert keys.get_bound("legacy", "http://127.0.0.1:7/v1").host == "http://127.0.0.1:7"


def test_build_targets_refuses_keys_without_a_host():
    ep = Endpoint(name="A", base_url="http://127.0.0.1:1/v1")
    with pytest.raises(TypeError):
        build_targets(Settings(endpoints=[ep]), {ep.id: KEY})  # type: ignore[dict-item]


def test_a_hand_edited_settings_file_never_sends_the_key_to_the_new_host(tmp_path,
                                                                          isolated_home):
    with LLMServer() as first, LLMServer() as second:
        assert first.port != second.port
        store = SettingsStore(tmp_path / "settings.json")
        ep = Endpoint(name="Mine", base_url=first.base_url)
        keys = KeyStore()
        ep.has_key = keys.set(ep.id, KEY, url=ep.base_url)
        store.save(Settings(endpoints=[ep]))

        # Through the right host, the key is sent.
        settings = store.load()[0]
        cache = {e.id: keys.get_for(e) for e in settings.endpoints}
        target = build_targets(settings, cache)[0]
        run(collect(target.provider.stream_events("m", USER, **target.options)))
        assert first.last_request.headers["Authorization"] == f"Bearer {KEY}"

        # Someone edits the file: same endpoint, same key flag, another server.
        data = json.loads(store.path.read_text())
        data["endpoints"][0]["base_url"] = second.base_url
        store.path.write_text(json.dumps(data))
        settings, warnings = store.load()
        assert warnings == [] and settings.endpoints[0].has_key
        cache = {e.id: KeyStore().get_for(e) for e in settings.endpoints}
        mismatches: list = []
        target = build_targets(settings, cache, mismatches=mismatches)[0]
        assert "api_key" not in target.options
        assert [(m.endpoint_name, m.key_host, m.endpoint_host) for m in mismatches] == [
            ("Mine", key_origin(first.base_url), key_origin(second.base_url))]
        assert f"127.0.0.1:{first.port}" in mismatches[0].message
        assert "Enter the key again" in mismatches[0].message
        run(collect(target.provider.stream_events("m", USER, **target.options)))
        run(target.fetch_models())
        # Settings' Test, given the stored key, refuses before any request.
        with pytest.raises(ValueError, match="entered for"):
            run(list_endpoint_models(settings.endpoints[0], cache[ep.id]))
        # endpoint_target, the lower-level builder, keeps the same rule for stored keys.
        assert "api_key" not in endpoint_target(settings.endpoints[0], cache[ep.id]).options

        assert [r.path for r in second.requests] == ["/v1/chat/completions", "/v1/models"]
        for request in second.requests:
            assert "Authorization" not in request.headers
            assert KEY not in json.dumps(dict(request.headers)) + request.body.decode()
        assert len(first.requests) == 1  # nothing more went to the old host either
