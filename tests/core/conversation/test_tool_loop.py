"""The session's tool loop with plain asyncio: a real MCP server (stdio), the scripted model
streaming tool_calls, the user's decision, results back to the model, Esc mid-call."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest

from ava_desktop.core.conversation.node import ApprovalNeeded, ToolsChanged
from ava_desktop.core.conversation.parts import ToolCallPart, ToolResultPart
from ava_desktop.core.conversation.request import RequestPlan
from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.core.store import Store
from ava_desktop.core.tools import Approval, McpConfigStore, McpManager
from ava_desktop.core.tools.host import ToolHost
from ava_desktop.providers import OpenAICompatible
from tests.core.tools.test_manager import config, stdio

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process handling")


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    obj = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(obj)}\n\n".encode()


def calls_stream(*calls: tuple[str, str, str], text: str = "Let me look.") -> list[bytes]:
    """Some text, then calls (id, name, arguments) with arguments in two fragments."""
    out = [_chunk({"role": "assistant", "content": text})]
    for i, (call_id, name, args) in enumerate(calls):
        half = len(args) // 2
        out.append(_chunk({"tool_calls": [{"index": i, "id": call_id, "type": "function",
                                           "function": {"name": name, "arguments": args[:half]}}]}))
        out.append(_chunk({"tool_calls": [{"index": i, "function": {"arguments": args[half:]}}]}))
    return [*out, _chunk({}, "tool_calls"), b"data: [DONE]\n\n"]


def run(coro, timeout: float = 60.0):
    async def guarded():
        async with asyncio.timeout(timeout):
            return await coro
    return asyncio.run(guarded())


def _setup(tmp_path: Path, decisions: list[Approval]):
    store = Store.open(tmp_path / "c.sqlite3")
    manager = McpManager(config(stdio("demo")))
    host = ToolHost(manager, McpConfigStore(tmp_path / "mcp.json"))
    session = ChatSession(store)
    session.ensure_conversation("t", None, "m", None, {})
    session.tools = host
    events: list = []

    def listen(event):
        events.append(event)
        if isinstance(event, ApprovalNeeded) and decisions:
            event.decide(decisions.pop(0))
    session.subscribe(listen)
    return store, manager, session, events


def test_a_call_approved_runs_and_the_answer_is_built_on_its_result(llm_server, tmp_path):
    store, manager, session, events = _setup(tmp_path, [Approval.ALLOW_ONCE])
    plan = RequestPlan(OpenAICompatible, "m", endpoint={"base_url": llm_server.base_url})

    async def go():
        try:
            llm_server.reply(raw=calls_stream(("c1", "demo__add", '{"a": 2, "b": 40}')))
            llm_server.reply(tokens=[" The sum is 42."])
            session.send("What is 2 + 40?", plan)
            await session.wait()
        finally:
            await manager.shutdown()
    run(go())
    answer = session.path()[-1]
    assert answer.state == "complete", answer.error
    assert answer.content == "Let me look. The sum is 42."
    [(call, result)] = answer.tool_calls()
    assert (call.name, call.status, call.at) == ("demo__add", "done", len("Let me look."))
    assert result is not None and result.content == "42"
    second = llm_server.requests[-1].json
    assert {t["function"]["name"] for t in second["tools"]} >= {"demo__add", "demo__echo"}
    roles = [m["role"] for m in second["messages"]]
    assert roles == ["user", "assistant", "tool"]
    assert second["messages"][1]["tool_calls"][0]["function"]["arguments"] == '{"a": 2, "b": 40}'
    assert second["messages"][2] == {"role": "tool", "tool_call_id": "c1", "content": "42"}
    assert any(isinstance(e, ApprovalNeeded) for e in events)
    assert any(isinstance(e, ToolsChanged) for e in events)
    # kept in the database and restored with the conversation
    again = ChatSession(store, store.get_conversation(session.conversation.id))
    restored = again.path()[-1]
    assert [type(p) for p in restored.parts] == [ToolCallPart, ToolResultPart]
    assert restored.request_parts() == answer.request_parts()
    store.close()


def test_denied_calls_tell_the_model_and_always_allow_is_remembered(llm_server, tmp_path):
    store, manager, session, events = _setup(tmp_path, [Approval.DENY, Approval.ALWAYS])
    plan = RequestPlan(OpenAICompatible, "m", endpoint={"base_url": llm_server.base_url})

    async def go():
        try:
            llm_server.reply(raw=calls_stream(("c1", "demo__echo", '{"text": "hi"}')))
            llm_server.reply(tokens=["Understood, I will not."])
            session.send("echo hi", plan)
            await session.wait()
            denied = llm_server.requests[-1].json["messages"][-1]
            llm_server.reply(raw=calls_stream(("c2", "demo__echo", '{"text": "again"}')))
            llm_server.reply(tokens=["Echoed."])
            session.send("echo again", plan)
            await session.wait()
            llm_server.reply(raw=calls_stream(("c3", "demo__echo", '{"text": "third"}')))
            llm_server.reply(tokens=["Echoed without asking."])
            session.send("and again", plan)
            await session.wait()
            return denied
        finally:
            await manager.shutdown()
    denied = run(go())
    assert denied["role"] == "tool" and "declined" in denied["content"]
    asked = [e for e in events if isinstance(e, ApprovalNeeded)]
    assert len(asked) == 2  # the third call ran without asking
    saved = json.loads((tmp_path / "mcp.json").read_text())
    assert saved["mcpServers"]["demo"]["alwaysAllow"] == ["echo"]
    assert session.path()[-1].tool_calls()[0][1].content == "third"
    store.close()


def test_esc_while_waiting_for_approval_stops_and_keeps_everything(llm_server, tmp_path):
    store, manager, session, events = _setup(tmp_path, [])
    plan = RequestPlan(OpenAICompatible, "m", endpoint={"base_url": llm_server.base_url})

    async def go():
        try:
            llm_server.reply(raw=calls_stream(("c1", "demo__sleep", '{"seconds": 30}')))
            session.send("sleep", plan)
            while not any(isinstance(e, ApprovalNeeded) for e in events):
                await asyncio.sleep(0.01)
            session.stop()
            await session.wait()
        finally:
            await manager.shutdown()
    run(go())
    answer = session.path()[-1]
    assert answer.state == "stopped" and answer.content == "Let me look."
    [(call, result)] = answer.tool_calls()
    assert call.status == "error" and result is not None and "cancelled" in result.content
    stored = store.messages(session.conversation.id)[-1]
    assert stored.state == "stopped" and len(stored.parts) == 2
    store.close()


def test_claude_thinks_calls_a_tool_and_gets_its_signed_thinking_back(tmp_path):
    """Anthropic's own format end to end: a tool step sends back the signed thinking block,
    the tool_use and the tool_result, as the API requires."""
    from ava_desktop.providers import Anthropic
    from tests.native_servers import NativeServer, anthropic_stream

    store, manager, session, _events = _setup(tmp_path, [Approval.ALLOW_ONCE])
    with NativeServer() as server:
        server.anthropic(raw=anthropic_stream(
            text=["Adding."], thinking=["I should ", "add them."], signature="sig-A",
            tools=[("tu_1", "demo__add", ['{"a": 1,', ' "b": 2}'])], stop_reason="tool_use"))
        server.anthropic(raw=anthropic_stream(text=[" It is 3."]))
        plan = RequestPlan(Anthropic, "claude-test",
                           endpoint={"base_url": server.anthropic_url, "api_key": "sk-ant"})

        async def go():
            try:
                session.send("1 + 2?", plan)
                await session.wait()
            finally:
                await manager.shutdown()
        run(go())
        second = server.requests[-1].json
    answer = session.path()[-1]
    assert answer.state == "complete", answer.error
    assert answer.content == "Adding. It is 3." and answer.reasoning == "I should add them."
    turn = second["messages"][1]
    assert turn["role"] == "assistant"
    kinds = [block["type"] for block in turn["content"]]
    assert kinds == ["thinking", "text", "tool_use"]
    assert turn["content"][0] == {"type": "thinking", "thinking": "I should add them.",
                                  "signature": "sig-A"}
    result = second["messages"][2]["content"][0]
    assert result["type"] == "tool_result" and result["tool_use_id"] == "tu_1"
    store.close()
