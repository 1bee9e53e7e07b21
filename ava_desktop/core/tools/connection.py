"""One MCP server: started when first needed, its state, log and tools, restarted after a crash.

Everything here runs on the MCP thread (``bridge.py``); the manager is the only caller. One
long-lived runner task per server enters the transport and ``ClientSession`` and leaves them
in the same task (anyio's rule); requests are sent from the callers' tasks. A crash ends the
runner, marks the server ``error`` with the exit status and the last line it wrote, and the
next use starts it again; repeated failures back off (1, 2, 4 ... 30 s), during which a use
fails at once with the last error instead of waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import sys
import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import mcp.types as types
from mcp import ClientSession
from mcp.shared.exceptions import McpError

from ava_desktop import __version__
from ava_desktop.core.notice import Notice

from .config import ServerConfig
from .environment import CommandNotFound, resolve_command, search_path, server_environment
from .session import CLOSED, CancellingSession, WatchedStream
from .states import ServerError, ServerState
from .stdio import ProcessInfo, command_line, stdio_transport

MAX_TOOLS = 1000
MAX_BACKOFF = 30.0

MIN_START_S = 30.0


def backoff(failures: int) -> float:
    """Seconds to wait before the next start: none after one failure, then 1, 2, 4 ... 30."""
    return 0.0 if failures <= 1 else min(MAX_BACKOFF, 2.0 ** (failures - 2))


def describe(exc: BaseException) -> str:
    """The first real error inside anyio's exception groups, as one line."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    if isinstance(exc, McpError):
        return exc.error.message
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    name = type(exc).__name__
    return text if name in text or isinstance(exc, ServerError) else f"{text} ({name})"


