"""Parts -> the Anthropic Messages API request: ``system``, ``messages`` and ``tools``.

The API wants strictly alternating user/assistant turns, so consecutive messages of one role
are merged into one turn; tool results travel as ``tool_result`` blocks at the start of a
user turn (the API requires them first), reasoning goes back as ``thinking`` blocks only
when it carries its signature (the API refuses unsigned thinking), and empty text blocks,
which the API rejects, are never sent.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    FilePart,
    ImagePart,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    ToolSpec,
    as_chat_messages,
    framed_file_text,
)
from ava_desktop.core.notice import Invalid, Notice

#: The image types Claude reads; anything else is refused before the request.
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


def image_block(image: ImagePart) -> dict[str, Any]:
    if image.data is None:
        raise ValueError(f"image {image.name or image.sha256[:12]} has no data loaded")
    if image.mime not in IMAGE_TYPES:
        raise Invalid(Notice("claude_image_type", {"mime": image.mime}))
    return {"type": "image", "source": {"type": "base64", "media_type": image.mime,
                                        "data": base64.b64encode(image.data).decode("ascii")}}


def tool_input(arguments: str) -> dict[str, Any]:
    """A call's JSON argument text as the object the API wants ({} when it is not one)."""
    try:
        value = json.loads(arguments or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _result_block(result: ToolResultPart) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if result.content:
        content.append({"type": "text", "text": result.content})
    content.extend(image_block(i) for i in result.images)
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": result.call_id,
                             "content": content if result.images else result.content}
    if result.is_error:
        block["is_error"] = True
    return block


def _blocks(message: ChatMessage) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    assistant = message.role == "assistant"
    for part in message.parts:
        if isinstance(part, TextPart):
            if part.text:
                blocks.append({"type": "text", "text": part.text})
        elif isinstance(part, FilePart):
            blocks.append({"type": "text", "text": framed_file_text(part)})
        elif isinstance(part, ImagePart):
            blocks.append(image_block(part))
        elif isinstance(part, ReasoningPart):
            if assistant and part.signature:
                blocks.append({"type": "redacted_thinking", "data": part.signature}
                              if part.redacted else
                              {"type": "thinking", "thinking": part.text,
                               "signature": part.signature})
        elif isinstance(part, ToolCallPart):
            if assistant:
                blocks.append({"type": "tool_use", "id": part.call_id, "name": part.name,
                               "input": tool_input(part.arguments)})
        elif isinstance(part, ToolResultPart):
            blocks.append(_result_block(part))
    return blocks


def _order(role: str, blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Thinking first in an assistant turn, tool results first in a user turn."""
    first = ("thinking", "redacted_thinking") if role == "assistant" else ("tool_result",)
    return ([b for b in blocks if b["type"] in first]
            + [b for b in blocks if b["type"] not in first])


def to_anthropic_messages(messages: Iterable[ChatMessage | Mapping[str, Any]]
                          ) -> tuple[str, list[dict[str, Any]]]:
    """(system text, merged turns) for a conversation of parts or g4f-style dicts."""
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for message in as_chat_messages(messages):
        if message.role == "system":
            text = "\n\n".join(b["text"] for b in _blocks(message) if b["type"] == "text")
            if text:
                system.append(text)
            continue
        role = "assistant" if message.role == "assistant" else "user"  # tool -> user
        blocks = _blocks(message)
        if not blocks:
            continue
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    for turn in turns:
        turn["content"] = _order(turn["role"], turn["content"])
    if turns and turns[-1]["role"] == "assistant":  # a prefill must not end in whitespace
        last = turns[-1]["content"][-1]
        if last["type"] == "text":
            last["text"] = last["text"].rstrip()
            if not last["text"]:
                turns[-1]["content"].pop()
                if not turns[-1]["content"]:
                    turns.pop()
    return "\n\n".join(system), turns


def to_anthropic_tools(tools: Iterable[ToolSpec | Mapping[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for tool in tools:
        if isinstance(tool, ToolSpec):
            item: dict[str, Any] = {"name": tool.name, "input_schema": dict(tool.input_schema)}
            if tool.description:
                item["description"] = tool.description
            out.append(item)
        else:
            out.append(dict(tool))  # already in the API's shape
    return out


__all__ = ["IMAGE_TYPES", "image_block", "to_anthropic_messages", "to_anthropic_tools",
           "tool_input"]
