"""The tool steps of one answer: offer the tools, run the calls the model asks for (each
approved by the user), keep calls and results in the answer, and go on until it is done.

An answer that uses tools stays one message: its text, and its calls with their results at
the places in the text where the model asked for them (``ToolCallPart.at``). Nothing runs
without the user: a call waits for ``ApprovalNeeded`` to be decided (or an "always allow").
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ava_desktop.core.notice import Notice as Said
from ava_desktop.core.tools.runner import (
    MAX_TOOL_STEPS,
    Approval,
    ApprovalRequest,
    CallUpdate,
    ToolCallRunner,
)

from .node import ApprovalNeeded, Node, Notice, SessionEvent, ToolsChanged
from .parts import ImagePart, ToolCallPart, ToolResultPart, ToolSpec

if TYPE_CHECKING:
    from ava_desktop.core.providers import ToolCall
    from ava_desktop.core.store import Store
    from ava_desktop.core.tools.host import ToolHost


class ToolSteps:
    def __init__(self, host: ToolHost, node: Node, emit: Callable[[SessionEvent], None],
                 persist: Callable[[Callable[[Store], Any]], Any],
                 max_steps: int = MAX_TOOL_STEPS) -> None:
        self.host = host
        self.node = node
        self._emit = emit
        self._persist = persist
        self.max_steps = max_steps
        self.steps = 0
        self.specs: list[ToolSpec] = []

    async def offer(self, off: frozenset[str]) -> list[ToolSpec]:
        """The tools for this answer's requests; a server that failed is said, once."""
        try:
            self.specs, errors = await self.host.specs(off)
        except Exception as exc:  # a broken tool setup never blocks the chat itself
            self.specs, errors = [], {"tools": str(exc)}
        for server, error in errors.items():
            said = Said("tools_unavailable", {"server": server, "why": error})
            self._emit(Notice(said.english(), said))
        return self.specs

    @property
    def exhausted(self) -> bool:
        return self.steps >= self.max_steps

    async def run(self, calls: list[ToolCall]) -> None:
        """One step: every call of the model's last reply, in order, with its result."""
        self.steps += 1
        offset = len(self.node.content)
        runner = ToolCallRunner(self.host.manager, self._approve, self.host.always,
                                on_update=lambda u: self._update(u, offset),
                                offered=[s.name for s in self.specs])
        try:
            await runner.run(calls)
        finally:  # also after Esc: every call has its (cancelled) result, saved
            self._save()

    async def _approve(self, request: ApprovalRequest) -> Approval:
        future: asyncio.Future[Approval] = asyncio.get_running_loop().create_future()

        def decide(decision: Approval) -> None:
            if not future.done():
                future.set_result(decision)

        self._emit(ApprovalNeeded(self.node, request, decide))
        return await future

    def _update(self, update: CallUpdate, offset: int) -> None:
        call = replace(update.call, at=offset, duration=round(update.duration, 3))
        parts = self.node.parts
        index = next((i for i, p in enumerate(parts) if isinstance(p, ToolCallPart)
                      and p.call_id == call.call_id), None)
        if index is None:
            parts.append(call)
        else:
            parts[index] = call
        if update.result is not None:
            result = update.result
            for image in result.images:
                self._keep(image)
            result = replace(result, images=tuple(replace(i, data=None) for i in result.images))
            position = next((i for i, p in enumerate(parts) if isinstance(p, ToolResultPart)
                             and p.call_id == call.call_id), None)
            if position is None:
                after = next(i for i, p in enumerate(parts) if p is call)
                parts.insert(after + 1, result)
            else:
                parts[position] = result
        self._emit(ToolsChanged(self.node))

    def _keep(self, image: ImagePart) -> None:
        if image.data is not None and image.sha256:
            self._persist(lambda s: s.put_blob(image.sha256, image.mime, image.data))

    def _save(self) -> None:
        node = self.node
        if node.id > 0:
            self._persist(lambda s: s.update_message(node.id, parts=node.stored_parts()))


__all__ = ["ToolSteps"]
