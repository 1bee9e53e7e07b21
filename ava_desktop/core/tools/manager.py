"""The app's entry to MCP: every configured server, their tools under one namespace, calls.

Called from the app's loop (qasync); the work happens on the MCP thread (``bridge.py``), so
the window never waits on a server. A server that fails never hides another's tools:
``list_tools`` answers with every tool it could get and one error line per server that failed.
State changes are reported through ``on_change`` on the loop that created the manager.

Tool names on the wire are always ``server__tool`` (characters OpenAI rejects become ``_``,
at most 64): stable whichever other servers are on, so a conversation's earlier calls still
resolve, and two servers may both have a ``search`` tool.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import hashlib
import json
import re
import weakref
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ava_desktop.core.conversation.parts import ToolResultPart, ToolSpec
from ava_desktop.core.notice import Notice

from .bridge import LoopThread
from .config import McpConfig
from .content import error_part
from .oauth import KeychainTokenStorage, SignIn, forget_tokens, oauth_provider
from .states import ServerError, ServerState

if TYPE_CHECKING:  # the SDK is imported when a server is first used (see states.py)
    import mcp.types as types

    from ava_desktop.core.secrets import KeyStore

    from .connection import Connection

MAX_DESCRIPTION = 4000
MAX_SCHEMA_CHARS = 100_000
_WIRE_BAD = re.compile(r"[^A-Za-z0-9_-]")
_live: weakref.WeakSet[McpManager] = weakref.WeakSet()


def wire_name(server: str, tool: str) -> str:
    """``server__tool`` as OpenAI accepts a function name (``^[A-Za-z0-9_-]{1,64}$``)."""
    name = f"{_WIRE_BAD.sub('_', server)}__{_WIRE_BAD.sub('_', tool)}"
    if len(name) > 64:
        digest = hashlib.sha1(f"{server}\0{tool}".encode()).hexdigest()[:8]
        name = f"{name[:55]}_{digest}"
    return name


@dataclass(frozen=True, slots=True)
class McpTool:
    """One tool of one server, as offered to the model under ``wire_name``."""

    server: str
    name: str
    wire_name: str
    description: str = ""
    input_schema: Mapping[str, Any] = field(default_factory=lambda: {"type": "object"})
    title: str = ""
    read_only: bool = False

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(self.wire_name, self.description, self.input_schema)


@dataclass(frozen=True, slots=True)
class ToolListing:
    """Every tool that could be listed, and why each failing server has none."""

    tools: tuple[McpTool, ...] = ()
    errors: Mapping[str, str] = field(default_factory=dict)
    notices: Mapping[str, Notice] = field(default_factory=dict)  # ``errors`` typed, if so

    def reasons(self) -> dict[str, str | Notice]:
        """Per failing server, why: typed where it is, else the English line."""
        return {name: self.notices.get(name) or text for name, text in self.errors.items()}

    def specs(self, off: Collection[str] = ()) -> list[ToolSpec]:
        """What to send as ``tools``; ``off`` holds server names or wire names turned off."""
        return [t.spec for t in self.tools if t.server not in off and t.wire_name not in off]

    def by_wire_name(self) -> dict[str, McpTool]:
        return {t.wire_name: t for t in self.tools}


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """A snapshot for the Settings page (safe to read on the UI thread)."""

    name: str
    state: ServerState
    error: str = ""
    enabled: bool = True
    transport: str = "stdio"
    tools: tuple[str, ...] | None = None  # None: never listed since it (re)started
    pid: int | None = None
    sign_in: bool = False  # a remote server that waits for the user's "Sign in"
    error_notice: Notice | None = None  # ``error`` typed for the UI's tr()


class McpManager:
    """Owns the MCP thread and one ``Connection`` per configured server."""

    def __init__(self, config: McpConfig | None = None, *,
                 on_change: Callable[[ServerStatus], None] | None = None,
                 log_lines: int = 200, keys: KeyStore | None = None,
                 on_sign_in: Callable[[str], None] | None = None,
                 open_browser: Callable[[str], Any] | None = None) -> None:
        """``keys`` turns on OAuth for remote servers: ``on_sign_in(name)`` (on the app's
        loop) says a server waits for the user's "Sign in" (``sign_in``); only then does
        ``open_browser`` (the system browser) get the authorization URL."""
        self._bridge = LoopThread()
        self._keys = keys
        self._on_sign_in = on_sign_in
        self._open_browser = open_browser
        self._sign_ins: dict[str, SignIn] = {}
        self._config = config or McpConfig()
        self._log_lines = log_lines
        self._conns: dict[str, Connection] = {}
        self._tools: dict[str, McpTool] = {}
        self._on_change = on_change
        try:
            self._app_loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            self._app_loop = None
        self._closed = False
        _live.add(self)

    # ------------------------------------------------------------ config and state

    @property
    def config(self) -> McpConfig:
        return self._config

    async def set_config(self, config: McpConfig) -> None:
        """Apply an edited ``mcp.json``: servers removed, disabled or changed are stopped
        (a changed one starts again with its new settings when next used)."""
        old, self._config = self._config, config
        stale = [n for n, s in old.servers.items()
                 if n not in config.servers or config.servers[n] != s or not
                 config.servers[n].enabled]
        await self._run(self._stop_many(stale, forget=True))
        for name in stale:
            self._emit_name(name)

    def note_config(self, config: McpConfig) -> None:
        """Take a configuration whose servers run as before (only bookkeeping such as the
        permissions changed): nothing is stopped or restarted."""
        self._config = config

    def statuses(self) -> list[ServerStatus]:
        """Every configured server in file order."""
        return [self.status(name) for name in self._config.servers]

    def status(self, name: str) -> ServerStatus:
        cfg = self._config.servers[name]
        conn = self._conns.get(name)
        if conn is None or conn.config != cfg:
            state = ServerState.ERROR if cfg.problem else ServerState.STOPPED
            return ServerStatus(name, state, cfg.problem, cfg.enabled, cfg.transport)
        tools = tuple(t.name for t in conn.tools) if conn.tools is not None else None
        pid = conn.info.pid if conn.state is ServerState.READY else None
        return ServerStatus(name, conn.state, conn.error, cfg.enabled, cfg.transport, tools,
                            pid, self.needs_sign_in(name), conn.error_notice)

    def log(self, name: str) -> list[str]:
        """The server's last lines (its stderr and what Ava noted), oldest first."""
        conn = self._conns.get(name)
        return list(conn.log) if conn is not None else []

    def needs_sign_in(self, name: str) -> bool:
        """A call or listing of ``name`` waits for the user to sign in."""
        flow = self._sign_ins.get(name)
        return flow is not None and flow.waiting

    async def sign_in(self, name: str) -> ServerStatus:
        """The user clicked "Sign in": consent is given and the server starts again, so the
        browser opens with its login page (a call before that failed at once)."""
        flow = self._sign_ins.get(name)
        if flow is not None:
            flow.sign_in()
        return await self.restart(name)

    def sign_out(self, name: str) -> None:
        """Forget the server's tokens (the next use asks to sign in again)."""
        if self._keys is not None:
            forget_tokens(self._keys, name)
        self._emit_name(name)

    def tool(self, wire_name: str) -> McpTool | None:
        """A tool from the last listing, by the name the model used."""
        return self._tools.get(wire_name)

    # ------------------------------------------------------------ requests

    async def list_tools(self, servers: Collection[str] | None = None) -> ToolListing:
        """Start what is needed and list the tools of every enabled server (or of
        ``servers``), concurrently; a failing server only adds a line to ``errors``."""
        self._capture_loop()
        names = [n for n, s in self._config.servers.items()
                 if (s.enabled if servers is None else n in servers)]
        listing = await self._run(self._list(names))
        self._tools.update(listing.by_wire_name())
        return listing

    async def start(self, name: str) -> ServerStatus:
        """Start one server (and list its tools) now: the Settings page's Start/Test."""
        await self.list_tools([name])
        return self.status(name)

    async def call(self, tool: McpTool, call_id: str, arguments: dict[str, Any]
                   ) -> ToolResultPart:
        """Run one call; every failure (server down, timeout, crash) is an error result
        whose text tells the model and the user what happened. Cancelling the awaiting
        task cancels the call."""
        self._capture_loop()
        return await self._run(self._call(tool, call_id, arguments))

    async def restart(self, name: str) -> ServerStatus:
        """Stop and start again at once, whatever the backoff says."""
        await self._run(self._stop_many([name], forget=True))
        return await self.start(name)

    async def stop(self, name: str) -> None:
        await self._run(self._stop_many([name], forget=False))

    async def shutdown(self) -> None:
        """Stop every server and the MCP thread (bounded: about 10 s at worst)."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):
            await self._run(self._stop_many(list(self._conns), forget=True))
        self._close_thread()

    def close(self, timeout: float = 10.0) -> None:
        """``shutdown`` for code without a loop (atexit, tests)."""
        if self._closed:
            return
        if self._bridge.running:
            future = self._bridge.submit(self._stop_many(list(self._conns), forget=True))
            with contextlib.suppress(Exception):
                future.result(timeout)
        self._close_thread()

    def _close_thread(self) -> None:
        self._closed = True
        for flow in self._sign_ins.values():
            flow.close()
        self._bridge.stop()
        _live.discard(self)

    # ------------------------------------------------------------ on the MCP thread

    async def _run(self, coro: Any) -> Any:
        if self._closed:
            coro.close()
            raise RuntimeError("the MCP manager was shut down")
        return await self._bridge.run(coro)

    def _conn(self, name: str) -> Connection:
        from .connection import Connection  # the first use of a server imports the SDK

        cfg = self._config.servers[name]
        conn = self._conns.get(name)
        if conn is None or conn.config != cfg:
            conn = self._conns[name] = Connection(cfg, self._changed, self._log_lines,
                                                  self._auth(name, cfg))
        return conn

    def _auth(self, name: str, cfg: Any) -> Any:
        if self._keys is None or cfg.transport != "http":
            return None
        flow = self._sign_ins.get(name)  # kept across restarts: it holds the consent
        if flow is None:
            kwargs = {"open_browser": self._open_browser} if self._open_browser else {}
            port = KeychainTokenStorage(self._keys, name, cfg.url).stored_port()
            flow = self._sign_ins[name] = SignIn(name, self._sign_in_needed, port=port,
                                                 **kwargs)
        return oauth_provider(name, cfg.url, self._keys, flow)

    def _sign_in_needed(self, name: str) -> None:
        self._emit_name(name)
        loop, callback = self._app_loop, self._on_sign_in
        if callback is not None and loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(callback, name)

    async def _list(self, names: list[str]) -> ToolListing:
        conns = [self._conn(n) for n in names]
        results = await asyncio.gather(*(c.list_tools() for c in conns), return_exceptions=True)
        tools: list[McpTool] = []
        errors: dict[str, str] = {}
        notices: dict[str, Notice] = {}
        taken: set[str] = set()
        for conn, result in zip(conns, results, strict=True):
            if isinstance(result, BaseException):
                if isinstance(result, asyncio.CancelledError):
                    raise result
                errors[conn.name] = str(result) if isinstance(result, ServerError) else \
                    f"{conn.name}: {result}"
                if isinstance(result, ServerError) and result.notice is not None:
                    notices[conn.name] = result.notice
                continue
            for tool in result:
                item = _mcp_tool(conn, tool, taken)
                if item is not None:
                    tools.append(item)
        return ToolListing(tuple(tools), errors, notices)

    async def _call(self, tool: McpTool, call_id: str, arguments: dict[str, Any]
                    ) -> ToolResultPart:
        if tool.server not in self._config.servers:
            return error_part(call_id, tool.wire_name, f"The server {tool.server} is no "
                              "longer configured.")
        if not self._config.servers[tool.server].enabled:
            return error_part(call_id, tool.wire_name, f"The server {tool.server} is turned "
                              "off.")
        try:
            result = await self._conn(tool.server).call_tool(tool.name, arguments)
        except ServerError as exc:
            return error_part(call_id, tool.wire_name, str(exc))
        from .content import to_result_part

        return to_result_part(call_id, tool.wire_name, result)

    async def _stop_many(self, names: list[str], *, forget: bool) -> None:
        conns = [self._conns[n] for n in names if n in self._conns]
        await asyncio.gather(*(c.stop() for c in conns), return_exceptions=True)
        if forget:
            for conn in conns:
                if self._conns.get(conn.name) is conn:
                    del self._conns[conn.name]

    # ------------------------------------------------------------ change reports

    def _capture_loop(self) -> None:
        if self._app_loop is None:
            self._app_loop = asyncio.get_running_loop()

    def _changed(self, conn: Connection) -> None:
        self._emit_name(conn.name)

    def _emit_name(self, name: str) -> None:
        loop, callback = self._app_loop, self._on_change
        if callback is None or loop is None or loop.is_closed():
            return

        def emit() -> None:
            if name in self._config.servers:
                callback(self.status(name))

        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(emit)


def _mcp_tool(conn: Connection, tool: types.Tool, taken: set[str]) -> McpTool | None:
    schema = tool.inputSchema if isinstance(tool.inputSchema, dict) else {}
    if len(json.dumps(schema, default=str)) > MAX_SCHEMA_CHARS:
        conn.log.append(f"[ava] the tool {tool.name[:80]} was left out: its input schema is "
                        f"larger than {MAX_SCHEMA_CHARS:,} characters")
        return None
    schema = dict(schema) or {"type": "object"}
    schema.setdefault("type", "object")
    wire = wire_name(conn.name, tool.name)
    if wire in taken:  # two names that differ only in characters OpenAI rejects
        wire = f"{wire[:55]}_{hashlib.sha1(tool.name.encode()).hexdigest()[:8]}"
    taken.add(wire)
    notes = tool.annotations
    return McpTool(conn.name, tool.name, wire, (tool.description or "")[:MAX_DESCRIPTION],
                   schema, tool.title or (notes.title if notes and notes.title else "") or "",
                   bool(notes and notes.readOnlyHint))


@atexit.register
def _close_leftovers() -> None:
    """A normal exit without ``shutdown``: stop the servers now (a crash or SIGKILL is
    covered by the launcher and the stdin pipe, see ``stdio.py``)."""
    for manager in list(_live):
        manager.close(timeout=5.0)


__all__ = ["McpManager", "McpTool", "ServerStatus", "ToolListing", "wire_name"]
