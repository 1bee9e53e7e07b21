"""One generation: a provider's event stream turned into text, timings and a final state.

Qt-free so it is testable with plain asyncio; the UI adapts its callbacks to signals. The
caller persists through the ``on_progress`` hook (called with the whole text so far), which
keeps storage policy (write-back interval) out of this module.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ava_desktop.core.notice import Notice
from ava_desktop.core.providers import (
    AsyncGeneratorProvider,
    Finish,
    ProviderError,
    ReasoningDelta,
    ReasoningSignature,
    TextDelta,
    ToolCall,
    Usage,
)

#: States a finished generation can end in (the store uses the same words).
COMPLETE, STOPPED, ERROR = "complete", "stopped", "error"
#: No real answer is this long; a stream that goes past it is stopped (hostile or runaway).
MAX_ANSWER_CHARS = 8_000_000


@dataclass
class GenerationResult:
    """What one answer ended as; timings are None until they are known."""

    text: str = ""
    reasoning: str = ""
    state: str = COMPLETE
    error: ProviderError | None = None
    finish_reason: str | None = None
    finish_message: str = ""  # why it ended, for people, when that was not the usual way
    finish_notice: Notice | None = None  # the same, typed for the UI's tr()
    usage: dict[str, int | None] | None = None
    chunks: int = 0
    ttft_s: float | None = None
    duration_s: float | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    signatures: list[ReasoningSignature] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        """Completion tokens: the server's count when it sent one, else streamed chunks."""
        if self.usage and self.usage.get("completion_tokens"):
            return int(self.usage["completion_tokens"] or 0)
        return self.chunks

    @property
    def tokens_per_s(self) -> float | None:
        if self.duration_s is None or self.ttft_s is None:
            return None
        streaming = self.duration_s - self.ttft_s
        return self.tokens / streaming if streaming > 0 and self.tokens > 1 else None

    def timings(self) -> dict[str, float | None]:
        return {"ttft_s": self.ttft_s, "duration_s": self.duration_s,
                "tokens_per_s": self.tokens_per_s}


@dataclass
class Generation:
    """Streams one answer from ``provider`` and reports every delta through callbacks.

    ``run()`` never raises ProviderError: errors end up in the result, because the UI shows
    them inline with Retry. Cancellation (task.cancel()) closes the HTTP response and ends
    the result as STOPPED, keeping the partial text.
    """

    provider: type[AsyncGeneratorProvider]
    model: str
    messages: Sequence[Any]
    options: dict[str, Any] = field(default_factory=dict)
    on_text: Callable[[str], None] | None = None
    on_reasoning: Callable[[str], None] | None = None
    on_signature: Callable[[ReasoningSignature], None] | None = None
    clock: Callable[[], float] = time.perf_counter
    result: GenerationResult = field(default_factory=GenerationResult)
    max_chars: int = MAX_ANSWER_CHARS
    #: Where the answer's text goes (a message's own buffer); None: kept in ``result.text``.
    text_buffer: list[str] | None = None
    reasoning_buffer: list[str] | None = None

    async def run(self) -> GenerationResult:
        result = self.result
        started = self.clock()
        own = self.text_buffer is None
        parts: list[str] = [] if self.text_buffer is None else self.text_buffer
        reasoning: list[str] = [] if self.reasoning_buffer is None else self.reasoning_buffer
        size = 0
        stream = self.provider.stream_events(self.model, list(self.messages), **self.options)
        try:
            async for event in stream:
                if isinstance(event, TextDelta | ReasoningDelta):
                    size += len(event.text)
                    if size > self.max_chars:
                        raise AnswerTooLongError(self.max_chars, self.provider.__name__)
                if isinstance(event, TextDelta):
                    if result.ttft_s is None:
                        result.ttft_s = self.clock() - started
                    parts.append(event.text)
                    result.chunks += 1
                    if self.on_text is not None:
                        self.on_text(event.text)
                elif isinstance(event, ReasoningDelta):
                    reasoning.append(event.text)
                    if self.on_reasoning is not None:
                        self.on_reasoning(event.text)
                elif isinstance(event, Usage):
                    result.usage = {"prompt_tokens": event.prompt_tokens,
                                    "completion_tokens": event.completion_tokens,
                                    "total_tokens": event.total_tokens}
                elif isinstance(event, Finish):
                    result.finish_reason = event.reason
                    result.finish_message = event.message or result.finish_message
                    result.finish_notice = event.notice or result.finish_notice
                elif isinstance(event, ToolCall):
                    result.tool_calls.append(event)
                elif isinstance(event, ReasoningSignature):
                    result.signatures.append(event)
                    if self.on_signature is not None:
                        self.on_signature(event)
            result.state = COMPLETE
        except asyncio.CancelledError:
            result.state = STOPPED
            await _close_quietly(stream)
            raise
        except ProviderError as exc:
            result.state = ERROR
            result.error = exc
            await _close_quietly(stream)  # e.g. too long: the server must stop sending
        except BaseException:
            result.state = ERROR
            await _close_quietly(stream)
            raise
        finally:
            if own:
                result.text = "".join(parts)
                result.reasoning = "".join(reasoning)
            result.duration_s = self.clock() - started
        return result


class AnswerTooLongError(ProviderError):
    """A runaway or hostile stream: the answer is cut off at a size no reply needs."""

    def __init__(self, limit: int, provider: str | None = None) -> None:
        super().__init__(Notice("answer_too_long", {"limit": limit}), provider=provider)


async def _close_quietly(stream: Any) -> None:
    """Close the provider stream so its HTTP response is released at once."""
    aclose = getattr(stream, "aclose", None)
    if aclose is None:
        return
    # closing is best effort; the answer is kept either way
    with contextlib.suppress(Exception, asyncio.CancelledError):
        await asyncio.shield(aclose())
