"""Claude and Gemini conversations through the real window, against local servers speaking
each API's own wire format (tests/native_servers.py)."""

from __future__ import annotations

import json

import pytest

from ava_desktop.core.paths import AppPaths
from ava_desktop.core.secrets import KeyStore
from ava_desktop.core.settings import Endpoint, Settings, SettingsStore
from tests.native_servers import (
    NativeServer,
    anthropic_error,
    anthropic_stream,
    gemini_stream,
    google_error,
)
from tests.ui.conftest import until
from tests.ui.helpers import ask, paste_image

KEY = "sk-native-secret-4d2a9f"
MODEL = {"Anthropic": "claude-test-0", "Gemini": "gemini-test"}


def _start(make_app, tmp_path, server: NativeServer, provider: str):
    url = server.anthropic_url if provider == "Anthropic" else server.gemini_url
    ep = Endpoint(name=provider, base_url=url, provider=provider)
    ep.has_key = KeyStore().set(ep.id, KEY, url=url)
    path = AppPaths.resolve(tmp_path / "data").ensure().settings_file
    SettingsStore(path).save(Settings(endpoints=[ep], default_endpoint_id=ep.id,
                                      default_model=MODEL[provider], local_discovery=False))
    return make_app(model=None).window.current_tab()


def _chats(server: NativeServer) -> list:
    return [r for r in server.requests if r.method == "POST"]


def _no_key_leaks(server: NativeServer, tab) -> None:
    for r in server.requests:
        assert KEY not in r.path and KEY not in str(getattr(r, "query", ""))
    for m in tab.messages:
        assert KEY not in (m.content or "") and KEY not in str(getattr(m, "error", "") or "")


@pytest.mark.parametrize("provider", ["Anthropic", "Gemini"])
def test_it_streams_thinks_and_the_meter_matches_usage(make_app, qloop, tmp_path,
                                                       isolated_home, provider):
    with NativeServer() as server:
        if provider == "Anthropic":
            server.anthropic(raw=anthropic_stream(("Walruses ", "are big."),
                                                  thinking=("Let me ", "ponder."),
                                                  usage=(412, 6)))
        else:
            server.gemini(raw=gemini_stream(("Walruses ", "are big."),
                                            thoughts=("Let me ponder.",), usage=(412, 6)))
        tab = _start(make_app, tmp_path, server, provider)
        answer = ask(qloop, tab, "Tell me about walruses", timeout=10)
        assert answer.content == "Walruses are big."
        assert "ponder" not in answer.content
        assert "ponder" in answer.reasoning
        shown = tab.view.toPlainText()
        assert "Walruses are big." in shown
        [chat] = _chats(server)
        if provider == "Anthropic":
            assert chat.headers["x-api-key"] == KEY
        else:
            assert chat.headers["x-goog-api-key"] == KEY
        qloop.run_until_complete(until(lambda: tab.meter.state() is not None
                                       and tab.meter.state().reported, timeout=10,
                                       what="the meter counting the server's usage"))
        used = tab.meter.state().used
        assert abs(used - 418) <= 0.1 * 418, (used, tab.meter.text())
        _no_key_leaks(server, tab)


@pytest.mark.parametrize("provider", ["Anthropic", "Gemini"])
def test_a_pasted_image_goes_in_the_apis_own_format(make_app, qloop, tmp_path, isolated_home,
                                                    provider):
    with NativeServer() as server:
        tab = _start(make_app, tmp_path, server, provider)
        paste_image(qloop, tab, 64, 48)
        answer = ask(qloop, tab, "What colour is this?", timeout=10)
        assert answer.content == "Hello"
        [chat] = _chats(server)
        if provider == "Anthropic":
            content = chat.json["messages"][0]["content"]
            [image] = [c for c in content if c["type"] == "image"]
            assert image["source"]["type"] == "base64"
            assert image["source"]["media_type"].startswith("image/")
            assert len(image["source"]["data"]) > 100
            assert any(c["type"] == "text" and "colour" in c["text"] for c in content)
        else:
            parts = chat.json["contents"][0]["parts"]
            [image] = [p for p in parts if "inlineData" in p]
            assert image["inlineData"]["mimeType"].startswith("image/")
            assert len(image["inlineData"]["data"]) > 100
            assert any("colour" in p.get("text", "") for p in parts)


def _failure_text(tab) -> str:
    """What the window shows for the failed answer (the transcript's text)."""
    return tab.view.toPlainText()


FAILURES = [
    ("Anthropic", dict(status=529, body=anthropic_error("overloaded_error", "Overloaded")),
     "overloaded"),
    ("Anthropic", dict(status=429, headers={"retry-after": "150"},
                       body=anthropic_error("rate_limit_error", "Number of requests exceeded")),
     "retry in 3 min"),
    ("Anthropic", dict(status=401, body=anthropic_error("authentication_error",
                                                        "invalid x-api-key")), "key"),
    ("Gemini", dict(raw=gemini_stream(("Some",), finish="SAFETY")), "safety"),
    ("Gemini", dict(status=400, body=google_error(
        400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
        [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}])),
     "key"),
    ("Gemini", dict(status=429, body=google_error(
        429, "RESOURCE_EXHAUSTED", "Quota exceeded",
        [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "140s"}])),
     "retry in 3 min"),
]


@pytest.mark.parametrize(("provider", "reply", "said"), FAILURES,
                         ids=["529", "429", "401", "safety", "bad-key", "gemini-429"])
def test_failures_are_said_inline_without_the_key(make_app, qloop, tmp_path, isolated_home,
                                                  provider, reply, said):
    with NativeServer() as server:
        (server.anthropic if provider == "Anthropic" else server.gemini)(**reply)
        tab = _start(make_app, tmp_path, server, provider)
        ask(qloop, tab, "hello", timeout=10)
        shown = _failure_text(tab)
        assert said in shown.lower(), shown
        assert KEY not in shown and KEY not in json.dumps(
            [m.content for m in tab.messages])
        _no_key_leaks(server, tab)


def test_a_short_retry_after_waits_and_asks_again(make_app, qloop, tmp_path, isolated_home):
    with NativeServer() as server:
        server.anthropic(status=429, headers={"retry-after": "1"},
                         body=anthropic_error("rate_limit_error", "Slow down"))
        tab = _start(make_app, tmp_path, server, "Anthropic")
        answer = ask(qloop, tab, "hello", timeout=15)
        assert answer.content == "Hello"
        assert len(_chats(server)) == 2
        _no_key_leaks(server, tab)