class Connection:
    """A configured server and, while it runs, its session."""

    def __init__(self, config: ServerConfig, on_change: Callable[[Connection], None],
                 log_lines: int = 200, auth: Any = None) -> None:
        self.config = config
        self.auth = auth  # httpx.Auth for a remote server (OAuth, see oauth.py)
        self.state = ServerState.STOPPED
        self.error = ""
        self.error_notice: Notice | None = None  # ``error`` typed for the UI's tr()
        self.log: deque[str] = deque(maxlen=log_lines)
        self.tools: list[types.Tool] | None = None
        self.info = ProcessInfo()
        self._on_change = on_change
        self._session: ClientSession | None = None
        self._runner: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._dead = asyncio.Event()
        self._lock = asyncio.Lock()
        self._failures = 0
        self._retry_at = 0.0
        self._detail = ""

    @property
    def name(self) -> str:
        return self.config.name

    def _set(self, state: ServerState, error: str | Notice = "") -> None:
        self.error_notice = error if isinstance(error, Notice) else None
        error = str(error)
        self.state, self.error = state, error
        if error:
            self._note(f"[ava] {error}")
        self._on_change(self)

    def _note(self, line: str) -> None:
        self.log.append(f"{time.strftime('%H:%M:%S')} {line}")

    # ---------------------------------------------------------------- lifecycle

    async def session(self) -> ClientSession:
        """The running session, starting the server first if needed."""
        if self.state is ServerState.READY and self._session is not None:
            return self._session
        async with self._lock:
            if self.state is ServerState.READY and self._session is not None:
                return self._session
            if self.config.problem:
                raise ServerError(Notice("tool_config", {"name": self.name,
                                                         "problem": self.config.problem}))
            wait = self._retry_at - time.monotonic()
            if self.state is ServerState.ERROR and wait > 0:
                raise ServerError(Notice("tool_retry", {"why": self.error_notice or self.error,
                                                        "seconds": round(wait)}))
            return await self._start()

    @property
    def start_timeout(self) -> float:
        """Starting and listing get at least MIN_START_S (``npx -y`` may download the server
        first); the server's own timeout bounds each call."""
        return max(self.config.timeout, MIN_START_S)

    async def _start(self) -> ClientSession:
        self._set(ServerState.STARTING)
        self.tools = None
        self._stop = asyncio.Event()
        self._dead = asyncio.Event()
        ready: asyncio.Future[ClientSession] = asyncio.get_running_loop().create_future()
        self._runner = asyncio.create_task(self._run(ready), name=f"mcp-{self.name}")
        try:
            async with asyncio.timeout(self.start_timeout):
                return await asyncio.shield(ready)
        except TimeoutError:
            error: str | Notice = Notice("tool_no_start_in", {"name": self.name,
                                                              "seconds": self.start_timeout})
        except ServerError as exc:
            error = exc.notice or str(exc)
        except asyncio.CancelledError:
            await self._end_runner()
            if self.state is ServerState.STARTING:
                self._set(ServerState.STOPPED)
            raise
        await self._end_runner()
        self._failed(error)
        raise ServerError(error)

    def _failed(self, error: str | Notice) -> None:
        self._failures += 1
        self._retry_at = time.monotonic() + backoff(self._failures)
        self._set(ServerState.ERROR, error)

    def succeeded(self) -> None:
        self._failures = 0

    async def _run(self, ready: asyncio.Future[ClientSession]) -> None:
        error = ""
        self.info = ProcessInfo()
        try:
            async with contextlib.AsyncExitStack() as stack:
                read, write = await self._open(stack)
                session = await stack.enter_async_context(CancellingSession(
                    read, write, message_handler=self._on_message,
                    client_info=types.Implementation(name="ava-desktop", version=__version__)))
                result = await session.initialize()
                info = result.serverInfo
                self._note(f"[ava] connected to {info.name} {info.version}".rstrip())
                self._session = session
                self._set(ServerState.READY)
                if not ready.done():
                    ready.set_result(session)
                waits = [asyncio.ensure_future(e.wait()) for e in (self._stop, self._dead)]
                try:
                    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for w in waits:
                        w.cancel()
                self._session = None
        except CommandNotFound as exc:
            error = str(exc)
        except asyncio.CancelledError:
            error = ""
            if not self._stop.is_set():
                raise
        except BaseException as exc:  # anyio groups, McpError, OSError, httpx errors
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            error = describe(exc)
        finally:
            self._session = None
        stopping = self._stop.is_set()
        if not ready.done():
            ready.set_exception(ServerError(self._crash_text("tool_could_not_start", error)))
            return
        if stopping:
            self._set(ServerState.STOPPED)
        else:
            self._failed(self._crash_text("tool_stopped", error))

    def _crash_text(self, kind: str, error: str) -> Notice:
        """``kind``'s sentence, with what the process said (English, technical) after it."""
        self._detail = self._crash_detail(error)
        detail = self._detail.removeprefix(": ").removeprefix("; ").strip()
        return Notice(kind, {"name": self.name}, detail or None)

    def _crash_detail(self, error: str) -> str:
        parts = []
        if error and error != "Connection closed":
            parts.append(f": {error}")
        rc = self.info.returncode
        if rc is not None:
            parts.append(f" (exit status {rc})" if rc >= 0 else f" (killed by signal {-rc})")
        if self.info.broken:
            parts.append(f"; {self.info.broken}")
        last = next((line for line in reversed(self.log) if " [ava] " not in line), "")
        if last and not error:
            parts.append(f"; it said: {last.split(' ', 1)[-1][:300]}")
        return "".join(parts)

    async def _open(self, stack: contextlib.AsyncExitStack) -> tuple[Any, Any]:
        cfg = self.config
        if cfg.transport == "stdio":
            path = search_path()
            executable = resolve_command(cfg.command, path)
            env = server_environment(cfg.env, path)
            self._note(f"[ava] starting {cfg.command} {' '.join(cfg.args)}".rstrip())
            if sys.platform == "win32":
                from mcp.client.stdio import StdioServerParameters, stdio_client

                params = StdioServerParameters(command=executable, args=list(cfg.args), env=env)
                return await stack.enter_async_context(stdio_client(params))
            transport = stdio_transport(command_line(executable, cfg.args), env,
                                        self._on_stderr, self.info)
            read, write = await stack.enter_async_context(transport)
            return WatchedStream(read, self._dead), write
        import httpx

        loopback = _is_loopback(cfg.url)
        client = httpx.AsyncClient(
            headers=dict(cfg.headers), trust_env=not loopback, auth=self.auth,
            timeout=httpx.Timeout(30.0, read=max(300.0, cfg.timeout)))
        await stack.enter_async_context(client)
        self._note(f"[ava] connecting to {cfg.url}")
        if cfg.transport == "sse":
            from mcp.client.sse import sse_client

            return await stack.enter_async_context(sse_client(
                cfg.url, headers=dict(cfg.headers), timeout=30.0,
                sse_read_timeout=max(300.0, cfg.timeout)))
        from mcp.client.streamable_http import streamable_http_client

        read, write, _ = await stack.enter_async_context(
            streamable_http_client(cfg.url, http_client=client))
        return WatchedStream(read, self._dead), write

    def _on_stderr(self, line: str) -> None:
        if line:
            self._note(line)

    async def _on_message(self, message: Any) -> None:
        if isinstance(message, types.ServerNotification) and isinstance(
                message.root, types.ToolListChangedNotification):
            self.tools = None  # listed again on next use
        elif isinstance(message, Exception):
            self._note(f"[ava] {describe(message)}")

    async def stop(self) -> None:
        """End the session and the process (bounded); the state becomes ``stopped``."""
        async with self._lock:
            await self._end_runner()
            self._failures, self._retry_at = 0, 0.0
            if self.state is not ServerState.STOPPED:
                self._set(ServerState.STOPPED)

    async def _end_runner(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None or runner.done():
            return
        self._stop.set()
        done: set[asyncio.Task[None]] = set()
        if self._session is not None:  # connected: let it leave its contexts by itself
            done, _ = await asyncio.wait({runner}, timeout=8.0)  # the transport waits ~6 s
        if not done:
            runner.cancel()
            await asyncio.wait({runner}, timeout=2.0)

    async def wait_ended(self, timeout: float) -> None:
        """After a request saw the connection close: let the runner record why."""
        runner = self._runner
        if runner is not None and not runner.done():
            await asyncio.wait({runner}, timeout=timeout)

    # ---------------------------------------------------------------- requests

    async def list_tools(self) -> list[types.Tool]:
        session = await self.session()
        if self.tools is not None:
            return self.tools
        tools: list[types.Tool] = []
        cursor: str | None = None
        try:
            async with asyncio.timeout(self.start_timeout):
                for _ in range(50):
                    params = types.PaginatedRequestParams(cursor=cursor) if cursor else None
                    page = await session.list_tools(params=params)
                    tools += page.tools
                    cursor = page.nextCursor
                    if not cursor or len(tools) >= MAX_TOOLS:
                        break
        except TimeoutError:
            raise ServerError(Notice("tool_no_list_in", {"name": self.name,
                                                         "seconds": self.start_timeout})
                              ) from None
        except (McpError, *CLOSED) as exc:
            raise await self._request_error("listing its tools", exc, listing=True) from None
        self.tools = tools[:MAX_TOOLS]
        self.succeeded()
        self._on_change(self)
        return self.tools

    async def call_tool(self, tool: str, arguments: dict[str, Any]) -> types.CallToolResult:
        session = await self.session()
        timeout = self.config.timeout
        try:
            async with asyncio.timeout(timeout):
                result = await session.call_tool(tool, arguments,
                                                 read_timeout_seconds=timedelta(seconds=timeout))
        except TimeoutError:
            raise ServerError(f"{tool} on {self.name} did not finish within {timeout:g} s "
                              "(set \"timeout\" for this server in mcp.json to allow more)"
                              ) from None
        except (McpError, *CLOSED) as exc:
            raise await self._request_error(f"running {tool}", exc) from None
        except (ValueError, RuntimeError) as exc:  # a result the SDK rejected (its schema)
            raise ServerError(f"{self.name} returned an invalid result for {tool}: "
                              f"{describe(exc)}") from None
        self.succeeded()
        return result

    async def _request_error(self, doing: str, exc: Exception, listing: bool = False
                             ) -> ServerError:
        closed = not isinstance(exc, McpError) or exc.error.code == types.CONNECTION_CLOSED
        if closed or self._dead.is_set():
            await self.wait_ended(3.0)
            why = self._detail if self.state is ServerState.ERROR else ""
            if listing:
                detail = why.removeprefix(": ").removeprefix("; ").strip()
                return ServerError(Notice("tool_stopped_listing", {"name": self.name},
                                          detail or None))
            return ServerError(f"{self.name} stopped while {doing}{why}")
        if listing:
            return ServerError(Notice("tool_failed_listing", {"name": self.name},
                                      describe(exc)))
        return ServerError(f"{self.name} failed {doing}: {describe(exc)}")


def _is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


__all__ = ["Connection", "ServerError", "ServerState", "backoff", "describe"]
