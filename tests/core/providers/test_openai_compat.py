"""OpenAICompatible end to end against the scripted local server."""

from __future__ import annotations

import json

import pytest

from ava_desktop.providers import (
    Finish,
    OpenAICompatible,
    ProviderConnectionError,
    ReasoningDelta,
    TextDelta,
    Usage,
    normalize_base_url,
)
from tests.servers import Reply, build_events

from .util import USER, collect, collect_error, run


def gen(server, **kw):
    kw.setdefault("base_url", server.base_url)
    return OpenAICompatible.create_async_generator("test-model", USER, **kw)


def events(server, **kw):
    kw.setdefault("base_url", server.base_url)
    return run(collect(OpenAICompatible.stream_events("test-model", USER, **kw)))


def test_streams_text_and_sends_the_openai_request(llm_server):
    assert run(collect(gen(llm_server, api_key="sk-test"))) == ["Hello", ",", " world", "!"]
    req = llm_server.last_request
    assert req.method == "POST" and req.path == "/v1/chat/completions"
    assert req.headers["Authorization"] == "Bearer sk-test"
    assert req.json == {"model": "test-model", "messages": USER, "stream": True}


def test_optional_params_only_when_given_and_transport_never_in_body(llm_server):
    run(collect(gen(llm_server, api_key="", temperature=0.2, max_tokens=5, top_p=0.9,
                    timeout=5, stream_timeout=5, proxy=None, stop=["\n"])))
    req = llm_server.last_request
    assert req.json == {"model": "test-model", "messages": USER, "stream": True,
                        "temperature": 0.2, "max_tokens": 5, "top_p": 0.9, "stop": ["\n"]}
    assert "Authorization" not in req.headers  # empty key: no header at all
    for key in ("session", "proxy", "timeout", "stream_timeout", "api_key", "base_url"):
        assert key not in req.json


def test_environment_defaults(llm_server, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url + "/")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert run(OpenAICompatible.create_async("m", USER)) == "Hello, world!"
    assert llm_server.last_request.headers["Authorization"] == "Bearer sk-env"


def test_base_url_normalisation():
    assert normalize_base_url("http://h:1/v1/") == "http://h:1/v1"
    assert normalize_base_url("http://h:1/v1/chat/completions") == "http://h:1/v1"
    assert normalize_base_url(" http://h:1/v1/models ") == "http://h:1/v1"


def test_typed_events_keep_reasoning_usage_and_finish_apart(llm_server):
    llm_server.reply(tokens=["4"], reasoning=["2+2", " is 4"],
                     usage={"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12})
    assert events(llm_server) == [ReasoningDelta("2+2"), ReasoningDelta(" is 4"), TextDelta("4"),
                                  Finish("stop"), Usage(9, 3, 12)]
    llm_server.reply(tokens=["4"], reasoning=["r"], reasoning_field="reasoning")
    assert run(collect(gen(llm_server))) == ["4"]  # reasoning never mixed into the text


def test_length_finish_is_kept(llm_server):
    llm_server.reply(tokens=["a"], finish_reason="length")
    assert events(llm_server)[-1] == Finish("length")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_and_byte_by_byte_delivery(llm_server, newline):
    tokens = ["Grüße", " 🙂", " 中文", "\n\n", " end"]
    llm_server.reply(tokens=tokens, newline=newline, chunk_size=1)
    assert "".join(run(collect(gen(llm_server)))) == "".join(tokens)


def test_300kb_single_token(llm_server):
    big = "é" * 150_000  # 300 kB of UTF-8 in one SSE line
    llm_server.reply(tokens=["a", big, "z"], chunk_size=4096)
    assert run(collect(gen(llm_server))) == ["a", big, "z"]


def test_20k_tokens(llm_server):
    llm_server.stream_tokens(20_000, token="t")
    out = run(collect(gen(llm_server)))
    assert len(out) == 20_000 and set(out) == {"t"}


def test_chunk_shapes_null_and_empty_deltas_and_usage_only(llm_server):
    def line(obj):
        return b"data: " + json.dumps(obj).encode() + b"\n\n"

    raw = [
        line({"choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}),
        line({"choices": [{"index": 0, "delta": None, "finish_reason": None}]}),
        line({"choices": [{"index": 0, "delta": {"content": None}}]}),
        line({"choices": [{"index": 0, "delta": {"content": ""}}]}),
        line({"choices": [{"index": 0, "delta": {"content": "ok"}}]}),
        line({"choices": [], "usage": None}),
        line({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
        line({"choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                       "total_tokens": 2}}),
        b"data: [DONE]\n\n",
    ]
    llm_server.reply(raw=raw)
    assert events(llm_server) == [TextDelta("ok"), Finish("stop"), Usage(1, 1, 2)]


def test_data_without_space_and_comments_in_stream(llm_server):
    raw = (b": OPENROUTER PROCESSING\n\n"
           b'data:{"choices":[{"delta":{"content":"x"}}]}\n\n'
           b'data:{"choices":[{"delta":{},"finish_reason":"stop"}]}\n\ndata:[DONE]\n\n')
    llm_server.reply(raw=raw, chunk_size=3)
    assert run(collect(gen(llm_server))) == ["x"]


def test_stream_ending_after_finish_without_done_is_complete(llm_server):
    llm_server.reply(tokens=["a", "b"], no_done=True)
    assert run(collect(gen(llm_server))) == ["a", "b"]


def test_final_event_without_trailing_blank_line_still_delivered(llm_server):
    events_ = build_events(Reply(tokens=["a", "b"], no_done=True))
    raw = b"".join(events_).rstrip(b"\n")  # finish chunk not terminated
    llm_server.reply(raw=raw)
    assert events(llm_server)[-1] == Finish("stop")


def test_truncated_stream_without_finish_or_done_is_a_connection_error(llm_server):
    llm_server.reply(tokens=["partial", " answer"], no_finish=True, no_done=True)
    received, err = run(collect_error(gen(llm_server)))
    assert received == ["partial", " answer"]  # what came before is not lost
    assert isinstance(err, ProviderConnectionError)
    assert "cut off" in str(err)


def test_list_models_sorted_unique(llm_server):
    ids = run(OpenAICompatible.list_models(base_url=llm_server.base_url, api_key="k"))
    assert ids == ["deepseek-chat", "gpt-4o-mini", "llama-3.1-8b"]
    req = llm_server.last_request
    assert (req.method, req.path, req.headers["Authorization"]) == ("GET", "/v1/models",
                                                                    "Bearer k")


def test_list_models_accepts_ollama_and_list_shapes(llm_server):
    llm_server.models_reply(body={"models": [{"name": "qwen:0.5b"}, {"name": "llama3"}]})
    assert run(OpenAICompatible.list_models(base_url=llm_server.base_url)) == ["llama3",
                                                                                "qwen:0.5b"]
    llm_server.models_reply(body=[{"id": "b"}, {"id": "a"}, "c"])
    assert run(OpenAICompatible.list_models(base_url=llm_server.base_url)) == ["a", "b", "c"]
