"""The typed pieces a message is made of, and the request message built from them.

A message is a tuple of parts, never one string: text, the model's reasoning, images, files
(with their extracted text), tool calls and their results. Everything above the providers works
with these; each provider translates them to its own wire format (``to_openai_messages`` here
for the OpenAI shape), so nothing above the provider layer builds request JSON.

Blobs (image bytes, file bytes) are addressed by their SHA-256; the bytes travel only when a
request is built (``data``), so the conversation tree stays light.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["system", "user", "assistant", "tool"]


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str
    kind: Literal["text"] = "text"


@dataclass(frozen=True, slots=True)
class ReasoningPart:
    """The model's thinking: shown folded, never sent back as answer text.

    ``signature`` is the opaque token some APIs (Anthropic) need to accept it back;
    ``redacted``: the API sent the block encrypted (no text; ``signature`` holds its data).
    """

    text: str
    signature: str = ""
    redacted: bool = False
    kind: Literal["reasoning"] = "reasoning"


@dataclass(frozen=True, slots=True)
class ImagePart:
    """An image, already re-encoded without metadata; ``data`` is set when a request is built."""

    mime: str
    sha256: str
    name: str = ""
    width: int = 0
    height: int = 0
    size: int = 0
    data: bytes | None = field(default=None, repr=False, compare=False)
    kind: Literal["image"] = "image"


@dataclass(frozen=True, slots=True)
class FilePart:
    """A document handed to the model as its extracted text, framed with its name only
    (never its local path)."""

    name: str
    mime: str
    text: str
    sha256: str = ""
    size: int = 0
    kind: Literal["file"] = "file"


@dataclass(frozen=True, slots=True)
class ToolCallPart:
    """A call the model asked for; ``arguments`` is the raw JSON text it sent."""

    call_id: str
    name: str
    arguments: str
    server: str = ""
    status: str = "waiting"  # waiting, running, done, error, denied
    #: Where in the answer's text the model asked for it (the text before it came first).
    at: int = -1
    duration: float = 0.0
    signature: str = ""  # Gemini's thoughtSignature, sent back with the call
    kind: Literal["tool_call"] = "tool_call"


@dataclass(frozen=True, slots=True)
class ToolResultPart:
    """What a tool returned (untrusted text, capped), sent back as a ``tool`` message."""

    call_id: str
    name: str
    content: str
    is_error: bool = False
    images: tuple[ImagePart, ...] = ()
    kind: Literal["tool_result"] = "tool_result"


Part = TextPart | ReasoningPart | ImagePart | FilePart | ToolCallPart | ToolResultPart


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool offered to the model: its name, what it does and a JSON schema of its input."""

    name: str
    description: str = ""
    input_schema: Mapping[str, Any] = field(default_factory=lambda: {"type": "object"})


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message of a request: a role and its parts (the shown path of the tree)."""

    role: Role
    parts: tuple[Part, ...]

    @classmethod
    def text(cls, role: Role, text: str) -> ChatMessage:
        return cls(role, (TextPart(text),))

    @property
    def content(self) -> str:
        """The answer/prompt text alone (reasoning, tools and attachments left out)."""
        return "".join(p.text for p in self.parts if isinstance(p, TextPart))


def split_tool_turns(messages: list[ChatMessage]) -> list[ChatMessage]:
    """An answer that used tools is one message here (text, calls, results, more text); on
    the wire it is assistant turns with calls, each followed by a ``tool`` turn of results."""
    out: list[ChatMessage] = []
    for message in messages:
        if message.role != "assistant" or not any(
                isinstance(p, ToolResultPart) for p in message.parts):
            out.append(message)
            continue
        current: list[Part] = []
        results: list[Part] = []
        for part in message.parts:
            if isinstance(part, ToolResultPart):
                results.append(part)
                continue
            if results:
                out += [ChatMessage("assistant", tuple(current)), ChatMessage("tool",
                                                                              tuple(results))]
                current, results = [], []
            current.append(part)
        if current or not results:
            if results:
                out += [ChatMessage("assistant", tuple(current)),
                        ChatMessage("tool", tuple(results))]
            else:
                out.append(ChatMessage("assistant", tuple(current)))
        else:
            out.append(ChatMessage("tool", tuple(results)))
    return out


def framed_file_text(part: FilePart) -> str:
    """A document as the model sees it: its name, then its text, fenced off from the prompt."""
    return f'<file name="{part.name}">\n{part.text}\n</file>'


def as_chat_messages(messages: Iterable[ChatMessage | Mapping[str, Any]]) -> list[ChatMessage]:
    """Accept g4f-style ``{"role", "content"}`` dicts (content a string or a list of parts)
    next to ChatMessage objects, so the providers' public API stays what callers know."""
    out: list[ChatMessage] = []
    for message in messages:
        if isinstance(message, ChatMessage):
            out.append(message)
            continue
        role = message.get("role", "user")
        content = message.get("content", "")
        if isinstance(content, str):
            parts: tuple[Part, ...] = (TextPart(content),)
        elif isinstance(content, Sequence):
            parts = tuple(_dict_part(p) for p in content)
        else:
            raise TypeError(f"message content must be a string or parts, not {type(content)}")
        out.append(ChatMessage(role, parts))
    return out


def _dict_part(part: Any) -> Part:
    if isinstance(part, Part):  # type: ignore[arg-type, misc]
        return part
    if isinstance(part, str):
        return TextPart(part)
    if isinstance(part, Mapping) and part.get("type") == "text":
        return TextPart(str(part.get("text", "")))
    raise TypeError(f"unsupported message part: {part!r:.80}")


__all__ = ["ChatMessage", "FilePart", "ImagePart", "Part", "ReasoningPart", "Role",
           "TextPart", "ToolCallPart", "ToolResultPart", "ToolSpec", "as_chat_messages",
           "framed_file_text", "split_tool_turns"]
