"""Anthropic end to end against a local server speaking the Messages API's event stream."""

from __future__ import annotations

import json
import logging

import pytest

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    FilePart,
    ImagePart,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    ToolSpec,
)
from ava_desktop.providers import (
    Anthropic,
    AuthenticationError,
    ContentFilterError,
    ContextLengthError,
    Finish,
    HTTPStatusError,
    ModelInfo,
    ModelNotFoundError,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    ReasoningDelta,
    ReasoningSignature,
    TextDelta,
    ToolCall,
    Usage,
)
from tests.native_servers import anthropic_error, anthropic_stream

from .util import USER, collect, collect_error, run

KEY = "sk-ant-secret-0123456789"


def stream(server, messages=USER, model="claude-sonnet-4-5", **kw):
    kw.setdefault("base_url", server.anthropic_url)
    kw.setdefault("api_key", KEY)
    return Anthropic.stream_events(model, messages, **kw)


def fail(server, **kw):
    return run(collect_error(stream(server, **kw)))


def test_streams_text_usage_finish_and_sends_the_messages_request(native_server):
    events = run(collect(stream(native_server)))
    assert events == [TextDelta("Hel"), TextDelta("lo"), Usage(12, 5, 17), Finish("stop")]
    req = native_server.last_request
    assert req.path == "/v1/messages"
    assert req.headers["x-api-key"] == KEY and req.headers["anthropic-version"] == "2023-06-01"
    assert "Authorization" not in req.headers
    assert req.json == {"model": "claude-sonnet-4-5", "stream": True, "max_tokens": 8192,
                        "messages": [{"role": "user", "content": [{"type": "text",
                                                                   "text": "hi"}]}]}


def test_g4f_generator_yields_answer_text_only(native_server):
    native_server.anthropic(raw=anthropic_stream(["An", "swer"], thinking=["Let me ", "think"]))
    chunks = run(collect(Anthropic.create_async_generator(
        "claude-sonnet-4-5", USER, base_url=native_server.anthropic_url, api_key=KEY)))
    assert chunks == ["An", "swer"]


def test_system_merged_roles_images_files_tools_and_thinking_in_the_request(native_server):
    png = b"\x89PNG\r\n\x1a\nfake"
    messages = [
        {"role": "system", "content": "Be brief."},
        ChatMessage("system", (TextPart("Answer in French."),)),
        ChatMessage("user", (TextPart("Look:"), ImagePart("image/png", "ab" * 32, data=png))),
        ChatMessage("user", (FilePart("notes.txt", "text/plain", "line 1"),)),
        ChatMessage("assistant", (ReasoningPart("hidden thought", signature="sig-x"),
                                  ReasoningPart("unsigned: never sent"),
                                  TextPart("Calling."),
                                  ToolCallPart("toolu_1", "search", '{"q": "x"}'))),
        ChatMessage("tool", (ToolResultPart("toolu_1", "search", "found it"),)),
        ChatMessage("user", (TextPart("and?"),)),
    ]
    tools = [ToolSpec("search", "Search the web", {"type": "object",
                                                   "properties": {"q": {"type": "string"}}})]
    run(collect(stream(native_server, messages, tools=tools, thinking_budget=2048,
                       temperature=0.7, max_tokens=1000, stop="END")))
    body = native_server.last_request.json
    assert body["system"] == "Be brief.\n\nAnswer in French."
    assert body["thinking"] == {"type": "enabled", "budget_tokens": 2048}
    assert body["max_tokens"] == 3048  # the answer's limit comes on top of the budget
    assert "temperature" not in body  # thinking allows no temperature
    assert body["stop_sequences"] == ["END"]
    assert body["tools"] == [{"name": "search", "description": "Search the web",
                              "input_schema": {"type": "object",
                                               "properties": {"q": {"type": "string"}}}}]
    user1, assistant, user2 = body["messages"]
    assert user1 == {"role": "user", "content": [
        {"type": "text", "text": "Look:"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                     "data": "iVBORw0KGgpmYWtl"}},
        {"type": "text", "text": '<file name="notes.txt">\nline 1\n</file>'}]}
    assert assistant == {"role": "assistant", "content": [
        {"type": "thinking", "thinking": "hidden thought", "signature": "sig-x"},
        {"type": "text", "text": "Calling."},
        {"type": "tool_use", "id": "toolu_1", "name": "search", "input": {"q": "x"}}]}
    assert user2 == {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_1", "content": "found it"},
        {"type": "text", "text": "and?"}]}


