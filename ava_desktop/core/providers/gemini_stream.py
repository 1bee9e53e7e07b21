"""Gemini's streamed ``GenerateContentResponse`` chunks -> typed events, and its errors.

Every chunk is a whole JSON object (``alt=sse``); the stream has no end marker, so a
``finishReason`` is what says the answer is complete. Endings other than STOP and
MAX_TOKENS (safety, recitation, a blocked prompt, a malformed tool call) are errors that say
why, after a ``Finish`` event carrying the same words.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

from ava_desktop.core.notice import Notice

from .errors import (
    AuthenticationError,
    ContentFilterError,
    ContextLengthError,
    HTTPStatusError,
    ModelNotFoundError,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    RateLimitError,
    format_wait,
    parse_retry_after,
    sent,
    shorten,
)
from .events import Event, Finish, ReasoningDelta, TextDelta, ToolCall, Usage
from .listing import first_int
from .sse import ServerSentEvent

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)s\s*$")
#: Why Gemini ended an answer: each reason is a sentence of ``core.notice.ENGLISH``
#: (``gemini_filter_safety``, ``gemini_tool_malformed_function_call``...).
_FILTERS = frozenset({
    "BLOCKLIST", "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION", "IMAGE_SAFETY",
    "PROHIBITED_CONTENT", "RECITATION", "SAFETY", "SPII",
})
_TOOL_FAILURES = frozenset({
    "MALFORMED_FUNCTION_CALL", "MISSING_THOUGHT_SIGNATURE", "TOO_MANY_TOOL_CALLS",
    "UNEXPECTED_TOOL_CALL",
})
_BLOCKS = frozenset({
    "BLOCKLIST", "IMAGE_SAFETY", "OTHER", "PROHIBITED_CONTENT", "SAFETY",
})


def parse_duration(value: Any) -> float | None:
    """Protobuf Duration JSON ("37s", "1.5s") -> seconds."""
    if isinstance(value, str) and (m := _DURATION.match(value)):
        return float(m.group(1))
    return None


def gemini_error(status: int | None, err: Any, headers: Mapping[str, str], *, host: str,
                 provider: str | None, sent_key: bool = True) -> ProviderError | None:
    """The error for a Google API error object (``{"code", "message", "status",
    "details"}``), or None when ``err`` is not one."""
    if isinstance(err, list) and err:
        err = err[0]
    if isinstance(err, dict) and isinstance(err.get("error"), dict):
        err = err["error"]
    if not isinstance(err, dict) or not ({"message", "status"} & err.keys()):
        return None
    msg = shorten(str(err.get("message") or "")) or None
    grpc = str(err.get("status") or "")
    code = status if status is not None else first_int(err, "code")
    details = [d for d in err.get("details") or [] if isinstance(d, dict)]
    reasons = {str(d.get("reason")) for d in details if d.get("reason")}
    wait = next((w for d in details if (w := parse_duration(d.get("retryDelay"))) is not None),
                None)
    kw: dict[str, Any] = {"provider": provider, "host": host, "status": code,
                          "server_message": msg, "code": grpc or None}
    label = " ".join(str(x) for x in (code, grpc) if x)
    where = {"host": host, "label": label}

    def said(kind: str) -> Notice:  # the server's own words after the sentence
        return Notice(kind, where, msg)

    if "API_KEY_INVALID" in reasons or grpc == "UNAUTHENTICATED" or code == 401:
        kw["code"] = "API_KEY_INVALID" if "API_KEY_INVALID" in reasons else kw["code"]
        return AuthenticationError(said("g_auth_rejected" if sent_key else "g_auth_missing"),
                                   **kw)
    if grpc == "PERMISSION_DENIED" or code == 403:
        return AuthenticationError(said("g_refused"), **kw)
    if grpc == "RESOURCE_EXHAUSTED" or code == 429:
        wait = wait if wait is not None else parse_retry_after(headers)
        notice = (Notice("rate_limited_wait", {"host": host, "wait": format_wait(wait),
                                               "seconds": wait}, msg)
                  if wait is not None else Notice("rate_limited", {"host": host}, msg))
        return RateLimitError(notice, retry_after=wait, **kw)
    if msg and re.search(r"token count.*exceeds|exceeds the maximum number of tokens", msg,
                         re.I):
        return ContextLengthError(said("g_too_long"), **kw)
    if grpc == "NOT_FOUND" or code == 404:
        if msg and "models/" in msg:
            return ModelNotFoundError(said("g_model_not_found"), **kw)
        return HTTPStatusError(said("g_answered_url"), **kw)
    if grpc in ("INVALID_ARGUMENT", "FAILED_PRECONDITION") or code == 400:
        return HTTPStatusError(said("g_bad_request"), **kw)
    retryable = grpc in ("UNAVAILABLE", "INTERNAL", "DEADLINE_EXCEEDED") or (
        code is not None and code >= 500)
    return HTTPStatusError(said("g_answered"), retryable=retryable, **kw)


def _usage(meta: dict[str, Any]) -> Usage:
    prompt = first_int(meta, "promptTokenCount")
    answer = first_int(meta, "candidatesTokenCount")
    thoughts = first_int(meta, "thoughtsTokenCount")
    completion = None if answer is None and thoughts is None else (answer or 0) + (thoughts or 0)
    return Usage(prompt, completion, first_int(meta, "totalTokenCount"))


class GeminiChunkParser:
    """Text, thought parts (reasoning), ``functionCall`` (one ToolCall each, arguments as
    JSON text), ``usageMetadata``, ``finishReason`` and ``promptFeedback.blockReason``."""

    def __init__(self, host: str, provider: str | None = None) -> None:
        self.host = host
        self.provider = provider
        self.done = False  # Gemini has no end marker: read to EOF
        self.finish_reason: str | None = None
        self._calls = 0
        self._usage: Usage | None = None
        self._ending: ProviderError | None = None

    def _protocol(self, kind: str, data: str) -> ProtocolError:
        return sent(kind, self.host, data, provider=self.provider)

    def feed(self, sse: ServerSentEvent) -> list[Event]:
        data = sse.data
        if not data or data.isspace():
            return []
        try:
            obj = json.loads(data)
        except ValueError:
            raise self._protocol("sent_malformed_line", data) from None
        if isinstance(obj, list) and len(obj) == 1:  # a JSON-array stream item
            obj = obj[0]
        if not isinstance(obj, dict):
            raise self._protocol("sent_not_object", data)
        if "error" in obj:
            err = gemini_error(None, obj["error"], {}, host=self.host, provider=self.provider)
            if err is None:
                raise self._protocol("sent_undescribed_error", data)
            said = err.server_message or err.code or "unknown error"
            raise ProtocolError(Notice("stream_error", {"host": self.host}, said),
                                provider=self.provider, host=self.host, status=err.status,
                                code=err.code, server_message=err.server_message,
                                retryable=err.retryable)
        out: list[Event] = []
        finish: Finish | None = None
        candidates = obj.get("candidates")
        if isinstance(candidates, list) and candidates and isinstance(candidates[0], dict):
            finish = self._candidate(candidates[0], out)
        feedback = obj.get("promptFeedback")
        block = feedback.get("blockReason") if isinstance(feedback, dict) else None
        if isinstance(block, str) and block:
            said = (Notice(f"gemini_block_{block.lower()}") if block in _BLOCKS else
                    Notice("gemini_block_unknown", {"reason": block}))
            self._ending = ContentFilterError(said, provider=self.provider, host=self.host,
                                              code=block)
            self.finish_reason = "content_filter"
            out.append(Finish("content_filter", str(self._ending)))
        meta = obj.get("usageMetadata")
        if isinstance(meta, dict):
            usage = _usage(meta)
            if usage != self._usage:
                self._usage = usage
                out.append(usage)
        if finish is not None:  # last, as the other providers send it
            out.append(finish)
        return out

    def _candidate(self, cand: dict[str, Any], out: list[Event]) -> Finish | None:
        content = cand.get("content")
        parts = content.get("parts") if isinstance(content, dict) else None
        for part in parts if isinstance(parts, list) else ():
            if not isinstance(part, dict):
                continue
            text = part.get("text")
            if isinstance(text, str) and text:
                out.append(ReasoningDelta(text) if part.get("thought") is True
                           else TextDelta(text))
            call = part.get("functionCall")
            if isinstance(call, dict) and isinstance(call.get("name"), str):
                args = call.get("args")
                call_id = call.get("id")
                out.append(ToolCall(
                    self._calls,
                    call_id if isinstance(call_id, str) and call_id
                    else f"call_{uuid.uuid4().hex[:16]}",
                    call["name"],
                    json.dumps(args if isinstance(args, dict) else {}, ensure_ascii=False),
                    str(part.get("thoughtSignature") or "")))
                self._calls += 1
        reason = cand.get("finishReason")
        if isinstance(reason, str) and reason and reason != "FINISH_REASON_UNSPECIFIED":
            return self._finish(reason)
        return None

    def _finish(self, reason: str) -> Finish:
        kw: dict[str, Any] = {"provider": self.provider, "host": self.host, "code": reason}
        if reason == "STOP":
            self.finish_reason = "tool_calls" if self._calls else "stop"
            return Finish(self.finish_reason)
        if reason == "MAX_TOKENS":
            self.finish_reason = "length"
            note = Notice("gemini_length")
            return Finish("length", note.english(), note)
        if reason in _FILTERS:
            self.finish_reason = "content_filter"
            self._ending = ContentFilterError(Notice(f"gemini_filter_{reason.lower()}"), **kw)
        elif reason in _TOOL_FAILURES:
            self.finish_reason = reason.lower()
            self._ending = ProtocolError(Notice(f"gemini_tool_{reason.lower()}"), **kw)
        elif reason == "LANGUAGE":
            self.finish_reason = "language"
            self._ending = ProviderError(Notice("gemini_language"), **kw)
        else:
            self.finish_reason = reason.lower()
            self._ending = ProviderError(Notice("gemini_unknown_stop", {"reason": reason}), **kw)
        return Finish(self.finish_reason, str(self._ending))

    def end(self, received_bytes: int) -> None:
        """An ending that must be said is raised; no finishReason at all means cut off."""
        if self._ending is not None:
            raise self._ending
        if self.finish_reason is None:
            raise ProviderConnectionError(Notice("cut_off_stream", {"host": self.host}),
                                          provider=self.provider, host=self.host)


__all__ = ["GeminiChunkParser", "gemini_error", "parse_duration"]
