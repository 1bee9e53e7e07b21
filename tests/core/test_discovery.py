"""Local server discovery against real loopback servers on free ports (never well-known ones)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from dataclasses import dataclass

import aiohttp
from aiohttp import web
from yarl import URL

from ava_desktop.core.discovery import (
    DiscoveredServer,
    discover_local_servers,
    local_presets,
    parse_model_list,
)
from ava_desktop.core.providers.presets import Preset


@dataclass(frozen=True)
class P:
    """Stands in for a provider preset: only ``name`` and ``base_url`` are read."""

    name: str
    base_url: str


def free_port() -> int:
    """A port nothing listens on (bound then released), so connecting is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Servers:
    """Real servers on 127.0.0.1, started and stopped inside the test's event loop."""

    def __init__(self) -> None:
        self._runners: list[web.AppRunner] = []
        self._tcp: list[asyncio.Server] = []
        self._writers: list[asyncio.StreamWriter] = []
        self.hits: list[str] = []

    async def http(self, handler) -> int:
        app = web.Application()
        app.router.add_get("/v1/models", handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runners.append(runner)
        return runner.addresses[0][1]

    async def models(self, ids: list[str]) -> int:
        async def handler(request: web.Request) -> web.Response:
            self.hits.append(request.path)
            return web.json_response({"object": "list", "data": [{"id": i} for i in ids]})

        return await self.http(handler)

    async def tcp(self, greeting: bytes | None) -> int:
        """Raw TCP: send ``greeting`` (not HTTP), or say nothing at all (a hung server)."""

        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self._writers.append(writer)
            if greeting is not None:
                writer.write(greeting)
                await writer.drain()

        server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
        self._tcp.append(server)
        return server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        for writer in self._writers:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        for server in self._tcp:
            server.close()
            await server.wait_closed()
        for runner in self._runners:
            await runner.cleanup()


def run(coro):
    return asyncio.run(coro)


def test_finds_answering_servers_and_ignores_everything_else():
    async def scenario():
        srv = Servers()
        try:

            async def text(request):
                return web.Response(text="hello, I am a web page")

            async def wrong_shape(request):
                return web.json_response([{"id": "x"}])

            async def unauthorized(request):
                return web.json_response({"error": "no key"}, status=401)

            ports = {
                "ollama": await srv.models(["llama3.2:latest", "qwen2.5:7b", "llama3.2:latest"]),
                "lmstudio": await srv.models([]),
                "refused": free_port(),
                "hang": await srv.tcp(None),
                "not-http": await srv.tcp(b"SSH-2.0-OpenSSH_9.6\r\n"),
                "html": await srv.http(text),
                "shape": await srv.http(wrong_shape),
                "401": await srv.http(unauthorized),
            }
            presets = [P(name, f"http://localhost:{port}/v1") for name, port in ports.items()]
            start = time.monotonic()
            found = await discover_local_servers(timeout=0.4, presets=presets)
            elapsed = time.monotonic() - start
            return found, elapsed, ports, srv.hits
        finally:
            await srv.close()

    found, elapsed, ports, hits = run(scenario())
    assert found == [
        DiscoveredServer("ollama", f"http://127.0.0.1:{ports['ollama']}/v1",
                         ["llama3.2:latest", "qwen2.5:7b"]),
        DiscoveredServer("lmstudio", f"http://127.0.0.1:{ports['lmstudio']}/v1", []),
    ]
    assert hits == ["/v1/models", "/v1/models"]
    assert elapsed < 1.2, f"a hung port must not hold discovery up ({elapsed:.2f}s)"


def test_total_time_is_about_one_timeout_for_many_hung_ports():
    async def scenario():
        srv = Servers()
        try:
            presets = [P(f"hang{i}", f"http://127.0.0.1:{await srv.tcp(None)}/v1")
                       for i in range(12)]
            start = time.monotonic()
            found = await discover_local_servers(timeout=0.3, presets=presets)
            return found, time.monotonic() - start
        finally:
            await srv.close()

    found, elapsed = run(scenario())
    assert found == []
    assert 0.25 <= elapsed < 1.0, elapsed


def test_uses_a_given_session_without_closing_it_and_probes_each_host():
    async def scenario():
        srv = Servers()
        try:
            port = await srv.models(["m"])
            presets = [P("A", f"http://localhost:{port}/v1/"), P("B", f"http://127.0.0.1:{port}/v1")]
            async with aiohttp.ClientSession() as session:
                found = await discover_local_servers(
                    session, timeout=0.5, hosts=("127.0.0.1", "127.0.0.2"), presets=presets
                )
                assert not session.closed
            return found, port, srv.hits
        finally:
            await srv.close()

    found, port, hits = run(scenario())
    # A and B share a URL: probed once, reported under the first preset; 127.0.0.2 is not bound
    assert found == [DiscoveredServer("A", f"http://127.0.0.1:{port}/v1", ["m"])]
    assert hits == ["/v1/models"]


def test_never_raises_on_odd_presets_and_propagates_cancellation():
    async def scenario():
        assert await discover_local_servers(presets=[]) == []
        bad = [P("bad", "not a url at all"), P("none", "http:///v1")]
        assert await discover_local_servers(timeout=0.2, presets=bad) == []
        srv = Servers()
        try:
            hung = [P("hang", f"http://127.0.0.1:{await srv.tcp(None)}/v1")]
            task = asyncio.create_task(discover_local_servers(timeout=5, presets=hung))
            await asyncio.sleep(0.05)
            task.cancel()
            start = time.monotonic()
            try:
                await task
            except asyncio.CancelledError:
                return time.monotonic() - start
            raise AssertionError("cancellation was swallowed")
        finally:
            await srv.close()

    assert run(scenario()) < 0.5


def test_closed_ports_are_ruled_out_without_an_http_session(monkeypatch):
    """Nothing listening (the usual case): no aiohttp session is made for it at all."""

    def no_session(*args, **kwargs):
        raise AssertionError("an HTTP session was made for ports nobody listens on")

    monkeypatch.setattr(aiohttp, "ClientSession", no_session)
    presets = [P(f"closed{i}", f"http://127.0.0.1:{free_port()}/v1") for i in range(3)]
    assert run(discover_local_servers(timeout=0.3, presets=presets)) == []


def test_parse_model_list():
    assert parse_model_list(b'{"object":"list","data":[{"id":"a"},{"id":""},7,{"x":1}]}') == ["a"]
    assert parse_model_list(b'{"data": []}') == []
    for body in (b"", b"null", b"[]", b'{"models": []}', b'{"data": {}}', b"\xff"):
        assert parse_model_list(body) is None


def test_default_presets_are_the_local_servers_on_loopback():
    names = {p.name: URL(p.base_url) for p in local_presets()}
    assert set(names) == {"Ollama", "LM Studio", "llama.cpp server", "vLLM", "Jan"}
    assert {u.port for u in names.values()} == {11434, 1234, 8080, 8000, 1337}
    assert all(u.host in ("127.0.0.1", "localhost") for u in names.values())


def test_real_preset_objects_are_accepted():
    async def scenario():
        srv = Servers()
        try:
            port = await srv.models(["gemma"])
            preset = Preset("Ollama", f"http://127.0.0.1:{port}/v1", False, True)
            return await discover_local_servers(timeout=0.5, presets=[preset]), port
        finally:
            await srv.close()

    found, port = run(scenario())
    assert found == [DiscoveredServer("Ollama", f"http://127.0.0.1:{port}/v1", ["gemma"])]