def test_thinking_signature_and_tool_calls_from_split_events(native_server):
    raw = anthropic_stream(["Let me check."], thinking=["Hmm, ", "search."], signature="c2ln",
                           tools=[("toolu_9", "search", ['{"q": ', '"weather', ' today"}']),
                                  ("toolu_10", "clock", [])],
                           stop_reason="tool_use")
    native_server.anthropic(raw=raw, chunk_size=7)  # every event split across TCP writes
    events = run(collect(stream(native_server)))
    assert events == [
        ReasoningDelta("Hmm, "), ReasoningDelta("search."), ReasoningSignature("c2ln"),
        TextDelta("Let me check."),
        ToolCall(0, "toolu_9", "search", '{"q": "weather today"}'),
        ToolCall(1, "toolu_10", "clock", "{}"),
        Usage(12, 5, 17), Finish("tool_calls")]
    assert json.loads(events[4].arguments) == {"q": "weather today"}


def test_max_tokens_ending_is_said(native_server):
    native_server.anthropic(raw=anthropic_stream(["partial"], stop_reason="max_tokens"))
    events = run(collect(stream(native_server)))
    finish = events[-1]
    assert finish.reason == "length" and "length limit" in finish.message


def test_refusal_ends_as_a_content_filter_error_after_the_finish(native_server):
    native_server.anthropic(raw=anthropic_stream(["I can"], stop_reason="refusal"))
    events, err = fail(native_server)
    assert events[-1] == Finish("content_filter", "Claude declined to answer.")
    assert isinstance(err, ContentFilterError) and "declined" in str(err)


def test_error_event_mid_stream_is_a_protocol_error(native_server):
    native_server.anthropic(raw=anthropic_stream(
        ["Hal"], stop=False, error={"type": "api_error", "message": "Internal server error"}))
    events, err = fail(native_server)
    assert TextDelta("Hal") in events
    assert isinstance(err, ProtocolError)
    assert "reported an error in the stream: Internal server error" in str(err)


def test_bare_error_object_and_junk_in_the_stream(native_server):
    native_server.anthropic(raw=[*anthropic_stream(["a"], stop_reason=None, stop=False),
                                 b'data: {"error": {"type": "api_error", "message": "boom"}}\n\n'])
    _, err = fail(native_server)
    assert isinstance(err, ProtocolError) and "boom" in str(err)
    native_server.anthropic(raw=[b"event: content_block_delta\ndata: {nope\n\n"])
    _, err = fail(native_server)
    assert isinstance(err, ProtocolError) and "malformed" in str(err)
    unknown = b'event: future_event\ndata: {"type": "future_event"}\n\n'
    native_server.anthropic(raw=[unknown, *anthropic_stream(["ok"])])
    assert run(collect(stream(native_server)))[0] == TextDelta("ok")


def test_overloaded_error_event_mid_stream_is_retryable(native_server):
    native_server.anthropic(raw=anthropic_stream(
        ["Hal"], stop=False, error={"type": "overloaded_error", "message": "Overloaded"}))
    _, err = fail(native_server)
    assert isinstance(err, ProtocolError) and err.retryable and "overloaded" in str(err)


def test_no_message_stop_is_cut_off(native_server):
    native_server.anthropic(raw=anthropic_stream(stop=False))
    events, err = fail(native_server)
    assert Finish("stop") in events  # even after a stop_reason: the stream did not end
    assert isinstance(err, ProviderConnectionError) and "cut off" in str(err)


def test_connection_dropped_mid_answer_is_cut_off(native_server):
    native_server.anthropic(raw=anthropic_stream(["a", "b", "c"]), close_after=4)
    _, err = fail(native_server)
    assert isinstance(err, ProviderConnectionError) and "cut off" in str(err)


def test_stream_timeout_bounds_silence_not_length(native_server):
    native_server.anthropic(raw=anthropic_stream(["a"] * 8), delay=0.1)  # 1.5 s in all
    events = run(collect(stream(native_server, stream_timeout=0.5)))
    assert events[-1] == Finish("stop")
    native_server.anthropic(raw=anthropic_stream(["a", "b"]), stall_after=4)
    _, err = fail(native_server, stream_timeout=0.3)
    assert isinstance(err, ProviderTimeoutError) and "sent nothing for 0.3 s" in str(err)


