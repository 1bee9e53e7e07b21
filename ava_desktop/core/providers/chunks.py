"""OpenAI-style ``chat.completion.chunk`` parsing, shared by every SSE provider.

CodeLinkAva and OpenAICompatible (and everything behind it: OpenRouter, Groq, Ollama,
llama.cpp, vLLM, ...) speak the same chunk format, so there is exactly one code path for it.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from ava_desktop.core.notice import Notice

from .errors import (
    ContextLengthError,
    ProtocolError,
    ProviderConnectionError,
    error_from_stream_payload,
    sent,
    shorten,
)
from .events import Event, Finish, ReasoningDelta, TextDelta, Usage
from .sse import ServerSentEvent
from .think import ThinkSplitter
from .tool_calls import ToolCallAccumulator

_loads = json.loads


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _usage(obj: Any) -> Usage | None:
    if not isinstance(obj, dict):
        return None
    return Usage(_int(obj.get("prompt_tokens")), _int(obj.get("completion_tokens")),
                 _int(obj.get("total_tokens")))


class StreamParser(Protocol):
    """What the base needs of a provider's parser: ``feed`` each SSE event, ``end`` at EOF.

    ``done`` set by ``feed`` stops reading (the stream's own end marker); ``end`` is called
    once after the last event either way and raises when the answer did not end properly.
    """

    done: bool

    def __init__(self, host: str, provider: str | None = None) -> None: ...

    def feed(self, sse: ServerSentEvent) -> list[Event]: ...

    def end(self, received_bytes: int) -> None: ...


class OpenAIChunkParser:
    """Turns SSE events carrying OpenAI chunks into typed events.

    Handles ``[DONE]``, role-only and ``null``/empty deltas, ``choices: []`` usage chunks,
    ``finish_reason``, ``reasoning_content`` / ``reasoning`` deltas (kept apart from the
    text), reasoning inline as ``<think>…</think>`` (see think.py), content given as a list
    of parts, and ``{"error": {...}}`` objects in the stream.
    ``delta.tool_calls`` fragments are joined (``tool_calls.py``) and come out as ``ToolCall``
    events just before the ``Finish`` event (or at ``[DONE]``).
    Only the first choice is used. :meth:`close` releases held-back text at the end of a
    stream without ``[DONE]``.
    """

    __slots__ = ("_think", "done", "events", "finish_reason", "host", "provider", "tool_calls")

    def __init__(self, host: str, provider: str | None = None) -> None:
        self.host = host
        self.provider = provider
        self.done = False  # "[DONE]" seen: stop reading
        self.finish_reason: str | None = None
        self.events = 0
        self.tool_calls = ToolCallAccumulator()  # ToolCall events come out at the finish
        self._think = ThinkSplitter()

    def _protocol(self, kind: str, data: str) -> ProtocolError:
        return sent(kind, self.host, data, provider=self.provider)

    def feed(self, sse: ServerSentEvent) -> list[Event]:
        """The events carried by one SSE event; raises ProviderError subclasses."""
        data = sse.data
        self.events += 1
        if data == "[DONE]" or data.strip() == "[DONE]":
            self.done = True
            return [*self.close(), *self.tool_calls.flush()]
        if not data or data.isspace():
            return []
        try:
            obj = _loads(data)
        except ValueError:
            if sse.event == "error":  # "event: error" with a plain-text message
                raise error_from_stream_payload(shorten(data), host=self.host,
                                                provider=self.provider) from None
            raise self._protocol("sent_malformed_line", data) from None
        if not isinstance(obj, dict):
            raise self._protocol("sent_not_object", data)
        err = obj.get("error")
        if err:
            raise error_from_stream_payload(err, host=self.host, provider=self.provider)
        if sse.event == "error":
            raise error_from_stream_payload(obj, host=self.host, provider=self.provider)
        out: list[Event] = []
        choices = obj.get("choices")
        if choices:
            if not isinstance(choices, list) or not isinstance(choices[0], dict):
                raise self._protocol("sent_unexpected_choices", data)
            choice = choices[0]
            delta = choice.get("delta")
            if delta is None:
                delta = choice.get("message")
            if delta:
                if not isinstance(delta, dict):
                    raise self._protocol("sent_unexpected_delta", data)
                self._delta(delta, out, data)
                if delta.get("tool_calls"):
                    self.tool_calls.feed(delta["tool_calls"])
            elif isinstance(choice.get("text"), str) and choice["text"]:
                self._text(choice["text"], out)
            reason = choice.get("finish_reason")
            if reason:
                self.finish_reason = str(reason)
                out += self.close()
                out.extend(self.tool_calls.flush())
                out.append(Finish(self.finish_reason))
        elif choices is None and "usage" not in obj and not _known_keepalive(obj):
            raise self._protocol("sent_not_chunk", data)
        elif choices is not None and not isinstance(choices, list):
            raise self._protocol("sent_unexpected_choices", data)
        usage = _usage(obj.get("usage"))
        if usage is None:
            x_groq = obj.get("x_groq")
            usage = _usage(x_groq.get("usage")) if isinstance(x_groq, dict) else None
        if usage is not None:
            out.append(usage)
        return out

    def _delta(self, delta: dict[str, Any], out: list[Event], data: str) -> None:
        reasoning = delta.get("reasoning_content") or delta.get("reasoning")
        if isinstance(reasoning, str) and reasoning:
            out.append(ReasoningDelta(reasoning))
        content = delta.get("content")
        if not content:
            return
        if isinstance(content, str):
            self._text(content, out)
        elif isinstance(content, list):  # Mistral-style parts
            for part in content:
                if not isinstance(part, dict):
                    continue
                if part.get("type") == "thinking":
                    inner = part.get("thinking")
                    texts = inner if isinstance(inner, list) else [part]
                    for t in texts:
                        if isinstance(t, dict) and isinstance(t.get("text"), str) and t["text"]:
                            out.append(ReasoningDelta(t["text"]))
                elif isinstance(part.get("text"), str) and part["text"]:
                    self._text(part["text"], out)
        else:
            raise self._protocol("sent_unexpected_content", data)

    def _text(self, content: str, out: list[Event]) -> None:
        reasoning, text = self._think.feed(content)
        if reasoning:
            out.append(ReasoningDelta(reasoning))
        if text:
            out.append(TextDelta(text))

    def close(self) -> list[Event]:
        """Text held back to see whether it was a think tag (see think.py), as events."""
        reasoning, text = self._think.flush()
        return ([ReasoningDelta(reasoning)] if reasoning else []) + (
            [TextDelta(text)] if text else [])

    def end(self, received_bytes: int) -> None:
        """At end of stream: a stream without [DONE] or finish_reason was cut off."""
        if self.done or self.finish_reason:
            return
        if received_bytes == 0:
            raise ContextLengthError(Notice("empty_answer", {"host": self.host}),
                                     provider=self.provider, host=self.host)
        raise ProviderConnectionError(Notice("cut_off_stream", {"host": self.host}),
                                      provider=self.provider, host=self.host)


def _known_keepalive(obj: dict[str, Any]) -> bool:
    """Objects some servers interleave that carry nothing for us."""
    return obj.get("object") in ("chat.completion.chunk", "ping") or obj.get("type") == "ping"


__all__ = ["OpenAIChunkParser", "StreamParser"]
