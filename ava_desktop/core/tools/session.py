"""The MCP SDK's client session, made to behave: a request given up is cancelled on the
server too, and the read stream tells when the server's output has ended."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta
from typing import Any

import anyio
import mcp.types as types
from mcp import ClientSession
from mcp.shared.exceptions import McpError

# what a stream raises once the server is gone
CLOSED = (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream)


class CancellingSession(ClientSession):
    """A ``ClientSession`` that tells the server when a request is given up.

    The SDK 1.x neither cancels on the server a request whose caller was cancelled or timed
    out nor exposes its id; ``send_request`` takes the id ``_request_id`` synchronously
    before its first await, so reading it just before the call is exact. On cancellation
    (Esc, our timeout) or the SDK's read timeout, ``notifications/cancelled`` goes out with
    that id, shielded and bounded, so the server stops the work and the session stays
    usable for the next call.
    """

    async def send_request(self, request: Any, result_type: Any,
                           request_read_timeout_seconds: timedelta | None = None,
                           metadata: Any = None, progress_callback: Any = None) -> Any:
        request_id = self._request_id
        try:
            return await super().send_request(
                request, result_type, request_read_timeout_seconds, metadata,
                progress_callback)
        except asyncio.CancelledError:
            await self._cancel(request, request_id, "cancelled by the user")
            raise
        except McpError as exc:
            if exc.error.code == 408:  # the SDK's read timeout (httpx.codes.REQUEST_TIMEOUT)
                await self._cancel(request, request_id, "timed out")
            raise

    async def _cancel(self, request: Any, request_id: int, reason: str) -> None:
        if isinstance(request.root, types.InitializeRequest):  # the spec forbids it
            return
        note = types.ClientNotification(types.CancelledNotification(
            params=types.CancelledNotificationParams(requestId=request_id, reason=reason)))
        with anyio.move_on_after(2.0, shield=True), contextlib.suppress(*CLOSED, OSError):
            await self.send_notification(note)


class WatchedStream:
    """The session's read stream; sets ``dead`` when the server's output ends."""

    def __init__(self, stream: Any, dead: asyncio.Event) -> None:
        self._stream, self._dead = stream, dead

    def __aiter__(self) -> WatchedStream:
        return self

    async def __anext__(self) -> Any:
        try:
            return await self._stream.__anext__()
        except StopAsyncIteration:
            self._dead.set()
            raise

    async def receive(self) -> Any:
        return await self._stream.receive()

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def __aenter__(self) -> WatchedStream:
        await self._stream.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._dead.set()
        await self._stream.__aexit__(*exc)


__all__ = ["CLOSED", "CancellingSession", "WatchedStream"]
