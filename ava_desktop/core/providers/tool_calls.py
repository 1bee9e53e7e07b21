"""Streamed OpenAI ``delta.tool_calls`` joined into complete ``ToolCall`` events.

A call's arguments arrive in fragments across many chunks, and several calls stream at once,
told apart by ``index``. Nothing is emitted until the stream says the answer is over
(``finish_reason`` or ``[DONE]``): only then is a call complete. Everything is untrusted:
the number of calls and the size of names and arguments are bounded, and an argument text
that is not JSON is passed through as sent (whoever runs the call reports it on that call).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from .events import ToolCall

MAX_CALLS = 64
MAX_NAME = 256
MAX_ARGUMENTS = 1_000_000  # characters; more is cut (and then no longer valid JSON)


@dataclass(slots=True)
class _Pending:
    call_id: str = ""
    name: str = ""
    arguments: str = ""


class ToolCallAccumulator:
    """Collects ``tool_calls`` delta lists; ``flush`` returns the finished calls once."""

    __slots__ = ("_by_index", "_last")

    def __init__(self) -> None:
        self._by_index: dict[int, _Pending] = {}
        self._last: int | None = None

    def __bool__(self) -> bool:
        return bool(self._by_index)

    def feed(self, items: Any) -> None:
        """One delta's ``tool_calls`` (a list of partial calls); junk items are skipped."""
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            return
        for item in items:
            if isinstance(item, dict):
                self._feed_one(item)

    def _feed_one(self, item: dict[str, Any]) -> None:
        index = item.get("index")
        call_id = item.get("id") if isinstance(item.get("id"), str) else ""
        if not isinstance(index, int) or isinstance(index, bool):
            # No index (some servers): a new id starts a new call, else it continues the last.
            known = next((i for i, p in self._by_index.items() if call_id and
                          p.call_id == call_id), None)
            if known is not None:
                index = known
            elif call_id or self._last is None:
                index = max(self._by_index, default=-1) + 1
            else:
                index = self._last
        pending = self._by_index.get(index)
        if pending is None:
            if len(self._by_index) >= MAX_CALLS:
                return
            pending = self._by_index[index] = _Pending()
        self._last = index
        if call_id and not pending.call_id:
            pending.call_id = call_id[:MAX_NAME]
        function = item.get("function")
        if not isinstance(function, dict):
            return
        name = function.get("name")
        if isinstance(name, str) and name and name != pending.name:
            # Most servers send the name whole in the first fragment; a few split it.
            pending.name = (pending.name + name)[:MAX_NAME] if pending.name else name[:MAX_NAME]
        arguments = function.get("arguments")
        if isinstance(arguments, dict | list):  # a few servers send the object itself
            arguments = json.dumps(arguments, ensure_ascii=False)
        if isinstance(arguments, str) and arguments:
            room = MAX_ARGUMENTS - len(pending.arguments)
            if room > 0:
                pending.arguments += arguments[:room]

    def flush(self) -> list[ToolCall]:
        """The complete calls in index order (calls without a name are dropped); resets."""
        calls = [
            ToolCall(index, p.call_id or f"call_{uuid.uuid4().hex[:24]}", p.name,
                     p.arguments)
            for index, p in sorted(self._by_index.items()) if p.name
        ]
        self._by_index.clear()
        self._last = None
        return calls


__all__ = ["MAX_ARGUMENTS", "MAX_CALLS", "ToolCallAccumulator"]
