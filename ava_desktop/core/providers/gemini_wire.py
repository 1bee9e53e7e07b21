"""Parts -> the Gemini ``generateContent`` request: ``contents``, ``systemInstruction``,
``tools``.

Roles are ``user`` and ``model`` (ours: ``assistant``); tool results go back as
``functionResponse`` parts in a user turn, consecutive turns of one role are merged, and the
model's own reasoning is never sent back (Gemini keeps its thoughts to itself; only a tool
call's ``thoughtSignature`` must return with it).
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

from .anthropic_wire import tool_input


def inline_image(image: ImagePart) -> dict[str, Any]:
    if image.data is None:
        raise ValueError(f"image {image.name or image.sha256[:12]} has no data loaded")
    return {"inlineData": {"mimeType": image.mime,
                           "data": base64.b64encode(image.data).decode("ascii")}}


def _parts(message: ChatMessage) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    model = message.role == "assistant"
    for part in message.parts:
        if isinstance(part, TextPart):
            if part.text:
                parts.append({"text": part.text})
        elif isinstance(part, FilePart):
            parts.append({"text": framed_file_text(part)})
        elif isinstance(part, ImagePart):
            parts.append(inline_image(part))
        elif isinstance(part, ToolCallPart):
            if model:
                item: dict[str, Any] = {"functionCall": {"name": part.name,
                                                         "args": tool_input(part.arguments)}}
                if part.signature:
                    item["thoughtSignature"] = part.signature
                parts.append(item)
        elif isinstance(part, ToolResultPart):
            key = "error" if part.is_error else "result"
            parts.append({"functionResponse": {"name": part.name,
                                               "response": {key: part.content}}})
            parts.extend(inline_image(i) for i in part.images)
    return parts


def to_gemini_contents(messages: Iterable[ChatMessage | Mapping[str, Any]]
                       ) -> tuple[str, list[dict[str, Any]]]:
    """(system text, merged turns) for a conversation of parts or g4f-style dicts."""
    system: list[str] = []
    contents: list[dict[str, Any]] = []
    for message in as_chat_messages(messages):
        parts = _parts(message)
        if message.role == "system":
            text = "\n\n".join(p["text"] for p in parts if "text" in p)
            if text:
                system.append(text)
            continue
        if not parts:
            continue
        role = "model" if message.role == "assistant" else "user"
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})
    return "\n\n".join(system), contents


def to_gemini_tools(tools: Iterable[ToolSpec | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One ``functionDeclarations`` tool; schemas go as ``parametersJsonSchema`` (full JSON
    Schema, so MCP tools' ``additionalProperties`` or ``$schema`` are not refused)."""
    declarations: list[dict[str, Any]] = []
    for tool in tools:
        if isinstance(tool, ToolSpec):
            item: dict[str, Any] = {"name": tool.name,
                                    "parametersJsonSchema": dict(tool.input_schema)}
            if tool.description:
                item["description"] = tool.description
            declarations.append(item)
        else:
            declarations.append(dict(tool))  # already a declaration
    return [{"functionDeclarations": declarations}] if declarations else []


__all__ = ["inline_image", "to_gemini_contents", "to_gemini_tools"]
