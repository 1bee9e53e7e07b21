"""Sessions, cancellation, proxies, timeouts and the g4f-style sync helpers."""

from __future__ import annotations

import asyncio
import gc
import warnings

import aiohttp
import pytest

from ava_desktop.providers import OpenAICompatible, ProviderConnectionError
from tests.servers import ForwardProxy

from .util import USER, collect, run


def gen(server, **kw):
    kw.setdefault("base_url", server.base_url)
    return OpenAICompatible.create_async_generator("m", USER, **kw)


@pytest.fixture
def no_leak_warnings():
    """Fail on any 'Unclosed client session/connector/response' report, however it is made."""
    reports: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield reports
        gc.collect()
    reports += [str(w.message) for w in caught]
    assert not [r for r in reports if "nclosed" in r], reports


def test_aclose_mid_stream_closes_the_http_request(llm_server, no_leak_warnings):
    llm_server.stream_tokens(1000, rate=200)

    async def scenario():
        agen = gen(llm_server)
        assert await agen.__anext__() == "tok "
        await agen.aclose()
        return await llm_server.await_disconnect(3)

    assert run(scenario())
    assert llm_server.last_request.disconnected.is_set()


def test_task_cancel_closes_the_http_request(llm_server, no_leak_warnings):
    llm_server.reply(tokens=["a", "b"], stall_after=1)

    async def scenario():
        first = asyncio.Event()

        async def consume():
            async for _ in OpenAICompatible.stream_events("m", USER,
                                                          base_url=llm_server.base_url):
                first.set()

        task = asyncio.create_task(consume())
        await first.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return await llm_server.await_disconnect(3)

    assert run(scenario())


def test_breaking_out_of_async_for_with_aclosing(llm_server, no_leak_warnings):
    import contextlib

    llm_server.reply(tokens=["a", "b", "c"], stall_after=2)

    async def scenario():
        async with contextlib.aclosing(gen(llm_server)) as agen:
            async for chunk in agen:
                if chunk == "b":
                    break
        return await llm_server.await_disconnect(3)

    assert run(scenario())


def test_shared_session_is_used_and_never_closed(llm_server, no_leak_warnings):
    async def scenario():
        async with aiohttp.ClientSession(headers={"X-App": "ava"}) as session:
            text = await OpenAICompatible.create_async("m", USER, base_url=llm_server.base_url,
                                                       session=session)
            assert not session.closed
            llm_server.reply(tokens=["a", "b"], stall_after=1)
            agen = gen(llm_server, session=session)
            await agen.__anext__()
            await agen.aclose()
            assert not session.closed
            assert await llm_server.await_disconnect(3)  # the response itself was closed
            again = await OpenAICompatible.create_async("m", USER, session=session,
                                                        base_url=llm_server.base_url)
            return text, again

    assert run(scenario()) == ("Hello, world!", "Hello, world!")
    assert llm_server.requests[0].headers["X-App"] == "ava"


def test_own_session_closed_after_errors_too(llm_server, no_leak_warnings):
    llm_server.reply(tokens=["a"], close_after=0)
    with pytest.raises(ProviderConnectionError):
        run(collect(gen(llm_server)))
    llm_server.reply_html_error()
    with pytest.raises(Exception, match="502"):
        run(collect(gen(llm_server)))


def test_shared_session_default_total_timeout_does_not_cut_long_answers(llm_server):
    llm_server.reply(tokens=["a", "b", "c"], delay=0.15)

    async def scenario():
        timeout = aiohttp.ClientTimeout(total=0.2)  # the provider must override this
        async with aiohttp.ClientSession(timeout=timeout) as session:
            return await OpenAICompatible.create_async("m", USER, session=session,
                                                       base_url=llm_server.base_url)

    assert run(scenario()) == "abc"


def test_proxy_kwarg_goes_through_the_proxy(llm_server):
    with ForwardProxy() as proxy:
        text = run(OpenAICompatible.create_async("m", USER, base_url=llm_server.base_url,
                                                 proxy=proxy.url))
        assert text == "Hello, world!"
        assert proxy.seen == [("POST", llm_server.base_url + "/chat/completions")]
        assert "proxy" not in llm_server.last_request.json


def test_environment_proxy_and_no_proxy(llm_server, monkeypatch):
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert run(OpenAICompatible.create_async("m", USER, base_url=llm_server.base_url))
        assert len(proxy.seen) == 1
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert run(OpenAICompatible.create_async("m", USER, base_url=llm_server.base_url))
        assert len(proxy.seen) == 1  # bypassed


def test_create_completion_sync_stream_and_whole(llm_server):
    chunks = list(OpenAICompatible.create_completion("m", USER, stream=True,
                                                     base_url=llm_server.base_url))
    assert chunks == ["Hello", ",", " world", "!"]
    whole = list(OpenAICompatible.create_completion("m", USER, stream=False,
                                                    base_url=llm_server.base_url))
    assert whole == ["Hello, world!"]
    assert "stream" in llm_server.last_request.json  # always streamed on the wire
    assert llm_server.last_request.json["stream"] is True


def test_create_completion_early_break_closes_the_request(llm_server, no_leak_warnings):
    llm_server.reply(tokens=["a", "b", "c"], stall_after=2)
    it = OpenAICompatible.create_completion("m", USER, base_url=llm_server.base_url)
    assert next(it) == "a"
    it.close()
    assert llm_server.wait_disconnect(3)


def test_create_completion_refuses_to_run_inside_a_loop(llm_server):
    async def inside():
        with pytest.raises(RuntimeError, match="create_async"):
            OpenAICompatible.create_completion("m", USER, base_url=llm_server.base_url)

    run(inside())


def test_params_describes_the_signature():
    text = OpenAICompatible.params
    assert text.startswith("ava_desktop.core.providers.openai_compat.OpenAICompatible supports:")
    for part in ("model: str", "base_url: str | None = None", "temperature",
                 "stream_timeout: float | None = 60.0", "proxy: str | None = None"):
        assert part in text
