"""MCP servers for real: the SDK's FastMCP server (mcp_server.py) over stdio and HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ava_desktop.core.tools import McpConfig, McpManager, ServerConfig, ServerState

SERVER = str(Path(__file__).with_name("mcp_server.py"))
ROOT = str(Path(__file__).resolve().parents[3])
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process handling")


def run(coro, timeout=60.0):
    async def guarded():
        async with asyncio.timeout(timeout):
            return await coro
    return asyncio.run(guarded())


def stdio(name="demo", **kw) -> ServerConfig:
    env = {"PYTHONPATH": ROOT, **kw.pop("env", {})}
    return ServerConfig(name, sys.executable, (SERVER, name), env=env, **kw)


def config(*servers: ServerConfig) -> McpConfig:
    return McpConfig({s.name: s for s in servers})


def test_tools_of_working_servers_are_listed_when_another_is_missing():
    async def main():
        changes = []
        manager = McpManager(config(stdio("demo"), ServerConfig("fs", "npx-missing-here"),
                                    ServerConfig("fetch", "uvx", ("x",), disabled=True)),
                             on_change=changes.append)
        try:
            listing = await manager.list_tools()
            names = [t.wire_name for t in listing.tools]
            assert "demo__echo" in names and all(n.startswith("demo__") for n in names)
            assert set(listing.errors) == {"fs"}  # disabled servers are not started
            assert "npx-missing-here was not found" in listing.errors["fs"]
            assert manager.status("fs").state is ServerState.ERROR
            assert manager.status("fetch").state is ServerState.STOPPED
            demo = manager.status("demo")
            assert demo.state is ServerState.READY and "add" in demo.tools and demo.pid
            assert any("demo starting" in line for line in manager.log("demo"))  # stderr
            await asyncio.sleep(0.05)
            assert {(c.name, c.state) for c in changes} >= {
                ("demo", ServerState.STARTING), ("demo", ServerState.READY),
                ("fs", ServerState.ERROR)}
            spec = next(s for s in listing.specs() if s.name == "demo__add")
            assert spec.input_schema["properties"].keys() == {"a", "b"}
            assert listing.specs(off={"demo"}) == []
        finally:
            await manager.shutdown()
    run(main())


def test_calls_results_errors_images_and_the_cap():
    async def main():
        manager = McpManager(config(stdio()))
        try:
            await manager.list_tools()
            tool = manager.tool
            ok = await manager.call(tool("demo__add"), "c1", {"a": 2, "b": 40})
            assert (ok.call_id, ok.content, ok.is_error) == ("c1", "42", False)
            bad = await manager.call(tool("demo__fail"), "c2", {"message": "disk full"})
            assert bad.is_error and "disk full" in bad.content
            picture = await manager.call(tool("demo__image"), "c3", {})
            (image,) = picture.images
            assert image.mime == "image/png" and image.data.startswith(b"\x89PNG")
            assert "[image 1: image/png" in picture.content
            big = await manager.call(tool("demo__big"), "c4", {"chars": 150_000})
            assert big.content.startswith("x" * 100_000)
            assert "cut at 100,000 characters; it had 150,000" in big.content
            wrong = await manager.call(tool("demo__add"), "c5", {"a": "x"})
            assert wrong.is_error
        finally:
            await manager.shutdown()
    run(main())


def test_a_server_sees_its_own_env_and_not_the_apps_secrets(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-app-secret")
    async def main():
        manager = McpManager(config(stdio(env={"DEMO_TOKEN": "t0k"})))
        try:
            await manager.list_tools()
            env = manager.tool("demo__env")
            assert (await manager.call(env, "a", {"variable": "DEMO_TOKEN"})).content == "t0k"
            secret = await manager.call(env, "b", {"variable": "OPENAI_API_KEY"})
            assert secret.content == "<unset>"
        finally:
            await manager.shutdown()
    run(main())


def test_timeout_then_crash_mid_call_then_restart_on_next_use():
    async def main():
        manager = McpManager(config(stdio(timeout=1.5)))
        try:
            await manager.list_tools()
            sleep = manager.tool("demo__sleep")
            started = time.monotonic()
            slow = await manager.call(sleep, "t", {"seconds": 30})
            assert slow.is_error and "did not finish within 1.5 s" in slow.content
            assert time.monotonic() - started < 5
            # The server survives a timed-out call; now kill it in the middle of one.
            pid = int((await manager.call(manager.tool("demo__pid"), "p", {})).content)
            call = asyncio.ensure_future(manager.call(sleep, "k", {"seconds": 1.0}))
            await asyncio.sleep(0.3)
            os.kill(pid, signal.SIGKILL)
            crashed = await call
            assert crashed.is_error
            assert "demo stopped while running sleep" in crashed.content
            assert "killed by signal 9" in crashed.content
            status = manager.status("demo")
            assert status.state is ServerState.ERROR and "stopped unexpectedly" in status.error
            # Next use: started again, a new process.
            again = await manager.call(manager.tool("demo__pid"), "p2", {})
            assert not again.is_error and int(again.content) != pid
            assert manager.status("demo").state is ServerState.READY
        finally:
            await manager.shutdown()
    run(main())


def test_a_server_that_exits_at_start_reports_why_and_backs_off(tmp_path):
    script = tmp_path / "bad_server.py"
    script.write_text("import sys\nprint('Error: missing API key', file=sys.stderr)\n"
                      "sys.exit(3)\n")
    async def main():
        manager = McpManager(config(ServerConfig("bad", sys.executable, (str(script),))))
        try:
            first = (await manager.list_tools()).errors["bad"]
            assert first.startswith("bad could not start") and "exit status 3" in first
            assert "missing API key" in "\n".join(manager.log("bad"))
            second = (await manager.list_tools()).errors["bad"]  # retried at once
            assert "could not start" in second
            third = (await manager.list_tools()).errors["bad"]  # now it waits
            assert "next try in" in third
        finally:
            await manager.shutdown()
    run(main())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def http_server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, SERVER, "web", "--http", str(port)],
                            stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/mcp"
    proc.kill()
    proc.wait()


def test_streamable_http_server(http_server):
    async def main():
        manager = McpManager(config(ServerConfig("web", url=http_server, transport="http",
                                                 headers={"X-Test": "1"}), stdio()))
        try:
            listing = await manager.list_tools()
            assert not listing.errors
            assert {"web__echo", "demo__echo"} <= {t.wire_name for t in listing.tools}
            echo = await manager.call(manager.tool("web__echo"), "e", {"text": "<b>hi</b>"})
            assert (echo.content, echo.is_error) == ("<b>hi</b>", False)
            failed = await manager.call(manager.tool("web__fail"), "f", {})
            assert failed.is_error and "it broke" in failed.content
        finally:
            await manager.shutdown()
    run(main())


def _wait_for(path: Path, text: str, seconds: float = 10.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text():
            break
        time.sleep(0.05)
    return path.read_text() if path.exists() else ""


@pytest.mark.parametrize("transport", ["stdio", "http"])
def test_a_timed_out_or_stopped_call_is_cancelled_on_the_server(tmp_path, transport, request):
    """notifications/cancelled reaches the server (its tool sees the cancellation) and the
    same session answers the next call."""
    if transport == "http":
        cfg = ServerConfig("web", url=request.getfixturevalue("http_server"),
                           transport="http", timeout=1.5)
    else:
        cfg = stdio("web", timeout=1.5)

    async def main():
        manager = McpManager(config(cfg))
        try:
            await manager.list_tools()
            slow, pid = manager.tool("web__slow"), manager.tool("web__pid")
            first_pid = (await manager.call(pid, "p", {})).content
            timed = tmp_path / "timed"
            result = await manager.call(slow, "t", {"seconds": 30, "marker": str(timed)})
            assert result.is_error and "did not finish within 1.5 s" in result.content
            text = await asyncio.to_thread(_wait_for, timed, "cancelled")
            assert text.split() == ["started", "cancelled"]
            stopped = tmp_path / "stopped"  # Esc: the task awaiting the call is cancelled
            call = asyncio.ensure_future(manager.call(slow, "s", {"seconds": 30,
                                                                  "marker": str(stopped)}))
            await asyncio.to_thread(_wait_for, stopped, "started")
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            text = await asyncio.to_thread(_wait_for, stopped, "cancelled")
            assert text.split() == ["started", "cancelled"]
            again = await manager.call(manager.tool("web__echo"), "e", {"text": "still here"})
            assert (again.content, again.is_error) == ("still here", False)
            assert (await manager.call(pid, "p2", {})).content == first_pid  # same process
            assert manager.status("web").state is ServerState.READY
        finally:
            await manager.shutdown()
    run(main())


def test_an_unreachable_http_server_is_an_error_line():
    async def main():
        url = f"http://127.0.0.1:{_free_port()}/mcp"
        manager = McpManager(config(ServerConfig("down", url=url, transport="http",
                                                 timeout=10)))
        try:
            errors = (await manager.list_tools()).errors
            assert errors["down"].startswith("down could not start")
        finally:
            await manager.shutdown()
    run(main(), timeout=30)


APP = textwrap.dedent("""
    import asyncio, sys
    from ava_desktop.core.tools import McpConfig, McpManager, ServerConfig
    async def main():
        cfg = ServerConfig("demo", sys.executable, (sys.argv[1],), env={"PYTHONPATH": sys.argv[2]})
        manager = McpManager(McpConfig({"demo": cfg}))
        await manager.list_tools()
        pid = await manager.call(manager.tool("demo__pid"), "p", {})
        print(pid.content, flush=True)
        await asyncio.sleep(60)
    asyncio.run(main())
