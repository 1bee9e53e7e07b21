"""Gemini end to end against a local server speaking ``streamGenerateContent?alt=sse``."""

from __future__ import annotations

import json
import logging

import pytest

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    ImagePart,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    ToolSpec,
)
from ava_desktop.providers import (
    AuthenticationError,
    ContentFilterError,
    ContextLengthError,
    Finish,
    Gemini,
    HTTPStatusError,
    ModelInfo,
    ModelNotFoundError,
    ProtocolError,
    ProviderConnectionError,
    ProviderTimeoutError,
    RateLimitError,
    ReasoningDelta,
    TextDelta,
    ToolCall,
    Usage,
)
from tests.native_servers import gemini_chunk, gemini_stream, google_error, sse

from .util import USER, collect, collect_error, run

KEY = "AIzaSyD-secret-key-0123456789"
ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo"


def stream(server, messages=USER, model="gemini-test", **kw):
    kw.setdefault("base_url", server.gemini_url)
    kw.setdefault("api_key", KEY)
    return Gemini.stream_events(model, messages, **kw)


def fail(server, **kw):
    return run(collect_error(stream(server, **kw)))


def test_streams_and_sends_the_generate_content_request(native_server):
    events = run(collect(stream(native_server)))
    assert events == [TextDelta("Hel"), Usage(9, 1, 10), TextDelta("lo"), Usage(9, 4, 13),
                      Finish("stop")]
    req = native_server.last_request
    assert req.path == "/v1beta/models/gemini-test:streamGenerateContent"
    assert req.query == {"alt": "sse"}
    assert req.headers["x-goog-api-key"] == KEY
    assert req.json == {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}


def test_generator_yields_answer_text_only_and_thoughts_are_reasoning(native_server):
    native_server.gemini(raw=gemini_stream(["4"], thoughts=["2+2 ", "is 4"]))
    events = run(collect(stream(native_server, thinking_budget=512)))
    assert [e for e in events if isinstance(e, ReasoningDelta)] == [
        ReasoningDelta("2+2 "), ReasoningDelta("is 4")]
    assert native_server.last_request.json["generationConfig"] == {
        "thinkingConfig": {"thinkingBudget": 512, "includeThoughts": True}}
    native_server.gemini(raw=gemini_stream(["4"], thoughts=["2+2 ", "is 4"]))
    assert run(collect(Gemini.create_async_generator(
        "gemini-test", USER, base_url=native_server.gemini_url, api_key=KEY))) == ["4"]


def test_roles_system_images_tools_and_results_in_the_request(native_server):
    messages = [
        {"role": "system", "content": "Be brief."},
        ChatMessage("user", (TextPart("What is this?"),
                             ImagePart("image/webp", "cd" * 32, data=b"RIFFxxxxWEBP"))),
        ChatMessage("user", (TextPart("Also check the weather."),)),
        ChatMessage("assistant", (ReasoningPart("never sent back"), TextPart("Checking."),
                                  ToolCallPart("c1", "weather", '{"city": "Oslo"}',
                                               signature="c2ln"))),
        ChatMessage("tool", (ToolResultPart("c1", "weather", "rain"),)),
    ]
    tools = [ToolSpec("weather", "Weather by city",
                      {"type": "object", "additionalProperties": False,
                       "properties": {"city": {"type": "string"}}})]
    run(collect(stream(native_server, messages, tools=tools, temperature=1.5, max_tokens=99,
                       top_p=0.9)))
    body = native_server.last_request.json
    assert body["systemInstruction"] == {"parts": [{"text": "Be brief."}]}
    assert body["generationConfig"] == {"temperature": 1.5, "maxOutputTokens": 99, "topP": 0.9}
    assert body["tools"] == [{"functionDeclarations": [{
        "name": "weather", "description": "Weather by city",
        "parametersJsonSchema": {"type": "object", "additionalProperties": False,
                                 "properties": {"city": {"type": "string"}}}}]}]
    assert body["contents"] == [
        {"role": "user", "parts": [
            {"text": "What is this?"},
            {"inlineData": {"mimeType": "image/webp", "data": "UklGRnh4eHhXRUJQ"}},
            {"text": "Also check the weather."}]},
        {"role": "model", "parts": [
            {"text": "Checking."},
            {"functionCall": {"name": "weather", "args": {"city": "Oslo"}},
             "thoughtSignature": "c2ln"}]},
        {"role": "user", "parts": [
            {"functionResponse": {"name": "weather", "response": {"result": "rain"}}}]}]


