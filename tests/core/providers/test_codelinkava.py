"""CodeLinkAva, faithful to the seed, pointed at the local server by subclassing."""

from __future__ import annotations

import inspect

from ava_desktop.providers import AsyncGeneratorProvider, CodeLinkAva, ReasoningDelta, TextDelta

from .util import USER, collect, run


def local(server):
    class LocalAva(CodeLinkAva):
        api_endpoint = server.chat_url

    return LocalAva


def test_class_attributes_match_the_seed():
    assert issubclass(CodeLinkAva, AsyncGeneratorProvider)
    assert CodeLinkAva.url == "https://ava-ai-ef611.web.app"
    assert CodeLinkAva.api_endpoint == "https://ava-alpha-api.codelink.io/api/chat"
    assert CodeLinkAva.supports_gpt_35_turbo is True
    assert CodeLinkAva.working is False
    assert inspect.isasyncgenfunction(CodeLinkAva.create_async_generator)


def test_subclass_streams_from_local_endpoint_with_browser_headers(llm_server):
    ava = local(llm_server)
    out = run(collect(ava.create_async_generator("gpt-3.5-turbo", USER)))
    assert out == ["Hello", ",", " world", "!"]
    req = llm_server.last_request
    assert req.path == "/api/chat"
    assert req.json == {"messages": USER, "temperature": 0.6, "stream": True}
    h = req.headers
    assert h["User-Agent"].startswith("Mozilla/5.0") and "Chrome" in h["User-Agent"]
    assert h["Accept"] == "*/*" and h["Accept-Language"].startswith("en")
    assert h["Origin"] == "https://ava-ai-ef611.web.app"
    assert h["Referer"] == "https://ava-ai-ef611.web.app/"
    assert h["Sec-Fetch-Dest"] == "empty" and h["Sec-Fetch-Mode"] == "cors"
    assert "Sec-Fetch-Site" in h


def test_temperature_override_extra_kwargs_and_no_transport_leak(llm_server):
    ava = local(llm_server)
    run(collect(ava.create_async_generator("gpt-3.5-turbo", USER, temperature=1.1, top_k=3,
                                           proxy=None, timeout=10, stream_timeout=10)))
    assert llm_server.last_request.json == {"messages": USER, "temperature": 1.1,
                                            "stream": True, "top_k": 3}


def test_shares_the_openai_chunk_parsing(llm_server):
    ava = local(llm_server)
    llm_server.reply(tokens=["x"], reasoning=["why"], chunk_size=1, newline="\r\n")
    evs = run(collect(ava.stream_events("gpt-3.5-turbo", USER)))
    assert evs[:2] == [ReasoningDelta("why"), TextDelta("x")]
    assert run(ava.create_async("gpt-3.5-turbo", USER)) == "Hello, world!"
