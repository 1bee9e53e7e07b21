"""Every failure becomes a ProviderError subclass with a message a person can read."""

from __future__ import annotations

import email.utils
import random
import socket
import time

import pytest

from ava_desktop.providers import (
    AuthenticationError,
    CodeLinkAva,
    ContextLengthError,
    HTTPStatusError,
    ModelNotFoundError,
    OpenAICompatible,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
)
from tests.servers import Reply, build_events

from .util import USER, collect, collect_error, run


def fail(server, **kw):
    kw.setdefault("base_url", server.base_url)
    kw.setdefault("api_key", "sk-test")
    return run(collect_error(OpenAICompatible.create_async_generator("m", USER, **kw)))


def host(server):
    return f"127.0.0.1:{server.port}"


def test_401_wrong_key(llm_server):
    llm_server.reply_json_error(401, "Incorrect API key provided: sk-test.", code="invalid_api_key")
    _, err = fail(llm_server)
    assert isinstance(err, AuthenticationError) and err.status == 401 and not err.retryable
    # the server echoed the key: it is cut out of what people (and logs) see
    assert str(err) == (f"{host(llm_server)} rejected the API key (401): "
                        "Incorrect API key provided: [API key].")
    assert "sk-test" not in (err.server_message or "")


def test_401_without_key_says_a_key_is_needed(llm_server):
    llm_server.reply_json_error(401, "Missing bearer token")
    _, err = fail(llm_server, api_key="")
    assert str(err) == f"{host(llm_server)} needs an API key (401): Missing bearer token"


def test_403(llm_server):
    llm_server.reply(status=403, body={"error": "Forbidden: region not supported"})
    _, err = fail(llm_server)
    assert isinstance(err, AuthenticationError)
    assert str(err).endswith("refused access (403): Forbidden: region not supported")


def test_429_with_retry_after_seconds(llm_server):
    llm_server.reply_rate_limited("2")
    _, err = fail(llm_server)
    assert isinstance(err, RateLimitError) and err.retry_after == 2.0 and err.retryable
    assert str(err).startswith(f"Rate limited by {host(llm_server)}; retry in 2 s")


def test_429_with_retry_after_http_date(llm_server):
    when = email.utils.formatdate(time.time() + 90, usegmt=True)
    llm_server.reply_rate_limited(when)
    _, err = fail(llm_server)
    assert isinstance(err, RateLimitError) and 80 <= err.retry_after <= 91
    assert "retry in" in str(err)


def test_429_without_retry_after_and_quota_exhausted(llm_server):
    llm_server.reply_rate_limited(None)
    _, err = fail(llm_server)
    assert err.retry_after is None and "try again later" in str(err)
    llm_server.reply_json_error(429, "You exceeded your current quota", code="insufficient_quota")
    _, err = fail(llm_server)
    assert isinstance(err, RateLimitError) and not err.retryable
    assert "quota" in str(err)


def test_500_json_error_body(llm_server):
    llm_server.reply_json_error(500, "The server had an error while processing your request.",
                                type="server_error")
    _, err = fail(llm_server)
    assert isinstance(err, HTTPStatusError) and err.status == 500 and err.retryable
    assert str(err) == (f"{host(llm_server)} answered 500 Internal Server Error: The server had "
                        "an error while processing your request.")


def test_502_html_page_is_summarised(llm_server):
    llm_server.reply_html_error(502, "502 Bad Gateway", "The upstream server is unreachable.")
    _, err = fail(llm_server)
    assert isinstance(err, HTTPStatusError) and err.status == 502
    text = str(err)
    assert "answered 502 Bad Gateway: The upstream server is unreachable." in text
    assert "<" not in text and "color:red" not in text and "var x" not in text


def test_huge_html_error_is_truncated(llm_server):
    llm_server.reply(status=503, content_type="text/html",
                     body="<html><body>" + "overloaded " * 50_000 + "</body></html>")
    _, err = fail(llm_server)
    assert isinstance(err, HTTPStatusError) and len(str(err)) < 400


