"""Parts -> the OpenAI chat-completions ``messages`` array (also CodeLinkAva and local servers).

A message that is only text is sent as a plain string (servers that predate content arrays
still accept it); images become ``image_url`` parts with a data URL; files become text parts
framed with their name; reasoning is never sent back; tool calls and results become the
``tool_calls`` field and ``tool`` messages.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    FilePart,
    ImagePart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    ToolSpec,
    as_chat_messages,
    framed_file_text,
)


def data_url(image: ImagePart) -> str:
    if image.data is None:
        raise ValueError(f"image {image.name or image.sha256[:12]} has no data loaded")
    return f"data:{image.mime};base64,{base64.b64encode(image.data).decode('ascii')}"


def _content(message: ChatMessage) -> str | list[dict[str, Any]] | None:
    items: list[dict[str, Any]] = []
    for part in message.parts:
        if isinstance(part, TextPart):
            if part.text:
                items.append({"type": "text", "text": part.text})
        elif isinstance(part, FilePart):
            items.append({"type": "text", "text": framed_file_text(part)})
        elif isinstance(part, ImagePart):
            items.append({"type": "image_url", "image_url": {"url": data_url(part)}})
    if not items:
        return None
    if all(item["type"] == "text" for item in items):
        return "\n\n".join(item["text"] for item in items)
    return items


def to_openai_messages(messages: Iterable[ChatMessage | Mapping[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for message in as_chat_messages(messages):
        calls = [p for p in message.parts if isinstance(p, ToolCallPart)]
        results = [p for p in message.parts if isinstance(p, ToolResultPart)]
        content = _content(message)
        if message.role == "tool" or results:
            for result in results:
                out.append({"role": "tool", "tool_call_id": result.call_id,
                            "content": result.content})
            continue
        item: dict[str, Any] = {"role": message.role, "content": content}
        if calls:
            item["tool_calls"] = [
                {"id": c.call_id, "type": "function",
                 "function": {"name": c.name, "arguments": c.arguments or "{}"}}
                for c in calls]
        elif content is None:
            item["content"] = ""
        out.append(item)
    return out


def to_openai_tools(tools: Iterable[ToolSpec]) -> list[dict[str, Any]]:
    return [{"type": "function",
             "function": {"name": t.name, "description": t.description,
                          "parameters": dict(t.input_schema)}} for t in tools]


__all__ = ["data_url", "to_openai_messages", "to_openai_tools"]
