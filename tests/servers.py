"""Scripted local LLM servers for tests and benchmarks (never the internet).

``LLMServer`` runs ``aiohttp.web`` on 127.0.0.1 (a free port) in its **own thread with its
own asyncio loop**, so it behaves like a remote server whatever loop the code under test
uses (plain ``asyncio.run``, a qasync loop in a pytest-qt test, or none at all).

Usage::

    with LLMServer() as server:                 # or: server = LLMServer().start(); server.stop()
        server.reply(tokens=["Hel", "lo"])      # queue one scripted reply (FIFO)
        ...  # point a provider at server.base_url ("http://127.0.0.1:PORT/v1")
        server.requests[-1].json                # what the client sent
        server.wait_disconnect(2.0)             # True once a client dropped a stream early

The ``llm_server`` pytest fixture (tests/conftest.py) yields a started server.

Routes
    ``POST /v1/chat/completions`` and ``POST /api/chat`` (the CodeLinkAva endpoint) stream
    OpenAI-style SSE: a role-only first chunk (``{"role": "assistant", "content": ""}``),
    optional reasoning deltas, one chunk per token, a ``finish_reason`` chunk, an optional
    usage chunk with ``"choices": []``, then ``data: [DONE]``.
    ``GET /v1/models`` answers ``{"object": "list", "data": [{"id": ...}, ...]}`` with
    ``server.models`` (script failures with ``server.models_reply(...)``).

Scripting chat replies
    ``server.reply(**options)`` queues a ``Reply``; each chat request pops one, and once the
    queue is empty ``server.default`` (settable) is used. Options (see ``Reply``):
    ``tokens``, ``reasoning``, ``reasoning_field``, ``usage`` (a dict, or a function of the
    request's JSON), ``finish_reason``,
    ``no_finish``, ``no_done``, ``delay`` (seconds between events), ``rate`` (tokens/s;
    events due in the same ~1 ms are batched into one write, so 5,000+ tok/s works),
    ``newline`` ("\\n", "\\r\\n" or "\\r"), ``chunk_size`` (write the body in pieces of N bytes),
    ``raw`` (exact bytes, or a list of byte chunks written one by one), ``body`` (a whole
    non-streamed body: bytes / str / dict->JSON), ``status``, ``headers``, ``content_type``,
    ``stall_after=N`` (after N tokens go silent, connection open), ``close_after=N`` (after N
    tokens abort the TCP connection: a truncated stream), ``error_after=N`` (after N tokens
    send ``data: {"error": {...}}`` built from ``error``), ``head_delay`` (seconds before the
    status line), ``model``.
    Hostile helpers: ``reply_json_error``, ``reply_html_error``, ``reply_rate_limited``,
    ``reply_html_200``, ``reply_malformed``, ``stream_tokens(n, rate)``.

Recording
    ``server.requests``: list of ``RecordedRequest`` (method, path, query, headers, body,
    json, plus threading Events ``started`` (first byte of the stream sent),
    ``disconnected`` (client went away before the reply was complete) and ``finished``).
    ``wait_request(timeout, count=1)`` waits for requests; ``server.disconnected`` (bool),
    ``wait_disconnect(timeout)`` (blocking) and ``await await_disconnect(timeout)`` tell
    whether any streamed reply saw its client disconnect early.

``ForwardProxy`` is a tiny real HTTP forward proxy (absolute-form requests, plain HTTP
targets) that records the targets it relayed, for testing ``proxy=`` / ``HTTP_PROXY``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

DEFAULT_TOKENS = ("Hello", ",", " world", "!")
DEFAULT_MODELS = ("gpt-4o-mini", "llama-3.1-8b", "gpt-4o-mini", "deepseek-chat")


@dataclass
class Reply:
    """One scripted answer to a chat request (see the module docstring)."""

    tokens: list[str] = field(default_factory=lambda: list(DEFAULT_TOKENS))
    reasoning: list[str] = field(default_factory=list)
    reasoning_field: str = "reasoning_content"
    #: a dict, or a callable given the request's JSON that returns one (a server that
    #: counts the tokens of what it received)
    usage: dict[str, Any] | Callable[[Any], dict[str, Any]] | None = None
    finish_reason: str | None = "stop"
    no_finish: bool = False
    no_done: bool = False
    delay: float = 0.0
    rate: float | None = None
    newline: str = "\n"
    chunk_size: int | None = None
    raw: bytes | list[bytes] | None = None
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    stall_after: int | None = None
    close_after: int | None = None
    error_after: int | None = None
    error: dict[str, Any] = field(
        default_factory=lambda: {"message": "The server had an error", "type": "server_error"}
    )
    model: str = "test-model"
    head_delay: float = 0.0  # seconds before the status line is sent


@dataclass
class RecordedRequest:
    """What a client sent, plus events describing how the reply went."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any
    started: threading.Event = field(default_factory=threading.Event)
    disconnected: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)


