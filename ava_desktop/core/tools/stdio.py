"""The stdio transport, spawned by us (POSIX) so the server dies with the app.

The SDK's ``stdio_client`` gives no way to set ``PR_SET_PDEATHSIG``, no pid or exit status,
and buffers a line from the server without bound. This is the same protocol (newline-
delimited JSON-RPC over stdin/stdout, the SDK's message types) with: the launcher
(``launch.py``) in front on Linux, a bound on one message, stderr lines handed to a callback
for the server's log, the exit status kept, and the MCP spec's shutdown (close stdin, wait,
SIGTERM to the process group, SIGKILL) shielded from cancellation with every wait bounded.
On Windows the SDK's own transport is used (it puts the server in a Job Object).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import anyio
import mcp.types as types
from anyio.abc import Process
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from mcp.shared.message import SessionMessage

MAX_MESSAGE = 64 * 1024 * 1024  # bytes of one JSON-RPC line (a result with images)
MAX_LOG_LINE = 2000
EXIT_GRACE = 2.0
LAUNCHER = str(Path(__file__).with_name("launch.py"))


@dataclass(slots=True)
class ProcessInfo:
    """What the connection wants to know about its process."""

    pid: int | None = None
    returncode: int | None = None
    broken: str = ""  # why the transport gave up (a message too large, ...)


def command_line(executable: str, args: Sequence[str]) -> list[str]:
    """argv for the server: through the launcher on Linux (see ``launch.py``)."""
    if sys.platform.startswith("linux"):
        return [sys.executable, "-I", "-S", LAUNCHER, str(os.getpid()), executable, *args]
    return [executable, *args]


@contextlib.asynccontextmanager
async def stdio_transport(
    argv: Sequence[str], env: dict[str, str], on_stderr: Callable[[str], None],
    info: ProcessInfo, cwd: str | None = None,
) -> AsyncIterator[tuple[MemoryObjectReceiveStream[SessionMessage | Exception],
                         MemoryObjectSendStream[SessionMessage]]]:
    """Spawn ``argv`` (never through a shell) and yield the session's two streams.

    The read stream ends when the server's stdout closes (it exited or crashed), which ends
    every request still waiting with "Connection closed".
    """
    process: Process = await anyio.open_process(
        list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd=cwd, start_new_session=True)
    info.pid = process.pid
    read_send, read_recv = anyio.create_memory_object_stream[SessionMessage | Exception](16)
    write_send, write_recv = anyio.create_memory_object_stream[SessionMessage](16)

    async def read_stdout() -> None:
        assert process.stdout is not None
        buffer = bytearray()
        async with read_send:
            with contextlib.suppress(anyio.EndOfStream, anyio.ClosedResourceError,
                                     anyio.BrokenResourceError):
                while True:
                    chunk = await process.stdout.receive(65536)
                    buffer += chunk
                    while (end := buffer.find(b"\n")) >= 0:
                        line = bytes(buffer[:end])
                        del buffer[:end + 1]
                        if line.strip():
                            await read_send.send(_parse(line))
                    if len(buffer) > MAX_MESSAGE:
                        info.broken = (f"the server sent a message larger than "
                                       f"{MAX_MESSAGE // (1024 * 1024)} MB")
                        on_stderr(f"[ava] {info.broken}; stopping it")
                        return

    async def read_stderr() -> None:
        assert process.stderr is not None
        buffer = b""
        with contextlib.suppress(anyio.EndOfStream, anyio.ClosedResourceError,
                                 anyio.BrokenResourceError):
            while True:
                buffer += await process.stderr.receive(65536)
                *lines, buffer = buffer.split(b"\n")
                for line in lines:
                    on_stderr(line.decode("utf-8", "replace").rstrip()[:MAX_LOG_LINE])
                if len(buffer) > MAX_LOG_LINE * 4:
                    on_stderr(buffer.decode("utf-8", "replace")[:MAX_LOG_LINE])
                    buffer = b""
        if buffer.strip():
            on_stderr(buffer.decode("utf-8", "replace").rstrip()[:MAX_LOG_LINE])

    async def write_stdin() -> None:
        assert process.stdin is not None
        async with write_recv:
            with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError,
                                     OSError):
                async for message in write_recv:
                    data = message.message.model_dump_json(by_alias=True, exclude_none=True)
                    await process.stdin.send(data.encode("utf-8") + b"\n")

    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(read_stdout)
            tg.start_soon(read_stderr)
            tg.start_soon(write_stdin)
            try:
                yield read_recv, write_send
            finally:
                with anyio.CancelScope(shield=True):
                    await _shut_down(process, info)
                tg.cancel_scope.cancel()
    finally:
        for stream in (read_recv, write_send, read_send, write_recv):
            with contextlib.suppress(Exception):
                await stream.aclose()


def _parse(line: bytes) -> SessionMessage | Exception:
    try:
        return SessionMessage(types.JSONRPCMessage.model_validate_json(line))
    except Exception as exc:  # pydantic ValidationError: not a JSON-RPC message
        return ValueError(f"the server wrote something that is not JSON-RPC: {line[:120]!r}"
                          f" ({type(exc).__name__})")


async def _shut_down(process: Process, info: ProcessInfo) -> None:
    """Close stdin, then SIGTERM the process group, then SIGKILL it, bounded waits."""
    if process.stdin is not None:
        with contextlib.suppress(Exception):
            await process.stdin.aclose()
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None and process.returncode is None:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, sig)  # start_new_session: its pid is the group id
        with anyio.move_on_after(EXIT_GRACE):
            await process.wait()
        if process.returncode is not None:
            break
    # Signals go to the group only while its leader is unreaped (its pid cannot be reused);
    # children it started (npx -> node) share its stdin and see the same EOF.
    info.returncode = process.returncode
    with contextlib.suppress(Exception):
        await process.aclose()


__all__ = ["ProcessInfo", "command_line", "stdio_transport"]