def test_fastapi_detail_and_plain_text_bodies(llm_server):
    llm_server.reply(status=422, body={"detail": [{"loc": ["body"], "msg": "field required"}]})
    assert str(fail(llm_server)[1]).endswith("422 Unprocessable Entity: field required")
    llm_server.reply(status=400, body="bad things happened", content_type="text/plain")
    assert str(fail(llm_server)[1]).endswith("400 Bad Request: bad things happened")


def test_404_model_not_found_and_404_wrong_url(llm_server):
    llm_server.reply(status=404, body={"error": "model \"llama9\" not found, try pulling it first"})
    _, err = fail(llm_server)
    assert isinstance(err, ModelNotFoundError) and "llama9" in str(err)
    _, err = fail(llm_server, base_url=llm_server.url + "/wrong")  # aiohttp's own 404
    assert isinstance(err, HTTPStatusError) and err.status == 404
    assert "base URL" in str(err)


def test_context_length_exceeded(llm_server):
    llm_server.reply_json_error(400, "This model's maximum context length is 8192 tokens.",
                                code="context_length_exceeded")
    _, err = fail(llm_server)
    assert isinstance(err, ContextLengthError) and err.status == 400
    assert "too long for the model's context window" in str(err)


def test_llama_cpp_empty_200_is_a_context_error(llm_server):
    llm_server.reply(raw=b"")
    _, err = fail(llm_server)
    assert isinstance(err, ContextLengthError)
    llm_server.reply(body=b"", content_type="application/json")
    assert isinstance(fail(llm_server)[1], ContextLengthError)


def test_200_html_is_a_protocol_error(llm_server):
    llm_server.reply_html_200("Captive portal login")
    _, err = fail(llm_server)
    assert isinstance(err, ProtocolError) and err.status == 200
    assert "did not answer with an event stream" in str(err)
    assert "text/html" in str(err) and "Captive portal login" in str(err)


def test_200_json_error_object_and_json_completion(llm_server):
    llm_server.reply(body={"error": {"message": "Model is loading", "type": "server_error"}})
    _, err = fail(llm_server)
    assert isinstance(err, ProtocolError) and "Model is loading" in str(err)
    llm_server.reply(body={"choices": [{"message": {"content": "hi"}}]})
    _, err = fail(llm_server)
    assert isinstance(err, ProtocolError) and "instead of an event stream" in str(err)


def test_sse_without_event_stream_content_type_is_accepted(llm_server):
    llm_server.reply(content_type="text/plain")
    assert run(collect(OpenAICompatible.create_async_generator(
        "m", USER, base_url=llm_server.base_url))) == ["Hello", ",", " world", "!"]


def test_malformed_line_mid_stream(llm_server):
    llm_server.reply_malformed(after=1)
    received, err = fail(llm_server)
    assert received == ["ok"]
    assert isinstance(err, ProtocolError) and "malformed line" in str(err)


def test_unexpected_json_shapes_are_protocol_errors(llm_server):
    for line in (b'data: ["a list"]\n\n', b'data: {"choices": "nope"}\n\n',
                 b'data: {"choices": [{"delta": {"content": 5}}]}\n\n',
                 b'data: {"something": "else"}\n\n', b"data: 42\n\n"):
        llm_server.reply(raw=[line])
        _, err = fail(llm_server)
        assert isinstance(err, ProtocolError), line


def test_error_object_mid_stream(llm_server):
    llm_server.reply(tokens=["a", "b", "c"], error_after=2,
                     error={"message": "Upstream provider overloaded", "code": 502})
    received, err = fail(llm_server)
    assert received == ["a", "b"]
    assert isinstance(err, ProtocolError) and err.retryable
    assert "Upstream provider overloaded" in str(err)


def test_error_event_with_plain_text_data(llm_server):
    llm_server.reply(raw=[b"event: error\ndata: upstream timed out\n\n"])
    _, err = fail(llm_server)
    assert isinstance(err, ProtocolError)
    assert str(err) == f"{host(llm_server)} reported an error in the stream: upstream timed out"


