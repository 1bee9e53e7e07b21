"""One dedicated asyncio thread for every MCP session, and the bridge to the app's loop.

Why not the app's qasync loop: the SDK runs on anyio, whose cancel scopes and subprocess
handling are tested on stock asyncio loops, while qasync's loops are Qt-driven subclasses
(a Qt selector on POSIX, ``QIOCPEventLoop`` on Windows) that nobody tests anyio against; a
server flooding its stdout, or the SDK's pydantic validation of a large result, would run on
the UI thread; and a stock loop in a thread behaves the same in the app, in tests and in
scripts. The app awaits results through ``run`` without blocking; cancelling the awaiting
task cancels the coroutine on the MCP thread (``run_coroutine_threadsafe`` chains
cancellation both ways). Measured (tests/benchmarks/mcp_loop_lag.py): the app loop's p99
lag stays ~10-16 ms on 2 loaded cores while 1 MB results arrive.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """An asyncio loop running forever in a daemon thread, started on first use."""

    def __init__(self, name: str = "ava-mcp") -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                self._start()
            assert self._loop is not None
            return self._loop

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def in_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def _start(self) -> None:
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            try:
                loop.run_forever()
            finally:
                with contextlib.suppress(RuntimeError):
                    loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        ready.wait(5)

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Schedule ``coro`` on the MCP thread from any thread."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await ``coro`` run on the MCP thread, from another loop (the app's)."""
        if self.in_thread():
            return await coro
        return await asyncio.wrap_future(self.submit(coro))

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the loop and join the thread (tasks still running are abandoned)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.stop)
        if thread is not threading.current_thread():
            thread.join(timeout)


__all__ = ["LoopThread"]