def _sse_chunk(model: str, delta: dict[str, Any] | None, finish: str | None = None) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": model,
        "choices": [{"index": 0, "delta": delta or {}, "finish_reason": finish}],
    }


def build_events(reply: Reply) -> list[bytes]:
    """The SSE events (each a complete ``data: ...`` block) that ``reply`` streams."""
    nl = reply.newline
    ev: list[bytes] = []

    def add(obj: Any) -> None:
        text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
        ev.append(f"data: {text}{nl}{nl}".encode())

    add(_sse_chunk(reply.model, {"role": "assistant", "content": ""}))
    for r in reply.reasoning:
        add(_sse_chunk(reply.model, {reply.reasoning_field: r}))
    for t in reply.tokens:
        add(_sse_chunk(reply.model, {"content": t}))
    if not reply.no_finish:
        add(_sse_chunk(reply.model, {}, reply.finish_reason))
    if reply.usage is not None:
        add({**_sse_chunk(reply.model, None), "choices": [], "usage": reply.usage})
    if not reply.no_done:
        add("[DONE]")
    return ev


class _Disconnected(Exception):
    pass


class LLMServer:
    """A scripted OpenAI / CodeLinkAva SSE server in a background thread (see module doc)."""

    def __init__(self, *, models: list[str] | None = None) -> None:
        self.models: list[str] = list(models if models is not None else DEFAULT_MODELS)
        self.default = Reply()
        self.requests: list[RecordedRequest] = []
        self.port: int | None = None
        self._replies: collections.deque[Reply] = collections.deque()
        self._models_replies: collections.deque[Reply] = collections.deque()
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._any_disconnect = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopping = False

    # ----------------------------------------------------------------- lifecycle
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    @property
    def chat_url(self) -> str:
        """The CodeLinkAva-style endpoint (``/api/chat``)."""
        return self.url + "/api/chat"

    def start(self) -> LLMServer:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._setup())
            except BaseException as exc:  # reported to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._teardown())
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="LLMServer", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        if self._thread is None or self._loop is None:
            return
        self._stopping = True
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._thread = None

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _setup(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/api/chat", self._chat)
        app.router.add_get("/v1/models", self._models)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _teardown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # ----------------------------------------------------------------- scripting
    def reply(self, **options: Any) -> Reply:
        """Queue one scripted chat reply; returns it (mutable until it is served)."""
        r = Reply(**options)
        with self._lock:
            self._replies.append(r)
        return r

    def set_default(self, **options: Any) -> Reply:
        """Replace the reply used when the queue is empty."""
        self.default = Reply(**options)
        return self.default

    def models_reply(self, **options: Any) -> Reply:
        """Queue a scripted answer for ``GET /v1/models`` (status/body/headers/raw...)."""
        r = Reply(**options)
        with self._lock:
            self._models_replies.append(r)
        return r

    def stream_tokens(self, n: int, rate: float | None = None, token: str = "tok ",
                      **options: Any) -> Reply:
        """Queue a reply of ``n`` copies of ``token`` paced at ``rate`` tokens/s."""
        return self.reply(tokens=[token] * n, rate=rate, **options)

    def reply_json_error(self, status: int, message: str, *, type: str = "invalid_request_error",
                         code: str | None = None, headers: dict[str, str] | None = None) -> Reply:
        """An OpenAI-shaped JSON error body with ``status``."""
        err = {"error": {"message": message, "type": type, "param": None, "code": code}}
        return self.reply(status=status, body=err, headers=headers or {})

    def reply_html_error(self, status: int = 502, title: str = "502 Bad Gateway",
                         text: str = "The upstream server is unreachable.") -> Reply:
        """An HTML error page such as a reverse proxy (nginx, Cloudflare) produces."""
        html = (f"<html><head><title>{title}</title><style>body{{color:red}}</style></head>"
                f"<body><center><h1>{title}</h1></center><p>{text}</p>"
                "<script>var x = 1;</script><hr><center>nginx</center></body></html>")
        return self.reply(status=status, body=html, content_type="text/html")

    def reply_rate_limited(self, retry_after: str | None = "2",
                           message: str = "Rate limit reached for requests") -> Reply:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return self.reply_json_error(429, message, type="rate_limit_exceeded",
                                     code="rate_limit_exceeded", headers=headers)

    def reply_html_200(self, title: str = "Sign in") -> Reply:
        """A 200 that is a web page, not an event stream (captive portal, wrong base URL)."""
        return self.reply(body=f"<html><head><title>{title}</title></head><body>Hi</body></html>",
                          content_type="text/html")

    def reply_malformed(self, after: int = 1, line: bytes = b"data: {not json\n\n") -> Reply:
        """``after`` good tokens, then a malformed data line (and then more tokens)."""
        good = build_events(Reply(tokens=["ok"] * after, no_finish=True, no_done=True))
        rest = build_events(Reply(tokens=["never"]))[1:]
        return self.reply(raw=[*good, line, *rest])

    # ----------------------------------------------------------------- recording
    @property
    def last_request(self) -> RecordedRequest:
        return self.requests[-1]

    def wait_request(self, timeout: float = 5.0, count: int = 1) -> RecordedRequest | None:
        """Wait until at least ``count`` requests arrived; return the latest (or None)."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.requests) >= count, timeout)
            return self.requests[-1] if len(self.requests) >= count else None

    @property
    def disconnected(self) -> bool:
        """True once a client closed a reply before it was complete (for ``waitUntil``)."""
        return self._any_disconnect.is_set()

    def wait_disconnect(self, timeout: float = 5.0) -> bool:
        """Block until a client closed a reply early; True if it happened in time.

        This blocks the calling thread: a client whose loop runs on this thread cannot
        finish closing its socket meanwhile. From a coroutine use ``await_disconnect``;
        in a pytest-qt test use ``qtbot.waitUntil(lambda: server.disconnected)``.
        """
        return self._any_disconnect.wait(timeout)

    async def await_disconnect(self, timeout: float = 5.0) -> bool:
        """Like ``wait_disconnect`` but lets the caller's event loop run meanwhile."""
        deadline = time.monotonic() + timeout
        while not self._any_disconnect.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        return self._any_disconnect.is_set()

    def clear(self) -> None:
        """Forget recorded requests, queued replies and disconnects."""
        with self._lock:
            self.requests.clear()
            self._replies.clear()
            self._models_replies.clear()
            self._any_disconnect.clear()

    # ----------------------------------------------------------------- handlers
    async def _record(self, request: web.Request) -> RecordedRequest:
        body = await request.read()
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        rec = RecordedRequest(request.method, request.path, dict(request.query),
                              dict(request.headers), body, parsed)
        with self._cond:
            self.requests.append(rec)
            self._cond.notify_all()
        return rec

    async def _models(self, request: web.Request) -> web.StreamResponse:
        rec = await self._record(request)
        with self._lock:
            r = self._models_replies.popleft() if self._models_replies else None
        if r is None:
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"}
                    for m in self.models]
            r = Reply(body={"object": "list", "data": data})
        return await self._serve(request, rec, r)

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        rec = await self._record(request)
        with self._lock:
            r = self._replies.popleft() if self._replies else self.default
        if callable(r.usage):
            r = dataclasses.replace(r, usage=r.usage(rec.json))
        return await self._serve(request, rec, r)

    async def _serve(self, request: web.Request, rec: RecordedRequest,
                     r: Reply) -> web.StreamResponse:
        try:
            if r.head_delay:
                await asyncio.sleep(r.head_delay)
            if r.body is not None and r.raw is None:
                return self._whole(rec, r)
            return await self._stream(request, rec, r)
        except (_Disconnected, ConnectionResetError, asyncio.CancelledError):
            rec.disconnected.set()
            self._any_disconnect.set()
            raise
        finally:
            rec.finished.set()

    def _whole(self, rec: RecordedRequest, r: Reply) -> web.Response:
        body = r.body
        ctype = r.content_type
        if isinstance(body, dict | list):
            body = json.dumps(body).encode()
            ctype = ctype or "application/json"
        elif isinstance(body, str):
            body = body.encode()
        rec.started.set()
        return web.Response(status=r.status, body=body, headers=r.headers,
                            content_type=None if "Content-Type" in r.headers else
                            (ctype or "text/plain"))

    async def _stream(self, request: web.Request, rec: RecordedRequest,
                      r: Reply) -> web.StreamResponse:
        resp = web.StreamResponse(status=r.status, headers=r.headers)
        if "Content-Type" not in r.headers:
            resp.content_type = r.content_type or "text/event-stream"
        resp.headers.setdefault("Cache-Control", "no-cache")
        await resp.prepare(request)
        rec.started.set()
        transport = request.transport

        async def write(data: bytes) -> None:
            if transport is None or transport.is_closing():
                raise _Disconnected
            await resp.write(data)

        if r.raw is not None:
            pieces = [r.raw] if isinstance(r.raw, bytes) else list(r.raw)
            if r.chunk_size:
                joined = b"".join(pieces)
                pieces = [joined[i:i + r.chunk_size] for i in range(0, len(joined), r.chunk_size)]
            for i, piece in enumerate(pieces):
                if r.close_after is not None and i >= r.close_after:
                    return self._abort(request, resp)
                if r.stall_after is not None and i >= r.stall_after:
                    await self._stall(transport)
                await write(piece)
                if r.delay:
                    await asyncio.sleep(r.delay)
            await resp.write_eof()
            return resp

        events = build_events(r)
        # index in `events` of the first event after the N-th token
        head = 1 + len(r.reasoning)

        def cut(n: int | None) -> int | None:
            return None if n is None else head + n

        stall_at, close_at, error_at = cut(r.stall_after), cut(r.close_after), cut(r.error_after)
        if error_at is not None:
            err = json.dumps({"error": r.error}).encode()
            events = [*events[:error_at], b"data: " + err + (r.newline * 2).encode()]
        if r.chunk_size:
            await self._write_chunked(write, events, r, stall_at, close_at, transport, request,
                                      resp)
        elif r.rate:
            await self._write_paced(write, events, r.rate, stall_at, close_at, transport)
        else:
            for i, ev in enumerate(events):
                if i == close_at:
                    return self._abort(request, resp)
                if i == stall_at:
                    await self._stall(transport)
                await write(ev)
                if r.delay:
                    await asyncio.sleep(r.delay)
        if close_at is not None and close_at <= len(events):
            return self._abort(request, resp)
        await resp.write_eof()
        return resp

    async def _write_chunked(self, write: Callable, events: list[bytes], r: Reply,
                             stall_at: int | None, close_at: int | None, transport: Any,
                             request: web.Request, resp: web.StreamResponse) -> None:
        end = len(events)
        for limit in (stall_at, close_at):
            if limit is not None:
                end = min(end, limit)
        body = b"".join(events[:end])
        size = r.chunk_size or 1
        for i in range(0, len(body), size):
            await write(body[i:i + size])
            if r.delay:
                await asyncio.sleep(r.delay)
        if stall_at is not None and stall_at <= len(events):
            await self._stall(transport)
        if close_at is None:
            for ev in events[end:]:
                await write(ev)

    async def _write_paced(self, write: Callable, events: list[bytes], rate: float,
                           stall_at: int | None, close_at: int | None, transport: Any) -> None:
        """Send events on an absolute schedule; batch all events due in the same tick."""
        interval = 1.0 / rate
        start = time.perf_counter()
        i, n = 0, len(events)
        limit = n if close_at is None else min(n, close_at)
        while i < limit:
            if i == stall_at:
                await self._stall(transport)
            due = int((time.perf_counter() - start) / interval) + 1
            stop = min(max(due, i + 1), limit)
            if stall_at is not None and i < stall_at < stop:
                stop = stall_at
            await write(b"".join(events[i:stop]))
            i = stop
            if i < limit:
                wait = start + i * interval - time.perf_counter()
                await asyncio.sleep(max(wait, 0.001 if interval < 0.001 else 0))

    async def _stall(self, transport: Any) -> None:
        """Go silent with the connection open until the client leaves or the server stops."""
        while not self._stopping:
            if transport is None or transport.is_closing():
                raise _Disconnected
            await asyncio.sleep(0.01)
        raise _Disconnected

    @staticmethod
    def _abort(request: web.Request, resp: web.StreamResponse) -> web.StreamResponse:
        """Drop the TCP connection mid-body: the client sees a truncated stream."""
        if request.transport is not None:
            request.transport.abort()
        return resp


