"""One message of an open conversation, and the events a session reports about them.

A ``Node`` holds the single buffer of its text: while an answer streams, deltas are appended
to ``chunks`` and nowhere else; the view, the saver and a request all read ``content``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ava_desktop.core.notice import Notice as Said
from ava_desktop.core.store import Message

from .parts import Part, ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from .stored_parts import parts_from_json, parts_to_json


@dataclass(eq=False)
class Node:
    id: int
    parent_id: int | None
    role: str
    chunks: list[str] = field(default_factory=list)
    reasoning_chunks: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)  # everything but the text and reasoning
    state: str = "complete"
    model: str | None = None
    error: str | None = None
    timings: dict[str, Any] = field(default_factory=dict)
    usage: dict[str, Any] | None = None
    created_at: float = field(default_factory=time.time)
    active_child: int | None = None

    @property
    def content(self) -> str:
        """The text (Markdown as received); joined lazily, the buffer stays one list."""
        if len(self.chunks) > 1:
            self.chunks[:] = ["".join(self.chunks)]
        return self.chunks[0] if self.chunks else ""

    @property
    def reasoning(self) -> str:
        if len(self.reasoning_chunks) > 1:
            self.reasoning_chunks[:] = ["".join(self.reasoning_chunks)]
        return self.reasoning_chunks[0] if self.reasoning_chunks else ""

    def request_parts(self) -> tuple[Part, ...]:
        """What a request carries of this message: attachments, then its text, with tool
        calls and their results where the model asked for them in the text."""
        text = self.content
        ordered = (ToolCallPart, ToolResultPart, ReasoningPart)
        tools = [p for p in self.parts if isinstance(p, ordered)]
        others = tuple(p for p in self.parts if not isinstance(p, ordered))
        if not tools:
            return others + ((TextPart(text),) if text else ())
        out: list[Part] = list(others)
        done = 0
        for part in tools:
            if isinstance(part, ReasoningPart):  # thinking comes before its step's text
                out.append(part)
                continue
            at = part.at if isinstance(part, ToolCallPart) and part.at >= 0 else done
            if at > done:
                out.append(TextPart(text[done:at]))
                done = at
            out.append(part)
        if done < len(text):
            out.append(TextPart(text[done:]))
        return tuple(out)

    def tool_calls(self) -> list[tuple[ToolCallPart, ToolResultPart | None]]:
        """Each call of this answer with its result once there is one."""
        results = {p.call_id: p for p in self.parts if isinstance(p, ToolResultPart)}
        return [(p, results.get(p.call_id)) for p in self.parts if isinstance(p, ToolCallPart)]

    @classmethod
    def from_message(cls, m: Message) -> Node:
        return cls(id=m.id, parent_id=m.parent_id, role=m.role,
                   chunks=[m.content] if m.content else [],
                   reasoning_chunks=[m.reasoning] if m.reasoning else [],
                   parts=parts_from_json(m.parts), state=m.state, model=m.model,
                   error=m.error, timings=dict(m.timings), usage=m.usage,
                   created_at=m.created_at, active_child=m.active_child)

    def stored_parts(self) -> list[dict[str, Any]]:
        return parts_to_json(self.parts)


# ---------------------------------------------------------------------- events
@dataclass(frozen=True, slots=True)
class PathReset:
    """The shown path changed from ``from_id`` on (load, version switch): redraw from there
    (None: everything)."""

    from_id: int | None = None


@dataclass(frozen=True, slots=True)
class MessageAdded:
    node: Node


@dataclass(frozen=True, slots=True)
class StreamStarted:
    node: Node


@dataclass(frozen=True, slots=True)
class TextAppended:
    node: Node
    text: str


@dataclass(frozen=True, slots=True)
class ReasoningAppended:
    node: Node
    text: str


@dataclass(frozen=True, slots=True)
class StatusChanged:
    """A line to show in the answer before its text arrives (loading, a retry countdown);
    ``typed``: the same for the UI's tr()."""

    node: Node
    text: str
    typed: Said | None = None


@dataclass(frozen=True, slots=True)
class StreamFinished:
    node: Node


@dataclass(frozen=True, slots=True)
class ToolsChanged:
    """A tool call of this answer appeared or changed status: redraw its lines."""

    node: Node


@dataclass(frozen=True, slots=True)
class ApprovalNeeded:
    """A tool call waits for the user: ``request`` says what; answer with ``decide``."""

    node: Node
    request: Any
    decide: Any


@dataclass(frozen=True, slots=True)
class Notice:
    """A short message for the status line (never a dialog); ``typed`` as above."""

    text: str
    typed: Said | None = None


@dataclass(frozen=True, slots=True)
class BusyChanged:
    busy: bool


@dataclass(frozen=True, slots=True)
class TitleChanged:
    """The model named the conversation (already saved): show ``title``."""

    title: str


SessionEvent = (PathReset | MessageAdded | StreamStarted | TextAppended | ReasoningAppended
                | StatusChanged | StreamFinished | Notice | BusyChanged
                | ToolsChanged | ApprovalNeeded | TitleChanged)

__all__ = [
    "ApprovalNeeded",
    "BusyChanged",
    "MessageAdded",
    "Node",
    "Notice",
    "PathReset",
    "ReasoningAppended",
    "SessionEvent",
    "StatusChanged",
    "StreamFinished",
    "StreamStarted",
    "TextAppended",
    "TitleChanged",
    "ToolsChanged",
]
