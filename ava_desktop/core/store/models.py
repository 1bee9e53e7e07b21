"""Plain data objects handed to the GUI; they are snapshots, the store is the truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["system", "user", "assistant"]
State = Literal["complete", "streaming", "stopped", "interrupted", "error"]

ROLES: tuple[str, ...] = ("system", "user", "assistant")
STATES: tuple[str, ...] = ("complete", "streaming", "stopped", "interrupted", "error")


@dataclass(slots=True)
class Conversation:
    id: int
    title: str
    created_at: float  # Unix seconds
    updated_at: float
    provider: str | None = None
    model: str | None = None
    system_prompt: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    uuid: str = ""  # stable across export/import, so re-importing a backup does not duplicate
    deleted_at: float | None = None  # set while a delete can still be undone
    active_root: int | None = None  # which first message (version) is shown
    draft: str | None = None  # what the user typed and has not sent yet


@dataclass(slots=True)
class Message:
    id: int
    conversation_id: int
    position: int  # order inside the conversation
    role: Role
    content: str  # the exact Markdown as received
    state: State
    model: str | None
    created_at: float
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)  # ttft_s, duration_s, tokens_per_s
    usage: dict[str, Any] | None = None  # as sent by the server, if it did
    reasoning: str | None = None
    parent_id: int | None = None  # the message this one answers or follows (tree, v4)
    active_child: int | None = None  # which of its children (versions) is shown
    parts: list[dict[str, Any]] = field(default_factory=list)  # attachments, tool calls (JSON)


@dataclass(slots=True)
class SearchHit:
    """One conversation found by :meth:`Store.search`.

    ``title_html`` and ``snippet_html`` are escaped HTML whose only tags are balanced ``<b>``
    around matches; ``snippet`` + ``spans`` give the same as plain text and [start, end) offsets.
    ``message_id`` is None when only the title matched.
    """

    conversation_id: int
    message_id: int | None
    title: str
    title_html: str
    snippet: str
    spans: list[tuple[int, int]]
    snippet_html: str
    role: str | None
    rank: float  # lower is better
    updated_at: float
