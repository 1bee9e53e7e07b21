"""The tool-call loop's building blocks against a real MCP server and a real model server."""

from __future__ import annotations

import asyncio
import os
import statistics
import time

import pytest

from ava_desktop.core.providers.events import ToolCall
from ava_desktop.core.providers.openai_wire import to_openai_messages
from ava_desktop.core.tools import (
    MAX_TOOL_STEPS,
    AlwaysAllowed,
    Approval,
    McpManager,
    ToolCallRunner,
    tool_messages,
)
from ava_desktop.providers import OpenAICompatible
from tests.core.providers.test_tool_calls import tool_call_stream

from .test_manager import config, run, stdio

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process handling")


class User:
    """Answers the approval bar from a script and remembers what it was shown."""

    def __init__(self, *answers: Approval) -> None:
        self.answers = list(answers)
        self.asked = []

    async def __call__(self, request):
        self.asked.append(request)
        return self.answers.pop(0)


def test_approve_deny_always_invalid_and_unknown_calls():
    async def main():
        manager = McpManager(config(stdio()))
        saved = []
        always = AlwaysAllowed(on_change=lambda a: saved.append(a.to_list()))
        user = User(Approval.ALLOW_ONCE, Approval.DENY, Approval.ALWAYS)
        updates = []
        try:
            listing = await manager.list_tools()
            runner = ToolCallRunner(manager, user, always, updates.append,
                                    offered=[s.name for s in listing.specs()])
            calls = [ToolCall(0, "a", "demo__add", '{"a": 1, "b": 2}'),
                     ToolCall(1, "b", "demo__echo", '{"text": "no"}'),
                     ToolCall(2, "c", "demo__echo", '{"text": "yes"}'),
                     ToolCall(3, "d", "demo__echo", '{"text": "again"}'),  # always: no bar
                     ToolCall(4, "e", "demo__add", '{"a": 1,'),
                     ToolCall(5, "f", "made_up", "{}")]
            results = await runner.run(calls)
            status = [p.status for p, _ in results]
            assert status == ["done", "denied", "done", "done", "error", "error"]
            texts = [r.content for _, r in results]
            assert texts[0] == "3" and texts[2] == "yes" and texts[3] == "again"
            assert texts[1] == "The user declined to run this tool."
            assert "not valid JSON" in texts[4] and "no tool named 'made_up'" in texts[5]
            assert [r.call_id for _, r in results] == list("abcdef")
            assert len(user.asked) == 3  # not for the always-allowed, invalid or unknown
            assert user.asked[0].tool.server == "demo" and user.asked[0].tool.name == "add"
            assert user.asked[0].arguments_text == '{\n  "a": 1,\n  "b": 2\n}'
            assert saved == [[["demo", "echo"]]] and always.allows("demo", "echo")
            assert [u.call.status for u in updates if u.call.call_id == "a"] == [
                "waiting", "running", "done"]
            assert next(u for u in updates if u.result and u.call.call_id == "a").duration > 0
            # The next request carries the calls and the results in the OpenAI shape.
            wire = to_openai_messages(tool_messages("Checking.", results))
            assert wire[0]["tool_calls"][0]["function"]["name"] == "demo__add"
            assert [m["tool_call_id"] for m in wire[1:]] == list("abcdef")
            always.revoke("demo")
            assert not always.allows("demo", "echo") and MAX_TOOL_STEPS == 10
        finally:
            await manager.shutdown()
    run(main())


def test_cancelling_stops_the_running_call_and_closes_every_call():
    async def main():
        manager = McpManager(config(stdio()))
        try:
            await manager.list_tools()
            runner = ToolCallRunner(manager, User(Approval.ALLOW_ONCE, Approval.ALLOW_ONCE))
            task = asyncio.ensure_future(runner.run([
                ToolCall(0, "s", "demo__sleep", '{"seconds": 30}'),
                ToolCall(1, "t", "demo__echo", '{"text": "later"}')]))
            await asyncio.sleep(0.5)
            started = time.monotonic()
            task.cancel()  # Esc
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - started < 1
            assert [(p.status, r.content) for p, r in runner.results] == [
                ("error", "The call was cancelled by the user.")] * 2
            # The server is still fine for the next answer.
            echo = await manager.call(manager.tool("demo__echo"), "x", {"text": "ok"})
            assert echo.content == "ok"
        finally:
            await manager.shutdown()
    run(main())


def test_model_stream_to_tool_results(llm_server):
    """The whole chain once: streamed tool_calls -> runner -> results for the next request."""
    async def main():
        manager = McpManager(config(stdio("weather")))
        try:
            listing = await manager.list_tools()
            llm_server.reply(raw=tool_call_stream(name="weather__echo", key="text"))
            events = [e async for e in OpenAICompatible.stream_events(
                "m", [{"role": "user", "content": "hi"}], base_url=llm_server.base_url,
                tools=listing.specs())]
            calls = [e for e in events if isinstance(e, ToolCall)]
            runner = ToolCallRunner(manager, User(Approval.ALWAYS))
            results = await runner.run(calls)
            assert [r.content for _, r in results][:2] == ["Paris", "Oslo"]
            assert results[2][1].is_error and "not valid JSON" in results[2][1].content
            sent = llm_server.last_request.json["tools"]
            assert {t["function"]["name"] for t in sent} >= {"weather__echo"}
        finally:
            await manager.shutdown()
    run(main())


def test_the_app_loop_stays_fluid_while_mcp_works():
    """Loop lag on the caller's loop while a server starts, lists and runs calls (one
    returns 1 MB of text): the work is on the MCP thread, so ticks stay on time."""
    async def main():
        lags: list[float] = []
        stop = asyncio.Event()

        async def ticker():
            loop = asyncio.get_running_loop()
            while not stop.is_set():
                before = loop.time()
                await asyncio.sleep(0.005)
                lags.append(loop.time() - before - 0.005)

        tick = asyncio.ensure_future(ticker())
        manager = McpManager(config(stdio()))
        try:
            await manager.list_tools()
            for _ in range(3):
                await manager.call(manager.tool("demo__big"), "b", {"chars": 1_000_000})
                await manager.call(manager.tool("demo__image"), "i", {})
        finally:
            stop.set()
            await tick
            await manager.shutdown()
        lags.sort()
        p99 = lags[int(len(lags) * 0.99)]
        print(f"\nloop lag over {len(lags)} ticks: median "
              f"{statistics.median(lags) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
              f"max {lags[-1] * 1000:.1f} ms")
        assert p99 < 0.1  # generous: 2 shared cores; measured 10-25 ms
    run(main())