# --------------------------------------------------------------------------- proxy
class ForwardProxy:
    """A minimal real HTTP forward proxy in its own thread (plain-HTTP targets only).

    It reads one request head in absolute form (``POST http://host:port/path HTTP/1.1``),
    records ``(method, absolute_url)`` in ``.seen``, rewrites it to origin form with
    ``Connection: close`` and relays bytes both ways until either side closes.
    """

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ForwardProxy:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop

            async def setup() -> None:
                self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
                self.port = self._server.sockets[0].getsockname()[1]

            loop.run_until_complete(setup())
            ready.set()
            try:
                loop.run_forever()
            finally:
                assert self._server is not None
                self._server.close()
                for t in list(self._tasks):
                    t.cancel()
                loop.run_until_complete(self._server.wait_closed())
                if self._tasks:
                    loop.run_until_complete(asyncio.gather(*self._tasks, return_exceptions=True))
                loop.close()

        self._thread = threading.Thread(target=run, name="ForwardProxy", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> ForwardProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        up_writer = None
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ", 2)
            self.seen.append((method, target))
            parts = urlsplit(target)
            path = parts.path + ("?" + parts.query if parts.query else "")
            headers = [h for h in lines[1:] if h and not h.lower().startswith(
                ("connection:", "proxy-connection:", "keep-alive:"))]
            new_head = "\r\n".join([f"{method} {path or '/'} {version}", *headers,
                                    "Connection: close", "", ""]).encode("latin-1")
            up_reader, up_writer = await asyncio.open_connection(parts.hostname,
                                                                 parts.port or 80)
            up_writer.write(new_head)

            async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
                with contextlib.suppress(ConnectionError):
                    while data := await src.read(65536):
                        dst.write(data)
                        await dst.drain()
                with contextlib.suppress(Exception):
                    dst.close()

            await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        except (asyncio.IncompleteReadError, ConnectionError, ValueError,
                asyncio.CancelledError):
            pass  # a proxy connection ends quietly, also when the proxy stops
        finally:
            for w in (writer, up_writer):
                if w is not None:
                    w.close()
                    with contextlib.suppress(Exception):
                        await w.wait_closed()
            self._tasks.discard(task)


__all__ = ["DEFAULT_MODELS", "DEFAULT_TOKENS", "ForwardProxy", "LLMServer", "RecordedRequest",
           "Reply", "build_events"]