def test_context_error_object_mid_stream(llm_server):
    llm_server.reply(tokens=[], error_after=0,
                     error={"message": "prompt too long", "code": "context_length_exceeded"})
    assert isinstance(fail(llm_server)[1], ContextLengthError)


def test_connection_truncated_mid_stream(llm_server):
    llm_server.reply(tokens=["a", "b", "c", "d"], close_after=2)
    received, err = fail(llm_server)
    assert received == ["a", "b"]
    assert isinstance(err, ProviderConnectionError) and "cut off" in str(err)


def test_stalled_stream_times_out(llm_server):
    llm_server.reply(tokens=["a", "b"], stall_after=1)
    start = time.monotonic()
    received, err = fail(llm_server, stream_timeout=0.3)
    assert received == ["a"]
    assert isinstance(err, ProviderTimeoutError) and err.retryable
    assert "sent nothing for 0.3 s" in str(err)
    assert time.monotonic() - start < 3
    assert run(llm_server.await_disconnect(3))


def test_slow_headers_hit_the_request_timeout(llm_server):
    llm_server.reply(head_delay=1.0)
    _, err = fail(llm_server, timeout=0.2)
    assert isinstance(err, ProviderTimeoutError) and "Timed out after 0.2 s" in str(err)


def test_connection_refused():
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _, err = run(collect_error(OpenAICompatible.create_async_generator(
        "m", USER, base_url=f"http://127.0.0.1:{port}/v1")))
    assert isinstance(err, ProviderConnectionError) and err.retryable
    assert str(err) == f"Could not connect to 127.0.0.1:{port}: connection refused (is the " \
                       "server running?)"


def test_list_models_errors_are_the_same_family(llm_server):
    llm_server.models_reply(status=401, body={"error": {"message": "bad key"}})
    with pytest.raises(AuthenticationError, match="bad key"):
        run(OpenAICompatible.list_models(base_url=llm_server.base_url, api_key="x"))
    llm_server.models_reply(body="<html>nope</html>", content_type="text/html")
    with pytest.raises(ProtocolError):
        run(OpenAICompatible.list_models(base_url=llm_server.base_url))


def _hostile_bodies(rng: random.Random) -> list[bytes]:
    good = b"".join(build_events(Reply(tokens=["α", "β", "γ"])))
    bodies = [
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))),
        b"data: " + bytes(rng.randrange(256) for _ in range(50)) + b"\n\n",
        good[: rng.randrange(1, len(good))],
        good.replace(b'"content"', b'"content": {"x": 1}, "c"', 1),
        good.replace(b"choices", b"choice", 2),
        b'data: {"choices": [null]}\n\n',
        b'data: {"choices": [{"delta": []}]}\n\n',
        b'data: {"usage": "lots"}\n\ndata: [DONE]\n\n',
        b'data: {"error": {"message": null}}\n\n',
        b'data: {"error": []}\n\ndata: {"error": 0}\n\n',
        b"event: error\ndata: {\"message\": \"boom\"}\n\n",
    ]
    return bodies


@pytest.mark.parametrize("provider", [OpenAICompatible, CodeLinkAva])
def test_hostile_streams_raise_only_provider_errors(llm_server, provider):
    rng = random.Random(1234)

    class Local(provider):  # type: ignore[misc, valid-type]
        api_endpoint = llm_server.chat_url

    for body in _hostile_bodies(rng) * 2:
        for ctype in ("text/event-stream", "application/json"):
            llm_server.reply(raw=body, content_type=ctype, chunk_size=rng.randint(1, 9))

            async def consume():
                try:
                    return await collect(Local.create_async_generator(
                        "m", USER, base_url=llm_server.base_url, stream_timeout=2))
                except ProviderError as exc:
                    return exc

            result = run(consume())  # anything but a ProviderError or a list fails here
            assert isinstance(result, list | ProviderError)
