"""Anthropic's Messages API, natively: thinking, tool use and images survive, unlike the
OpenAI-compatible shim.

``POST {base_url}/messages`` with ``stream: true``; the key goes in ``x-api-key`` with an
``anthropic-version``. Its event stream (``message_start``, ``content_block_*``,
``message_delta``, ``message_stop``, ``ping``, ``error``) becomes our typed events in
``AnthropicEventParser``; the transport, timeouts and cancellation are the base's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from ava_desktop.core.notice import Notice

from .anthropic_wire import to_anthropic_messages, to_anthropic_tools
from .base import AsyncGeneratorProvider, ChatRequest, Messages
from .chunks import StreamParser
from .errors import (
    ContentFilterError,
    HTTPStatusError,
    ModelNotFoundError,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    describe_body,
    error_from_response,
    error_from_stream_payload,
    sent,
    shorten,
)
from .events import Event, Finish, ReasoningDelta, ReasoningSignature, TextDelta, ToolCall, Usage
from .listing import MAX_PAGES, ModelInfo, first_int, merged
from .openai_compat import USER_AGENT
from .sse import ServerSentEvent
from .transport import DEFAULT_TIMEOUT, get_json, host_of

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

ANTHROPIC_BASE_URL = "https://api.anthropic.com/v1"
ANTHROPIC_VERSION = "2023-06-01"
#: Sent when the caller gives no limit (the API requires one); capped by the model family.
DEFAULT_MAX_TOKENS = 8192
MIN_THINKING_BUDGET = 1024  # the API's minimum
MAX_TOOL_ARGUMENTS = 4 * 1024 * 1024  # no real call's input is this big
_STOP_REASONS = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length",
                 "tool_use": "tool_calls", "refusal": "content_filter"}
_OPUS_4 = re.compile(r"opus-4(-[01])?(-\d{8}|$)|claude-4-opus")


def output_limit(model: str) -> int:
    """The most output tokens a Claude model family allows (documented per family)."""
    m = model.lower()
    if "claude-3-7" in m or "claude-3.7" in m:
        return 64000
    if "claude-3-5" in m or "claude-3.5" in m:
        return 8192
    if "claude-3" in m:
        return 4096
    if _OPUS_4.search(m):
        return 32000
    return 64000  # Sonnet 4, Haiku 4.5, Opus 4.5 and later


def default_max_tokens(model: str, thinking_budget: int | None = None) -> int:
    """A limit that leaves room for an answer (and the thinking budget, when asked)."""
    return min(output_limit(model), (thinking_budget or 0) + DEFAULT_MAX_TOKENS)


def normalize_base_url(base_url: str | None) -> str:
    url = (base_url or ANTHROPIC_BASE_URL).strip().rstrip("/")
    for suffix in ("/messages", "/models"):
        url = url.removesuffix(suffix)
    return url


def _headers(api_key: str | None, version: str,
             extra_headers: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "anthropic-version": version}
    if api_key and api_key.strip():
        headers["x-api-key"] = api_key.strip()
    if extra_headers:
        headers.update(extra_headers)
    return headers


class _Block:
    __slots__ = ("call_id", "kind", "name", "parts", "signature", "size", "start_input")

    def __init__(self, kind: str, call_id: str = "", name: str = "") -> None:
        self.kind = kind
        self.call_id = call_id
        self.name = name
        self.parts: list[str] = []
        self.signature = ""
        self.size = 0
        self.start_input = ""  # a tool_use block may carry its whole input up front


class AnthropicEventParser:
    """Anthropic stream events -> TextDelta, ReasoningDelta, ReasoningSignature, ToolCall
    (one per complete ``tool_use`` block), Usage and Finish. Unknown event types are skipped
    (the API may add some); an ``error`` event is a ProtocolError."""

    def __init__(self, host: str, provider: str | None = None) -> None:
        self.host = host
        self.provider = provider
        self.done = False
        self.finish_reason: str | None = None
        self._blocks: dict[int, _Block] = {}
        self._calls = 0
        self._input = 0
        self._output: int | None = None
        self._stop: str | None = None

    def _protocol(self, kind: str, data: str = "") -> ProtocolError:
        return sent(kind, self.host, data, provider=self.provider)

    def feed(self, sse: ServerSentEvent) -> list[Event]:
        data = sse.data
        if not data or data.isspace():
            return []
        try:
            obj = json.loads(data)
        except ValueError:
            if sse.event == "error":
                raise error_from_stream_payload(shorten(data), host=self.host,
                                                provider=self.provider) from None
            raise self._protocol("sent_malformed_line", data) from None
        if not isinstance(obj, dict):
            raise self._protocol("sent_not_object", data)
        kind = obj.get("type") or sse.event
        if kind == "error" or (obj.get("type") is None and obj.get("error")):
            return self._on_error(obj)
        handler = getattr(self, "_on_" + kind, None) if isinstance(kind, str) else None
        return handler(obj) if handler is not None else []

    # ------------------------------------------------------------------ event handlers
    def _on_error(self, obj: dict[str, Any]) -> list[Event]:
        err = obj.get("error", obj)
        if isinstance(err, dict) and err.get("type") == "overloaded_error":
            raise ProtocolError(Notice("claude_overloaded", {"host": self.host}),
                                provider=self.provider, host=self.host,
                                code="overloaded_error", retryable=True,
                                server_message=str(err.get("message") or "") or None)
        raise error_from_stream_payload(err, host=self.host, provider=self.provider)

    def _on_message_start(self, obj: dict[str, Any]) -> list[Event]:
        message = obj.get("message")
        usage = message.get("usage") if isinstance(message, dict) else None
        if isinstance(usage, dict):
            self._count(usage)
        return []

    def _count(self, usage: dict[str, Any]) -> None:
        parts = [first_int(usage, k) for k in ("input_tokens", "cache_creation_input_tokens",
                                               "cache_read_input_tokens")]
        if any(p is not None for p in parts):
            self._input = sum(p or 0 for p in parts)
        out = first_int(usage, "output_tokens")
        if out is not None:
            self._output = out

    def _on_content_block_start(self, obj: dict[str, Any]) -> list[Event]:
        block = obj.get("content_block")
        index = obj.get("index")
        if not isinstance(block, dict) or not isinstance(index, int):
            raise self._protocol("sent_block_no_index", json.dumps(obj))
        kind = str(block.get("type"))
        state = _Block(kind, str(block.get("id") or ""), str(block.get("name") or ""))
        self._blocks[index] = state
        out: list[Event] = []
        if kind == "text" and block.get("text"):
            out.append(TextDelta(str(block["text"])))
        elif kind == "thinking" and block.get("thinking"):
            out.append(ReasoningDelta(str(block["thinking"])))
        elif kind == "tool_use" and block.get("input"):
            state.start_input = json.dumps(block["input"], ensure_ascii=False)
        elif kind == "redacted_thinking" and isinstance(block.get("data"), str):
            out.append(ReasoningSignature(block["data"], redacted=True))
        if kind == "thinking" and block.get("signature"):
            state.signature = str(block["signature"])
        return out

    def _on_content_block_delta(self, obj: dict[str, Any]) -> list[Event]:
        delta = obj.get("delta")
        state = self._blocks.get(obj.get("index"))  # type: ignore[arg-type]
        if not isinstance(delta, dict):
            raise self._protocol("sent_delta_no_delta", json.dumps(obj))
        kind = delta.get("type")
        if kind == "text_delta" and delta.get("text"):
            return [TextDelta(str(delta["text"]))]
        if kind == "thinking_delta" and delta.get("thinking"):
            return [ReasoningDelta(str(delta["thinking"]))]
        if state is None:
            if kind in ("input_json_delta", "signature_delta"):
                raise self._protocol("sent_delta_no_block", json.dumps(obj))
            return []
        if kind == "signature_delta":
            state.signature += str(delta.get("signature") or "")
        elif kind == "input_json_delta":
            piece = str(delta.get("partial_json") or "")
            state.size += len(piece)
            if state.size > MAX_TOOL_ARGUMENTS:
                raise ProtocolError(Notice("sent_tool_too_long", {"host": self.host,
                                                                    "limit": MAX_TOOL_ARGUMENTS}),
                                    provider=self.provider, host=self.host)
            state.parts.append(piece)
        return []

    def _on_content_block_stop(self, obj: dict[str, Any]) -> list[Event]:
        state = self._blocks.pop(obj.get("index"), None)  # type: ignore[arg-type]
        if state is None:
            return []
        if state.kind == "tool_use":
            call = ToolCall(self._calls, state.call_id, state.name,
                            "".join(state.parts) or state.start_input or "{}")
            self._calls += 1
            return [call]
        if state.kind == "thinking" and state.signature:
            return [ReasoningSignature(state.signature)]
        return []

    def _on_message_delta(self, obj: dict[str, Any]) -> list[Event]:
        out: list[Event] = []
        usage = obj.get("usage")
        if isinstance(usage, dict):
            self._count(usage)
            out.append(Usage(self._input, self._output,
                             self._input + (self._output or 0)))
        delta = obj.get("delta")
        stop = delta.get("stop_reason") if isinstance(delta, dict) else None
        if isinstance(stop, str) and stop:
            self._stop = stop
            self.finish_reason = _STOP_REASONS.get(stop, stop.lower())
            note = _finish_note(stop)
            out.append(Finish(self.finish_reason, note.english() if note else "", note))
        return out

    def _on_message_stop(self, obj: dict[str, Any]) -> list[Event]:
        self.done = True
        return []

    def end(self, received_bytes: int) -> None:
        """No ``message_stop``: cut off. A refusal ends the answer as an error to show."""
        if self._stop == "refusal":
            raise ContentFilterError(Notice("claude_refused", {"host": self.host}),
                                     provider=self.provider, host=self.host, code="refusal")
        if not self.done:
            raise ProviderConnectionError(Notice("cut_off_stream", {"host": self.host}),
                                          provider=self.provider, host=self.host)


def _finish_note(stop: str) -> Notice | None:
    kind = {"max_tokens": "claude_length", "refusal": "claude_refusal_note",
            "pause_turn": "claude_pause"}.get(stop)
    return Notice(kind) if kind else None


class Anthropic(AsyncGeneratorProvider):
    """Claude through ``{base_url}/messages`` (default ``https://api.anthropic.com/v1``)."""

    supports_tools: ClassVar[bool] = True

    url: ClassVar[str] = "https://api.anthropic.com"
    working: ClassVar[bool] = True
    needs_auth: ClassVar[bool] = True
    default_model: ClassVar[str] = "claude-sonnet-4-5"
    models: ClassVar[list[str]] = []  # dynamic: see list_models()
    parser_class: ClassVar[type[StreamParser]] = AnthropicEventParser

    @classmethod
    def build_request(cls, model: str, messages: Messages, base_url: str | None = None,
                      api_key: str | None = None, temperature: float | None = None,
                      max_tokens: int | None = None, top_p: float | None = None,
                      top_k: int | None = None, stop: Sequence[str] | str | None = None,
                      tools: Sequence[Any] | None = None, thinking_budget: int | None = None,
                      extra_headers: Mapping[str, str] | None = None,
                      anthropic_version: str = ANTHROPIC_VERSION,
                      **kwargs: Any) -> ChatRequest:
        """``thinking_budget`` turns extended thinking on (at least 1024 tokens); the
        answer's ``max_tokens`` then comes on top of it. Unknown options are refused, never
        sent as JSON fields the API would reject."""
        unknown = sorted(k for k, v in kwargs.items() if v is not None)
        if unknown:
            options = {"provider": "Anthropic", "n": len(unknown), "options": ", ".join(unknown)}
            raise ProviderError(Notice("options_refused", options), provider=cls.__name__)
        model = model or cls.default_model
        system, turns = to_anthropic_messages(messages)
        budget = max(MIN_THINKING_BUDGET, int(thinking_budget)) if thinking_budget else None
        if max_tokens is None:
            limit = default_max_tokens(model, budget)
        else:
            limit = int(max_tokens) + (budget or 0)
        data: dict[str, Any] = {"model": model, "messages": turns, "max_tokens": limit,
                                "stream": True}
        if system:
            data["system"] = system
        if budget:
            data["thinking"] = {"type": "enabled", "budget_tokens": budget}
            if top_p is not None and top_p >= 0.95:  # thinking allows no other sampling
                data["top_p"] = top_p
        else:
            if temperature is not None:
                data["temperature"] = min(1.0, max(0.0, float(temperature)))
            if top_p is not None:
                data["top_p"] = top_p
            if top_k is not None:
                data["top_k"] = top_k
        if stop:
            data["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
        if tools:
            data["tools"] = to_anthropic_tools(tools)
        headers = {"Accept": "text/event-stream",
                   **_headers(api_key, anthropic_version, extra_headers)}
        return ChatRequest(normalize_base_url(base_url) + "/messages", data, headers,
                           secrets=(api_key.strip(),) if api_key and api_key.strip() else ())

    @classmethod
    def error_for_response(cls, status: int, reason: str, headers: Mapping[str, str],
                           body: bytes, content_type: str, *, host: str,
                           sent_key: bool) -> ProviderError:
        msg, _code, type_ = describe_body(body, content_type)
        kw: dict[str, Any] = {"provider": cls.__name__, "host": host, "status": status,
                              "server_message": msg, "code": type_}
        if status == 529 or type_ == "overloaded_error":
            return HTTPStatusError(Notice("claude_overloaded_status", {"host": host,
                                                                       "status": status}),
                                   retryable=True, **kw)
        if type_ == "not_found_error" and msg and msg.startswith("model:"):
            return ModelNotFoundError(f"{host} does not know this model ({status}): {msg}",
                                      **kw)
        return error_from_response(status, reason, headers, body, content_type, host=host,
                                   provider=cls.__name__, sent_key=sent_key)

    @classmethod
    async def list_models(cls, base_url: str | None = None, api_key: str | None = None,
                          session: aiohttp.ClientSession | None = None,
                          timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                          extra_headers: Mapping[str, str] | None = None) -> list[str]:
        infos = await cls.list_model_info(base_url, api_key, session, timeout, proxy,
                                          extra_headers)
        return [m.id for m in infos]

    @classmethod
    async def list_model_info(cls, base_url: str | None = None, api_key: str | None = None,
                              session: aiohttp.ClientSession | None = None,
                              timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                              extra_headers: Mapping[str, str] | None = None
                              ) -> list[ModelInfo]:
        """Every page of ``GET {base_url}/models`` (``after_id`` paging)."""
        url = normalize_base_url(base_url) + "/models"
        headers = _headers(api_key, ANTHROPIC_VERSION, extra_headers)
        infos: list[ModelInfo] = []
        params = {"limit": "1000"}
        seen: set[str] = set()
        for _page in range(MAX_PAGES):
            obj = await get_json(url, headers=headers, provider=cls.__name__,
                                 error_for_response=cls.error_for_response, session=session,
                                 timeout=timeout, proxy=proxy, params=params)
            items = obj.get("data") if isinstance(obj, dict) else None
            if not isinstance(items, list):
                raise ProtocolError(Notice("list_unexpected_json", {"host": host_of(url)}),
                                    provider=cls.__name__, host=host_of(url))
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    infos.append(ModelInfo(
                        item["id"], first_int(item, "max_input_tokens", "context_window"),
                        first_int(item, "max_tokens", "max_output_tokens")))
            last = obj.get("last_id")
            if not obj.get("has_more") or not isinstance(last, str) or last in seen:
                break
            seen.add(last)
            params = {"limit": "1000", "after_id": last}
        return merged(infos)


__all__ = ["ANTHROPIC_BASE_URL", "ANTHROPIC_VERSION", "Anthropic", "AnthropicEventParser",
           "default_max_tokens", "output_limit"]
