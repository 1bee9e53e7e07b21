"""Running the tool calls of one model answer: validate, ask the user, call, report.

Qt-free so the chat loop and its tests drive it directly; the UI supplies ``approve`` (the
approval bar: Enter allows once, Esc denies) and shows ``on_update`` reports. One call at a
time, in the order the model asked: each needs its own decision. Every call ends with exactly
one ``ToolResultPart`` (also a denied, invalid or failed one, whose text tells the model what
happened), so the next request is always well formed. The driver of the loop (call, results
back as ``tool`` messages, next request) stops after ``MAX_TOOL_STEPS`` rounds.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    TextPart,
    ToolCallPart,
    ToolResultPart,
)
from ava_desktop.core.providers.events import ToolCall

from .content import error_part
from .manager import McpManager, McpTool

MAX_TOOL_STEPS = 10  # model requests that may end in tool calls, per answer
DECLINED = "The user declined to run this tool."
CANCELLED = "The call was cancelled by the user."


class Approval(StrEnum):
    ALLOW_ONCE = "allow_once"
    ALWAYS = "always"
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """What the approval bar shows: the tool, its server and the arguments."""

    call: ToolCallPart
    tool: McpTool
    arguments: dict[str, Any]

    @property
    def arguments_text(self) -> str:
        """The arguments as formatted JSON (untrusted: show as plain text)."""
        return json.dumps(self.arguments, indent=2, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class CallUpdate:
    """A call changed status (waiting, running, done, error, denied); ``result`` is set
    once it ended, ``duration`` is the seconds it ran."""

    call: ToolCallPart
    result: ToolResultPart | None = None
    duration: float = 0.0


class AlwaysAllowed:
    """The (server, tool) pairs the user allowed for good; the caller persists
    ``to_list()`` in settings and passes ``on_change`` to save when it grows."""

    def __init__(self, pairs: Iterable[Sequence[str]] = (),
                 on_change: Callable[[AlwaysAllowed], None] | None = None) -> None:
        self._pairs = {(str(p[0]), str(p[1])) for p in pairs if len(p) == 2}
        self.on_change = on_change

    def allows(self, server: str, tool: str) -> bool:
        return (server, tool) in self._pairs

    def add(self, server: str, tool: str) -> None:
        if (server, tool) not in self._pairs:
            self._pairs.add((server, tool))
            if self.on_change:
                self.on_change(self)

    def revoke(self, server: str, tool: str | None = None) -> None:
        """One tool, or (``tool=None``) every tool of the server."""
        before = len(self._pairs)
        self._pairs = {p for p in self._pairs if not (p[0] == server and tool in (None, p[1]))}
        if len(self._pairs) != before and self.on_change:
            self.on_change(self)

    def to_list(self) -> list[list[str]]:
        return [list(p) for p in sorted(self._pairs)]


def parse_arguments(text: str) -> dict[str, Any] | str:
    """The call's arguments as an object, or the sentence that tells the model why not."""
    if not text.strip():
        return {}  # some models send nothing for a tool without parameters
    try:
        value = json.loads(text)
    except ValueError as exc:
        return (f"The arguments were not valid JSON ({exc}); call the tool again with a "
                "JSON object.")
    if not isinstance(value, dict):
        return (f"The arguments must be a JSON object, not {type(value).__name__}; call the "
                "tool again with an object.")
    return value


class ToolCallRunner:
    """Runs one answer's ``ToolCall`` events against the manager's tools."""

    def __init__(self, manager: McpManager,
                 approve: Callable[[ApprovalRequest], Awaitable[Approval]],
                 always: AlwaysAllowed | None = None,
                 on_update: Callable[[CallUpdate], None] | None = None,
                 offered: Iterable[str] | None = None) -> None:
        """``offered``: the wire names sent as ``tools`` in this request; a call to any
        other name is refused (it was turned off, or the model made it up)."""
        self.manager = manager
        self.approve = approve
        self.always = always if always is not None else AlwaysAllowed()
        self.on_update = on_update
        self.offered = set(offered) if offered is not None else None

    def _report(self, call: ToolCallPart, result: ToolResultPart | None = None,
                duration: float = 0.0) -> None:
        if self.on_update is not None:
            self.on_update(CallUpdate(call, result, duration))

    async def run(self, calls: Sequence[ToolCall]) -> list[tuple[ToolCallPart, ToolResultPart]]:
        """Each call with its result, in order. Cancelled (Esc): the running call is
        cancelled, every unfinished call gets a "cancelled" result in ``self.results``,
        and CancelledError propagates."""
        parts = [self.part_for(c) for c in calls]
        self.results: list[tuple[ToolCallPart, ToolResultPart]] = []
        for part in parts:
            self._report(part)
        try:
            for part in parts:
                self.results.append(await self.run_one(part))
        except asyncio.CancelledError:
            for part in parts[len(self.results):]:
                part = replace(part, status="error")
                result = error_part(part.call_id, part.name, CANCELLED)
                self.results.append((part, result))
                self._report(part, result)
            raise
        return self.results

    def part_for(self, call: ToolCall) -> ToolCallPart:
        tool = self.manager.tool(call.name)
        return ToolCallPart(call.call_id, call.name, call.arguments,
                            server=tool.server if tool else "", status="waiting",
                            signature=getattr(call, "signature", ""))

    async def run_one(self, part: ToolCallPart) -> tuple[ToolCallPart, ToolResultPart]:
        tool = self.manager.tool(part.name)
        if tool is None or (self.offered is not None and part.name not in self.offered):
            return self._end(part, "error", error_part(
                part.call_id, part.name, f"There is no tool named {part.name!r}; use one of "
                "the tools offered."))
        arguments = parse_arguments(part.arguments)
        if isinstance(arguments, str):
            return self._end(part, "error", error_part(part.call_id, part.name, arguments))
        if not self.always.allows(tool.server, tool.name):
            decision = await self.approve(ApprovalRequest(part, tool, arguments))
            if decision == Approval.DENY:
                return self._end(part, "denied", error_part(part.call_id, part.name, DECLINED))
            if decision == Approval.ALWAYS:
                self.always.add(tool.server, tool.name)
        running = replace(part, status="running")
        self._report(running)
        started = time.monotonic()
        result = await self.manager.call(tool, part.call_id, arguments)
        return self._end(running, "error" if result.is_error else "done", result,
                         time.monotonic() - started)

    def _end(self, part: ToolCallPart, status: str, result: ToolResultPart,
             duration: float = 0.0) -> tuple[ToolCallPart, ToolResultPart]:
        part = replace(part, status=status)
        self._report(part, result, duration)
        return part, result


def tool_messages(text: str, results: Sequence[tuple[ToolCallPart, ToolResultPart]]
                  ) -> list[ChatMessage]:
    """The assistant turn that asked for the calls and the ``tool`` turn with their
    results: what the next request appends to the conversation."""
    assistant = ChatMessage("assistant", (*((TextPart(text),) if text else ()),
                                          *(c for c, _ in results)))
    return [assistant, ChatMessage("tool", tuple(r for _, r in results))]


__all__ = ["CANCELLED", "DECLINED", "MAX_TOOL_STEPS", "AlwaysAllowed", "Approval",
           "ApprovalRequest", "CallUpdate", "ToolCallRunner", "parse_arguments",
           "tool_messages"]
