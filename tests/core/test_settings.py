"""Settings file: round-trip, unknown keys, per-field fallback, corrupt-file recovery."""

from __future__ import annotations

import json
import os
import stat

import pytest

from ava_desktop.core.settings import (
    BUILTIN_PROMPT_PRESETS,
    ENV_ENDPOINT_ID,
    Endpoint,
    PromptPreset,
    Settings,
    SettingsStore,
    effective_params,
    env_api_key,
    env_endpoint,
    validate_base_url,
    validate_header,
    validate_proxy_url,
)


@pytest.fixture
def store(tmp_path):
    return SettingsStore(tmp_path / "config" / "settings.json")


def full_settings() -> Settings:
    ep = Endpoint(
        name="Groq",
        preset="Groq",
        base_url="https://api.groq.com/openai/v1",
        extra_headers={"HTTP-Referer": "https://ava.example"},
        has_key=True,
    )
    local = Endpoint(name="Ollama", preset="Ollama", base_url="http://127.0.0.1:11434/v1",
                     enabled=False)
    return Settings(
        endpoints=[ep, local],
        default_endpoint_id=ep.id,
        default_model="llama-3.1-8b-instant",
        proxy_url="socks5h://127.0.0.1:9050",
        theme="dark",
        font_size=13,
        window_geometry="AdnQywADAAA=",
        splitter_states={"main": "AAAA/wAAAAE="},
        sidebar_visible=False,
        last_folders={"export": "/home/u/Documents"},
        system_prompt="Be brief.",
        temperature=0.7,
        max_tokens=2048,
        prompt_presets=[PromptPreset("Pirate", "Talk like a pirate.")],
        show_offline_providers=True,
        local_discovery=False,
    )


def test_missing_file_gives_defaults_without_warnings(store):
    settings, warnings = store.load()
    assert settings == Settings()
    assert warnings == []
    assert settings.theme == "system" and settings.show_offline_providers is False
    assert settings.local_discovery is True


def test_round_trip_is_exact_and_human_readable(store):
    original = full_settings()
    store.save(original)
    loaded, warnings = store.load()
    assert warnings == []
    assert loaded == original
    text = store.path.read_text("utf-8")
    assert '\n  "theme": "dark",\n' in text  # indented, one key per line
    assert json.loads(text)["endpoints"][0]["id"] == original.endpoints[0].id
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600


def test_unknown_keys_survive_round_trip_at_every_level(store):
    data = full_settings().to_dict()
    data["future_feature"] = {"nested": [1, 2, 3]}
    data["endpoints"][0]["future_endpoint_flag"] = "x"
    data["prompt_presets"][0]["color"] = "red"
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps(data))
    loaded, warnings = store.load()
    assert warnings == []
    loaded.theme = "light"  # the user changes something, then we save
    store.save(loaded)
    saved = json.loads(store.path.read_text())
    assert saved["future_feature"] == {"nested": [1, 2, 3]}
    assert saved["endpoints"][0]["future_endpoint_flag"] == "x"
    assert saved["prompt_presets"][0]["color"] == "red"
    assert saved["theme"] == "light"


def test_wrong_value_falls_back_to_its_default_only(store):
    data = full_settings().to_dict()
    data.update(
        theme="purple",
        font_size="big",
        temperature=7,
        max_tokens=0,
        show_offline_providers="yes",
        proxy_url="ftp://proxy:21",
        window_geometry="not base64!!",
        sidebar_visible="no",
    )
    data["last_folders"]["odd"] = "a\0b"
    data["endpoints"][0]["enabled"] = "no"
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps(data))
    loaded, warnings = store.load()
    defaults = Settings()
    for name in ("theme", "font_size", "temperature", "max_tokens", "show_offline_providers",
                 "proxy_url", "window_geometry", "sidebar_visible"):
        assert getattr(loaded, name) == getattr(defaults, name), name
        assert any(f"Setting {name}:" in w for w in warnings), (name, warnings)
    assert loaded.endpoints[0].enabled is True
    assert any("endpoints[0].enabled" in w for w in warnings)
    # everything valid is kept
    assert loaded.system_prompt == "Be brief." and loaded.default_model == "llama-3.1-8b-instant"
    assert loaded.local_discovery is False and len(loaded.endpoints) == 2
    assert loaded.last_folders == {"export": "/home/u/Documents"}  # only the odd one dropped
    assert any("last_folders.odd" in w for w in warnings)
    assert len(warnings) == 10