""")


@pytest.mark.parametrize("how", ["SIGKILL", "exit"])
def test_servers_die_with_the_app(tmp_path, how):
    app = tmp_path / "app.py"
    app.write_text(APP if how == "SIGKILL" else APP.replace("await asyncio.sleep(60)",
                                                              "sys.exit(0)"))
    proc = subprocess.Popen([sys.executable, str(app), SERVER, ROOT], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": ROOT}, text=True)
    try:
        server_pid = int(proc.stdout.readline())
        os.kill(server_pid, 0)  # it runs
        if how == "SIGKILL":
            proc.kill()
        proc.wait(15)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(server_pid):
            time.sleep(0.05)
        assert not _alive(server_pid)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        if os.path.isdir("/proc/self"):
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


STUBBORN = textwrap.dedent("""
    import os, signal, sys, time
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.close(0)  # never sees stdin's EOF
    open(sys.argv[1], "w").write(str(os.getpid()))
    time.sleep(120)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG")
def test_a_server_that_ignores_stdin_and_sigterm_still_dies_with_the_app(tmp_path):
    server, pid_file, app = tmp_path / "stubborn.py", tmp_path / "pid", tmp_path / "app.py"
    server.write_text(STUBBORN)
    app.write_text(textwrap.dedent(f"""
        import asyncio, sys
        from ava_desktop.core.tools import McpConfig, McpManager, ServerConfig
        async def main():
            cfg = ServerConfig("s", sys.executable, ({str(server)!r}, {str(pid_file)!r}))
            await McpManager(McpConfig({{"s": cfg}})).list_tools()
        asyncio.run(main())
    """))
    proc = subprocess.Popen([sys.executable, str(app)], env={**os.environ, "PYTHONPATH": ROOT})
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not pid_file.exists():
            time.sleep(0.05)
        time.sleep(0.1)
        server_pid = int(pid_file.read_text())
        assert _alive(server_pid)
        proc.kill()
        proc.wait(15)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _alive(server_pid):
            time.sleep(0.05)
        assert not _alive(server_pid)
    finally:
        proc.kill()
        proc.wait()
