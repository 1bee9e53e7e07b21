"""Typed stream events: what a provider reports besides the answer text.

``stream_events`` yields these so the UI can show reasoning, token usage and why an answer
ended; ``create_async_generator`` keeps only the ``TextDelta`` texts (the g4f contract).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ava_desktop.core.notice import Notice
from ava_desktop.core.text import clean_text


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer text (never empty, always encodable)."""

    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """A piece of the model's reasoning ("thinking"), kept apart from the answer."""

    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts reported by the server (any may be missing)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None


@dataclass(frozen=True, slots=True)
class Finish:
    """The server said why the answer ended.

    ``reason`` uses OpenAI's words where one fits ("stop", "length", "tool_calls",
    "content_filter"), else the provider's own, lower-cased. ``message`` says it for people
    when the ending is not an ordinary one ("" otherwise): show it under the answer;
    ``notice`` is the same typed for the UI's tr().
    """

    reason: str
    message: str = ""
    notice: Notice | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ReasoningSignature:
    """Closes one block of reasoning with the opaque token the API needs to take it back
    (Anthropic's thinking ``signature``). ``redacted``: the block was encrypted and
    ``signature`` holds its data; store both in the ``ReasoningPart``."""

    signature: str
    redacted: bool = False


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One complete tool call the model asked for (its argument fragments joined).

    ``arguments`` is the raw JSON text as sent; whoever runs the call validates it, so an
    invalid argument text is an error shown on that call, not a broken stream.
    """

    index: int
    call_id: str
    name: str
    arguments: str
    #: Gemini's ``thoughtSignature``: must go back with the call (``ToolCallPart.signature``).
    signature: str = ""


Event = TextDelta | ReasoningDelta | ReasoningSignature | Usage | Finish | ToolCall

__all__ = ["Event", "Finish", "ReasoningDelta", "ReasoningSignature", "TextDelta", "ToolCall",
           "Usage"]