def test_lossless_numeric_coercions(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"font_size": 12.0, "temperature": 1, "max_tokens": 100.5}))
    loaded, warnings = store.load()
    assert loaded.font_size == 12 and isinstance(loaded.font_size, int)
    assert loaded.temperature == 1.0 and isinstance(loaded.temperature, float)
    assert loaded.max_tokens is None
    assert len(warnings) == 1 and "max_tokens" in warnings[0]


def test_bad_endpoints_are_dropped_or_disabled_with_warnings(store):
    ok = Endpoint(name="A", base_url="http://127.0.0.1:8080/v1").to_dict()
    dup = dict(ok, name="B")
    bad_url = dict(Endpoint(name="C", base_url="x").to_dict(), base_url="file:///etc/passwd")
    bad_headers = dict(
        Endpoint(name="D", base_url="http://h/v1").to_dict(),
        extra_headers={"X-Ok": "1", "X-Evil": "a\r\nInjected: 1", "Authorization": "Bearer s",
                       "bad name": "v"},
    )
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"endpoints": [ok, dup, 42, {"name": "no url"}, bad_url,
                                                    bad_headers]}))
    loaded, warnings = store.load()
    names = [e.name for e in loaded.endpoints]
    assert names == ["A", "B", "C", "D"]
    a, b, c, d = loaded.endpoints
    assert a.id == ok["id"] and b.id != a.id  # duplicate id replaced
    assert c.enabled is False and c.base_url == "file:///etc/passwd"  # kept to fix, not used
    assert d.extra_headers == {"X-Ok": "1"}
    assert len(warnings) == 7, warnings


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe garbage", b""])
def test_corrupt_file_is_backed_up_and_defaults_used(store, content):
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    loaded, warnings = store.load()
    assert loaded == Settings()
    assert len(warnings) == 1 and "damaged" in warnings[0]
    backups = list(store.path.parent.glob("settings.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == content
    assert str(backups[0]) in warnings[0]
    assert not store.path.exists()
    store.save(loaded)  # the next save writes a fresh, valid file
    assert store.load() == (Settings(), [])


def test_two_corrupt_loads_in_the_same_second_keep_both_backups(store):
    store.path.parent.mkdir(parents=True)
    for content in (b"{1", b"{2"):
        store.path.write_bytes(content)
        store.load()
    backups = sorted(p.read_bytes() for p in store.path.parent.glob("settings.json.corrupt-*"))
    assert backups == [b"{1", b"{2"]


def test_save_is_atomic_and_leaves_no_temp_files(store, monkeypatch):
    store.save(full_settings())
    before = store.path.read_bytes()

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        store.save(Settings(theme="light"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]


def test_transient_endpoint_and_builtin_presets_are_never_saved(store):
    s = Settings(prompt_presets=[PromptPreset("Mine", "x")])
    s.endpoints.append(Endpoint(name="env", base_url="http://127.0.0.1:1/v1", transient=True))
    store.save(s)
    saved = json.loads(store.path.read_text())
    assert saved["endpoints"] == []
    assert [p["name"] for p in saved["prompt_presets"]] == ["Mine"]
    assert [p.name for p in s.all_prompt_presets()] == [
        *(p.name for p in BUILTIN_PROMPT_PRESETS), "Mine"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.openai.com/v1/", "https://api.openai.com/v1"),
        ("  http://127.0.0.1:11434/v1 ", "http://127.0.0.1:11434/v1"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://x.openai.azure.com/v1?api-version=2024-06-01",
         "https://x.openai.azure.com/v1?api-version=2024-06-01"),
    ],
)
def test_valid_base_urls(url, expected):
    assert validate_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "empty"),
        ("api.openai.com/v1", "must start with"),
        ("ftp://host/v1", "must start with"),
        ("file:///etc/passwd", "must start with"),
        ("http:///v1", "no host"),
        ("http://host:99999/v1", "invalid port"),
        ("http://host/v 1", "spaces"),
        ("http://user:sk-secret@host/v1", "password"),
    ],
)
def test_invalid_base_urls_say_why(url, words):
    with pytest.raises(ValueError, match=words):
        validate_base_url(url)