def test_529_overloaded(native_server):
    native_server.anthropic(status=529, body=anthropic_error("overloaded_error", "Overloaded"))
    _, err = fail(native_server)
    assert isinstance(err, HTTPStatusError) and err.status == 529 and err.retryable
    assert str(err) == f"127.0.0.1:{native_server.port} is overloaded right now (529); try " \
                       "again in a moment"


def test_429_rate_limit_with_retry_after(native_server):
    native_server.anthropic(status=429, headers={"retry-after": "17"},
                            body=anthropic_error("rate_limit_error",
                                                 "Number of request tokens has exceeded your "
                                                 "per-minute rate limit"))
    _, err = fail(native_server)
    assert isinstance(err, RateLimitError) and err.retry_after == 17 and err.retryable
    assert "retry in 17 s" in str(err) and "per-minute rate limit" in str(err)


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors(native_server, status):
    kind = "authentication_error" if status == 401 else "permission_error"
    native_server.anthropic(status=status, body=anthropic_error(kind, f"bad key {KEY}"))
    _, err = fail(native_server)
    assert isinstance(err, AuthenticationError) and err.status == status
    assert KEY not in str(err) and KEY not in (err.server_message or "")


def test_invalid_request_says_the_servers_words_and_context_and_model(native_server):
    native_server.anthropic(status=400, body=anthropic_error(
        "invalid_request_error", "messages: roles must alternate"))
    _, err = fail(native_server)
    assert isinstance(err, HTTPStatusError) and err.status == 400
    assert str(err).endswith("400 Bad Request: messages: roles must alternate")
    native_server.anthropic(status=400, body=anthropic_error(
        "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"))
    assert isinstance(fail(native_server)[1], ContextLengthError)
    native_server.anthropic(status=404, body=anthropic_error("not_found_error",
                                                             "model: claude-nope"))
    assert isinstance(fail(native_server)[1], ModelNotFoundError)


def test_key_never_in_url_error_text_or_logs(native_server, caplog):
    caplog.set_level(logging.DEBUG)
    native_server.anthropic(status=401, body=anthropic_error("authentication_error",
                                                             f"invalid x-api-key {KEY}"))
    _, err = fail(native_server)
    req = native_server.last_request
    assert KEY not in req.path and KEY not in json.dumps(req.query)
    assert KEY not in str(err) and KEY not in repr(err.args)
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_unknown_options_and_bad_images_are_refused_before_sending(native_server):
    _, err = fail(native_server, seed=3)
    assert isinstance(err, ProviderError) and "seed" in str(err)
    bmp = ChatMessage("user", (ImagePart("image/bmp", "00", data=b"BM"),))
    _, err = fail(native_server, messages=[bmp])
    assert "cannot read image/bmp" in str(err)
    assert native_server.requests == []


def test_model_list_pages_and_limits(native_server):
    native_server.anthropic_models[0]["max_input_tokens"] = 200000
    native_server.anthropic_models[0]["max_tokens"] = 64000
    infos = run(Anthropic.list_model_info(base_url=native_server.anthropic_url, api_key=KEY))
    assert [m.id for m in infos] == [f"claude-test-{i}" for i in range(5)]
    assert infos[0] == ModelInfo("claude-test-0", 200000, 64000)
    assert infos[1] == ModelInfo("claude-test-1")
    pages = [r for r in native_server.requests if r.path == "/v1/models"]
    assert len(pages) == 3 and pages[1].query["after_id"] == "claude-test-1"
    assert all(r.headers["x-api-key"] == KEY for r in pages)
    ids = run(Anthropic.list_models(base_url=native_server.anthropic_url, api_key=KEY))
    assert ids == [m.id for m in infos]


def test_model_list_errors(native_server):
    native_server.models_reply("anthropic", status=401,
                               body=anthropic_error("authentication_error", "invalid x-api-key"))
    with pytest.raises(AuthenticationError, match="rejected the API key"):
        run(Anthropic.list_models(base_url=native_server.anthropic_url, api_key=KEY))


def test_closing_the_stream_early_closes_the_connection(native_server):
    native_server.anthropic(raw=anthropic_stream(["a", "b"]), stall_after=4)

    async def first_then_close():
        events = stream(native_server)
        first = await events.__anext__()
        await events.aclose()
        return first, await native_server.await_disconnect(3)

    first, dropped = run(first_then_close())
    assert first == TextDelta("a") and dropped