def test_function_calls_become_tool_calls_with_json_arguments(native_server):
    native_server.gemini(raw=gemini_stream([], calls=[("weather", {"city": "Oslo"}),
                                                      ("clock", {})]), chunk_size=5)
    events = run(collect(stream(native_server)))
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert [(c.index, c.name, json.loads(c.arguments), c.signature) for c in calls] == [
        (0, "weather", {"city": "Oslo"}, "c2ln"), (1, "clock", {}, "c2ln")]
    assert calls[0].call_id != calls[1].call_id
    assert events[-1] == Finish("tool_calls")


def test_max_tokens_is_a_finish_that_says_so(native_server):
    native_server.gemini(raw=gemini_stream(["partial"], finish="MAX_TOKENS"))
    events = run(collect(stream(native_server)))
    assert events[-1].reason == "length" and "length limit" in events[-1].message


@pytest.mark.parametrize(("reason", "words"), [
    ("SAFETY", "safety filters"), ("RECITATION", "recitation"),
    ("PROHIBITED_CONTENT", "prohibited content")])
def test_filtered_endings_are_finish_then_content_filter_error(native_server, reason, words):
    native_server.gemini(raw=gemini_stream(["Once upon"], finish=reason))
    events, err = fail(native_server)
    assert TextDelta("Once upon") in events  # what came before is kept
    finish = [e for e in events if isinstance(e, Finish)]
    assert finish and finish[0].reason == "content_filter" and words in finish[0].message
    assert isinstance(err, ContentFilterError) and err.code == reason and words in str(err)
    assert not err.retryable


def test_malformed_function_call_ending(native_server):
    native_server.gemini(raw=gemini_stream([], finish="MALFORMED_FUNCTION_CALL"))
    _, err = fail(native_server)
    assert isinstance(err, ProtocolError) and "tool call" in str(err)


def test_blocked_prompt_is_said_as_such(native_server):
    native_server.gemini(raw=[sse(None, {"promptFeedback": {"blockReason": "SAFETY"},
                                         "usageMetadata": {"promptTokenCount": 7}})])
    events, err = fail(native_server)
    assert isinstance(err, ContentFilterError)
    assert str(err).startswith("Gemini blocked the prompt for safety reasons")
    assert Finish("content_filter", str(err)) in events


def test_error_object_mid_stream_is_a_protocol_error(native_server):
    native_server.gemini(raw=[*gemini_stream(["Hal"], finish=None),
                              sse(None, google_error(500, "INTERNAL", "An internal error"))])
    events, err = fail(native_server)
    assert TextDelta("Hal") in events
    assert isinstance(err, ProtocolError) and err.retryable
    assert "reported an error in the stream: An internal error" in str(err)


def test_stream_without_finish_reason_is_cut_off(native_server):
    native_server.gemini(raw=gemini_stream(["a", "b"], finish=None))
    _, err = fail(native_server)
    assert isinstance(err, ProviderConnectionError) and "cut off" in str(err)


def test_stalled_stream_times_out_but_a_slow_one_does_not(native_server):
    native_server.gemini(raw=gemini_stream(["a"] * 6), delay=0.12)
    assert run(collect(stream(native_server, stream_timeout=0.5)))[-1] == Finish("stop")
    native_server.gemini(raw=gemini_stream(["a", "b"]), stall_after=1)
    _, err = fail(native_server, stream_timeout=0.3)
    assert isinstance(err, ProviderTimeoutError)


def test_resource_exhausted_uses_retry_info_delay(native_server):
    native_server.gemini(status=429, body=google_error(
        429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.",
        [{"@type": RETRY_INFO, "retryDelay": "37s"}]))
    _, err = fail(native_server)
    assert isinstance(err, RateLimitError) and err.retry_after == 37.0
    assert "retry in 37 s" in str(err) and "exceeded your current quota" in str(err)


