"""Scripted local servers speaking Anthropic's, Gemini's and Azure OpenAI's real wire formats.

``NativeServer`` is an ``LLMServer`` (tests/servers.py: same thread, recording, ``Reply``
options such as ``chunk_size``, ``stall_after``, ``close_after``, ``delay``, ``status``,
``headers``, ``body``) with these routes:

    POST /v1/messages                                   Anthropic Messages (``anthropic``)
    GET  /v1/models                                     Anthropic models, ``after_id`` pages
    POST /v1beta/models/{model}:streamGenerateContent   Gemini SSE (``gemini``)
    GET  /v1beta/models                                 Gemini models, ``pageToken`` pages
    POST /openai/deployments/{name}/chat/completions    Azure OpenAI (OpenAI chunks)
    GET  /openai/models                                 Azure's resource model list

``server.anthropic(**reply)`` / ``gemini(...)`` / ``azure(...)`` queue one reply for that
route (FIFO; the default is a good answer); ``raw=`` lists the SSE events, built with
``anthropic_stream(...)`` / ``gemini_stream(...)`` below. Model lists come from
``anthropic_models`` / ``gemini_models`` in pages of ``page_size``; ``models_reply(route,
...)`` scripts a failure instead.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Iterable, Sequence
from typing import Any

from aiohttp import web

from tests.servers import LLMServer, Reply, build_events

ROUTES = ("anthropic", "gemini", "azure")


def sse(event: str | None, data: Any, newline: str = "\n") -> bytes:
    head = f"event: {event}{newline}" if event else ""
    return f"{head}data: {json.dumps(data)}{newline}{newline}".encode()


def anthropic_stream(text: Sequence[str] = ("Hel", "lo"), *, thinking: Sequence[str] = (),
                     signature: str = "sig-1", tools: Iterable[tuple[str, str, list[str]]] = (),
                     stop_reason: str | None = "end_turn", usage: tuple[int, int] = (12, 5),
                     ping: bool = True, stop: bool = True, error: dict | None = None
                     ) -> list[bytes]:
    """One Anthropic answer: optional thinking block, text block, tool_use blocks
    ``(id, name, json_fragments)``, message_delta, message_stop; an ``error`` event
    replaces everything after the text when given."""
    out = [sse("message_start", {"type": "message_start", "message": {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
        "content": [], "stop_reason": None,
        "usage": {"input_tokens": usage[0], "cache_read_input_tokens": 0,
                  "output_tokens": 1}}})]
    if ping:
        out.append(sse("ping", {"type": "ping"}))
    index = 0
    if thinking:
        out.append(sse("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": {"type": "thinking",
                                                                 "thinking": ""}}))
        for piece in thinking:
            out.append(sse("content_block_delta", {"type": "content_block_delta",
                                                   "index": index, "delta": {
                                                       "type": "thinking_delta",
                                                       "thinking": piece}}))
        out.append(sse("content_block_delta", {"type": "content_block_delta", "index": index,
                                               "delta": {"type": "signature_delta",
                                                         "signature": signature}}))
        out.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        index += 1
    if text:
        out.append(sse("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": {"type": "text", "text": ""}}))
        for piece in text:
            out.append(sse("content_block_delta", {"type": "content_block_delta",
                                                   "index": index,
                                                   "delta": {"type": "text_delta",
                                                             "text": piece}}))
        out.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        index += 1
    if error is not None:
        return [*out, sse("error", {"type": "error", "error": error})]
    for call_id, name, fragments in tools:
        out.append(sse("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": {"type": "tool_use",
                                                                 "id": call_id, "name": name,
                                                                 "input": {}}}))
        for piece in fragments:
            out.append(sse("content_block_delta", {"type": "content_block_delta",
                                                   "index": index,
                                                   "delta": {"type": "input_json_delta",
                                                             "partial_json": piece}}))
        out.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        index += 1
    if stop_reason is not None:
        out.append(sse("message_delta", {"type": "message_delta",
                                         "delta": {"stop_reason": stop_reason,
                                                   "stop_sequence": None},
                                         "usage": {"output_tokens": usage[1]}}))
    if stop:
        out.append(sse("message_stop", {"type": "message_stop"}))
    return out


def anthropic_error(type_: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": type_, "message": message}}


def gemini_chunk(parts: list[dict[str, Any]] | None = None, finish: str | None = None,
                 usage: tuple[int, int] | None = None, **extra: Any) -> dict[str, Any]:
    obj: dict[str, Any] = dict(extra)
    if parts is not None or finish is not None:
        cand: dict[str, Any] = {"content": {"role": "model", "parts": parts or []}, "index": 0}
        if finish:
            cand["finishReason"] = finish
        obj["candidates"] = [cand]
    if usage is not None:
        obj["usageMetadata"] = {"promptTokenCount": usage[0], "candidatesTokenCount": usage[1],
                                "totalTokenCount": usage[0] + usage[1]}
    obj.setdefault("modelVersion", "gemini-test")
    return obj


def gemini_stream(text: Sequence[str] = ("Hel", "lo"), *, thoughts: Sequence[str] = (),
                  calls: Iterable[tuple[str, dict[str, Any]]] = (),
                  finish: str | None = "STOP", usage: tuple[int, int] = (9, 4)
                  ) -> list[bytes]:
    """One Gemini answer as ``alt=sse`` sends it (CR LF line ends): thought parts, text
    parts, function calls ``(name, args)``, the finishReason with usageMetadata."""
    out = [sse(None, gemini_chunk([{"text": t, "thought": True}]), "\r\n") for t in thoughts]
    out += [sse(None, gemini_chunk([{"text": t}], usage=(usage[0], 1)), "\r\n") for t in text]
    for name, args in calls:
        out.append(sse(None, gemini_chunk([{"functionCall": {"name": name, "args": args},
                                            "thoughtSignature": "c2ln"}]), "\r\n"))
    if finish is not None:
        out.append(sse(None, gemini_chunk([], finish, usage), "\r\n"))
    return out


def google_error(code: int, status: str, message: str,
                 details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status,
                      "details": details or []}}


class NativeServer(LLMServer):
    """Anthropic, Gemini and Azure OpenAI routes on one scripted server (module doc)."""

    def __init__(self) -> None:
        super().__init__()
        self.page_size = 2
        self.anthropic_models: list[dict[str, Any]] = [
            {"type": "model", "id": f"claude-test-{i}", "display_name": f"Claude {i}"}
            for i in range(5)]
        self.gemini_models: list[dict[str, Any]] = [
            {"name": "models/gemini-test", "inputTokenLimit": 1048576, "outputTokenLimit": 65536,
             "supportedGenerationMethods": ["generateContent", "countTokens"]},
            {"name": "models/embedding-test", "inputTokenLimit": 2048,
             "supportedGenerationMethods": ["embedContent"]},
            {"name": "models/gemini-lite", "inputTokenLimit": 32768, "outputTokenLimit": 8192,
             "supportedGenerationMethods": ["generateContent"]}]
        self._queues: dict[str, collections.deque[Reply]] = {
            r: collections.deque() for r in (*ROUTES, *(f"{r}_models" for r in ROUTES))}

    @property
    def anthropic_url(self) -> str:
        return self.url + "/v1"

    @property
    def gemini_url(self) -> str:
        return self.url + "/v1beta"

    def azure_url(self, deployment: str = "gpt4o") -> str:
        return f"{self.url}/openai/deployments/{deployment}"

    def _queue(self, route: str, options: dict[str, Any]) -> Reply:
        r = Reply(**options)
        with self._lock:
            self._queues[route].append(r)
        return r

    def anthropic(self, **options: Any) -> Reply:
        if "body" not in options:
            options.setdefault("raw", anthropic_stream())
        return self._queue("anthropic", options)

    def gemini(self, **options: Any) -> Reply:
        if "body" not in options:
            options.setdefault("raw", gemini_stream())
        return self._queue("gemini", options)

    def azure(self, **options: Any) -> Reply:
        return self._queue("azure", options)

    def models_reply(self, route: str, **options: Any) -> Reply:  # type: ignore[override]
        return self._queue(f"{route}_models", options)

    async def _setup(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/messages", self._route("anthropic"))
        app.router.add_get("/v1/models", self._anthropic_models)
        app.router.add_post("/v1beta/models/{model}", self._route("gemini"))
        app.router.add_get("/v1beta/models", self._gemini_models)
        app.router.add_post("/openai/deployments/{name}/chat/completions", self._route("azure"))
        app.router.add_get("/openai/models", self._azure_models)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def _pop(self, route: str) -> Reply | None:
        with self._lock:
            queue = self._queues[route]
            return queue.popleft() if queue else None

    def _route(self, route: str) -> Any:
        defaults = {"anthropic": lambda: Reply(raw=anthropic_stream()),
                    "gemini": lambda: Reply(raw=gemini_stream()),
                    "azure": lambda: Reply(raw=build_events(Reply()))}

        async def handler(request: web.Request) -> web.StreamResponse:
            rec = await self._record(request)
            if route == "gemini" and not request.match_info["model"].endswith(
                    ":streamGenerateContent"):
                return web.json_response(google_error(404, "NOT_FOUND", "no such method"),
                                         status=404)
            return await self._serve(request, rec, self._pop(route) or defaults[route]())

        return handler

    async def _anthropic_models(self, request: web.Request) -> web.StreamResponse:
        rec = await self._record(request)
        r = self._pop("anthropic_models")
        if r is None:
            ids = [m["id"] for m in self.anthropic_models]
            after = request.query.get("after_id")
            start = ids.index(after) + 1 if after in ids else 0
            page = self.anthropic_models[start:start + self.page_size]
            r = Reply(body={"data": page, "has_more": start + self.page_size < len(ids),
                            "first_id": page[0]["id"] if page else None,
                            "last_id": page[-1]["id"] if page else None})
        return await self._serve(request, rec, r)

    async def _gemini_models(self, request: web.Request) -> web.StreamResponse:
        rec = await self._record(request)
        r = self._pop("gemini_models")
        if r is None:
            start = int(request.query.get("pageToken") or 0)
            page = self.gemini_models[start:start + self.page_size]
            body: dict[str, Any] = {"models": page}
            if start + self.page_size < len(self.gemini_models):
                body["nextPageToken"] = str(start + self.page_size)
            r = Reply(body=body)
        return await self._serve(request, rec, r)

    async def _azure_models(self, request: web.Request) -> web.StreamResponse:
        rec = await self._record(request)
        r = self._pop("azure_models") or Reply(body={"data": [{"id": "gpt-4o"}]})
        return await self._serve(request, rec, r)


__all__ = ["NativeServer", "anthropic_error", "anthropic_stream", "gemini_chunk",
           "gemini_stream", "google_error", "sse"]