def test_proxy_urls():
    assert validate_proxy_url("") is None and validate_proxy_url(None) is None
    assert validate_proxy_url("socks5://127.0.0.1:1080") == "socks5://127.0.0.1:1080"
    assert validate_proxy_url("http://u:p@proxy:3128") == "http://u:p@proxy:3128"
    with pytest.raises(ValueError, match="must start with"):
        validate_proxy_url("ftp://proxy")


def test_headers():
    assert validate_header(" X-Title ", " Ava ") == ("X-Title", "Ava")
    for name, value, words in [
        ("X-A", "a\nb", "line breaks"),
        ("X-A", "a\rb", "line breaks"),
        ("X A", "v", "not a valid"),
        ("X-A\r\nEvil", "v", "not a valid"),
        ("authorization", "Bearer x", "secret"),
        ("X-Api-Key", "x", "secret"),
    ]:
        with pytest.raises(ValueError, match=words):
            validate_header(name, value)


def test_env_endpoint():
    assert env_endpoint({}) is None
    assert env_endpoint({"OPENAI_BASE_URL": "not a url"}) is None
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1/", "OPENAI_API_KEY": "sk-env"}
    ep = env_endpoint(env)
    assert ep is not None
    assert (ep.id, ep.base_url, ep.has_key, ep.transient) == (
        ENV_ENDPOINT_ID, "http://127.0.0.1:8080/v1", True, True)
    assert "sk-env" not in repr(ep) and "sk-env" not in json.dumps(ep.to_dict())
    assert env_api_key(env) == "sk-env"
    assert env_endpoint({"OPENAI_BASE_URL": "http://h/v1"}).has_key is False


def test_env_endpoint_reads_the_real_environment(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.groq.com/openai/v1")
    ep = env_endpoint()
    assert ep is not None and ep.base_url == "https://api.groq.com/openai/v1"
    assert env_api_key() is None


def test_effective_params():
    s = Settings(system_prompt="Default prompt", temperature=0.3, max_tokens=None)
    assert effective_params(s, None) == {
        "system_prompt": "Default prompt", "temperature": 0.3, "max_tokens": None}
    assert effective_params(s, {"temperature": 0.0, "max_tokens": 50, "system_prompt": None}) == {
        "system_prompt": "Default prompt", "temperature": 0.0, "max_tokens": 50}
    assert effective_params(s, {"system_prompt": ""})["system_prompt"] == ""


def test_remember_last_used_and_lookup():
    s = full_settings()
    s.remember_last_used(s.endpoints[1].id, "qwen2.5")
    assert s.endpoint(s.default_endpoint_id).name == "Ollama"
    assert s.default_model == "qwen2.5"
    assert s.endpoint("nope") is None


def test_endpoint_problems_for_the_dialog():
    assert Endpoint(name="ok", base_url="http://127.0.0.1:1234/v1").problems() == []
    bad = Endpoint(name=" ", base_url="localhost:1234", extra_headers={"X-A": "1\n2"})
    problems = bad.problems()
    assert len(problems) == 3
    assert "name is empty" in problems[0] and "must start with" in problems[1]
    assert "line breaks" in problems[2]


def test_env_endpoint_recognises_a_preset_url():
    ep = env_endpoint({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1/"})
    assert ep.preset == "Ollama"
    assert env_endpoint({"OPENAI_BASE_URL": "https://api.groq.com/openai/v1"}).preset == "Groq"
    assert env_endpoint({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}).preset == "Custom"