def test_invalid_argument_with_the_servers_message(native_server):
    native_server.gemini(status=400, body=google_error(
        400, "INVALID_ARGUMENT", "Invalid value at 'contents[0].role'"))
    _, err = fail(native_server)
    assert isinstance(err, HTTPStatusError) and err.status == 400
    assert str(err).endswith("refused the request (400 INVALID_ARGUMENT): Invalid value at "
                             "'contents[0].role'")


def test_api_key_invalid_is_an_authentication_error(native_server):
    native_server.gemini(status=400, body=google_error(
        400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
        [{"@type": ERROR_INFO, "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]))
    _, err = fail(native_server)
    assert isinstance(err, AuthenticationError) and err.code == "API_KEY_INVALID"
    assert "rejected the API key" in str(err)


@pytest.mark.parametrize(("status", "grpc"), [(401, "UNAUTHENTICATED"),
                                              (403, "PERMISSION_DENIED")])
def test_401_403(native_server, status, grpc):
    native_server.gemini(status=status, body=google_error(status, grpc, "no"))
    assert isinstance(fail(native_server)[1], AuthenticationError)


def test_unknown_model_and_too_long(native_server):
    native_server.gemini(status=404, body=google_error(
        404, "NOT_FOUND", "models/gemini-nope is not found for API version v1beta"))
    assert isinstance(fail(native_server)[1], ModelNotFoundError)
    native_server.gemini(status=400, body=google_error(
        400, "INVALID_ARGUMENT", "The input token count (1200000) exceeds the maximum number "
        "of tokens allowed (1048576)."))
    assert isinstance(fail(native_server)[1], ContextLengthError)


def test_key_never_in_url_error_text_or_logs(native_server, caplog):
    caplog.set_level(logging.DEBUG)
    native_server.gemini(status=400, body=google_error(
        400, "INVALID_ARGUMENT", f"API key {KEY} not valid",
        [{"@type": ERROR_INFO, "reason": "API_KEY_INVALID"}]))
    _, err = fail(native_server)
    native_server.gemini(raw=gemini_stream(["ok"]))
    run(collect(stream(native_server)))
    for req in native_server.requests:
        assert KEY not in req.path and KEY not in json.dumps(req.query)
    assert KEY not in str(err) and KEY not in (err.server_message or "")
    assert KEY not in repr(err.args)
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_hostile_chunks(native_server):
    native_server.gemini(raw=[b"data: {not json\r\n\r\n"])
    assert isinstance(fail(native_server)[1], ProtocolError)
    native_server.gemini(raw=[sse(None, gemini_chunk([{"text": "a"}, "junk", {"x": 1}],
                                                     "STOP"))])
    assert run(collect(stream(native_server))) == [TextDelta("a"), Finish("stop")]


def test_model_list_pages_filters_and_limits(native_server):
    infos = run(Gemini.list_model_info(base_url=native_server.gemini_url, api_key=KEY))
    assert infos == [ModelInfo("gemini-lite", 32768, 8192),
                     ModelInfo("gemini-test", 1048576, 65536)]
    pages = [r for r in native_server.requests if r.path == "/v1beta/models"]
    assert len(pages) == 2 and pages[1].query["pageToken"] == "2"
    assert all(r.headers["x-goog-api-key"] == KEY and KEY not in json.dumps(r.query)
               for r in pages)
    assert run(Gemini.list_models(base_url=native_server.gemini_url, api_key=KEY)) == [
        "gemini-lite", "gemini-test"]


def test_model_list_invalid_key(native_server):
    native_server.models_reply("gemini", status=400, body=google_error(
        400, "INVALID_ARGUMENT", "API key not valid.",
        [{"@type": ERROR_INFO, "reason": "API_KEY_INVALID"}]))
    with pytest.raises(AuthenticationError):
        run(Gemini.list_models(base_url=native_server.gemini_url, api_key=KEY))
