"""The ProviderError family, and turning server answers into errors a person can read.

Every failure that leaves a provider generator is one of these classes, so the UI can show
``str(error)`` as is and decide on a retry button from ``error.retryable`` alone.
"""

from __future__ import annotations

import html
import json
import math
import re
import time
from collections.abc import Mapping
from typing import Any

from ava_desktop.core.notice import Notice
from ava_desktop.core.text import clean_text

MAX_MESSAGE = 300


class ProviderError(Exception):
    """Root of every error a provider raises.

    Attributes: ``message`` (what ``str()`` shows), ``provider`` (class name), ``host``
    (e.g. "api.groq.com" or "127.0.0.1:8080"), ``status`` (HTTP status when there was one),
    ``server_message`` (the server's own words, if any), ``code`` (the server's error code),
    ``retryable`` (trying again later may succeed).
    """

    retryable_default = False

    def __init__(self, message: str | Notice, *, provider: str | None = None,
                 host: str | None = None, status: int | None = None,
                 server_message: str | None = None, code: str | None = None,
                 retryable: bool | None = None) -> None:
        self.notice = message if isinstance(message, Notice) else None  # for the UI's tr()
        # often quotes a server: keep it storable text
        message = clean_text(message.english() if isinstance(message, Notice) else message)
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.host = host
        self.status = status
        self.server_message = server_message
        self.code = code
        self.retryable = self.retryable_default if retryable is None else retryable

    def __str__(self) -> str:
        return self.message


class AuthenticationError(ProviderError):
    """401/403: the key is missing, wrong, or lacks access."""


class RateLimitError(ProviderError):
    """429: too many requests; ``retry_after`` seconds when the server said (else None)."""

    retryable_default = True

    def __init__(self, message: str | Notice, *, retry_after: float | None = None,
                 **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class HTTPStatusError(ProviderError):
    """Any other non-2xx answer; ``status`` and ``server_message`` say what happened."""


class ModelNotFoundError(ProviderError):
    """The server does not know the requested model."""


class ContextLengthError(ProviderError):
    """The conversation is longer than the model's context window; ``context_window`` is
    that window in tokens when known (a local model's ``n_ctx``), for the context meter's
    "drop the oldest messages" offer."""

    def __init__(self, message: str | Notice, *, context_window: int | None = None,
                 **kw: Any) -> None:
        super().__init__(message, **kw)
        self.context_window = context_window


class ProtocolError(ProviderError):
    """The server answered, but not with the stream we expect (or sent an error in it)."""


class ContentFilterError(ProviderError):
    """The provider's filters blocked the prompt or stopped the answer (safety, recitation,
    a refusal); ``code`` is the provider's own reason ("SAFETY", "refusal", ...)."""


class ProviderConnectionError(ProviderError):
    """Could not connect, or the connection broke (refused, reset, DNS, cut off)."""

    retryable_default = True


class ProviderTimeoutError(ProviderError):
    """The server took too long to answer, or went silent mid-stream."""

    retryable_default = True


class ProviderNotFoundError(ProviderError, LookupError):
    """``get_provider`` was given a name no provider has."""


# --------------------------------------------------------------------------- helpers
def redact(exc: ProviderError, secrets: tuple[str, ...] | list[str]) -> ProviderError:
    """``exc`` with every secret (an API key a server echoed back) cut out of its texts."""
    for secret in secrets:
        if not secret or len(secret) < 4:
            continue
        for attr in ("message", "server_message"):
            value = getattr(exc, attr, None)
            if isinstance(value, str) and secret in value:
                setattr(exc, attr, value.replace(secret, "[API key]"))
        exc.args = tuple(a.replace(secret, "[API key]") if isinstance(a, str) else a
                         for a in exc.args)
    return exc


def sent(kind: str, host: str, data: str = "", **kw: Any) -> ProtocolError:
    """The server sent something we cannot read (``kind`` says what); its data, shortened
    and quoted, is the untranslated detail."""
    return ProtocolError(Notice(kind, {"host": host}, repr(shorten(data, 120)) if data else None),
                         host=host, **kw)


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """Collapse whitespace and cut to ``limit`` characters (with an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_DROP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def summarize_html(body: str) -> str:
    """The <title> and the visible text of an HTML page, shortened."""
    m = _TITLE.search(body)
    title = shorten(html.unescape(_TAG.sub(" ", m.group(1)))) if m else ""
    text = shorten(html.unescape(_TAG.sub(" ", _DROP.sub(" ", body))), 2000)
    if title and text.startswith(title):
        text = text[len(title):].strip()
    if title and text:
        return shorten(f"{title}: {text}")
    return shorten(title or text)


def _first_str(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, str) and v.strip():
            return v
    return None


def describe_payload(obj: Any) -> tuple[str | None, str | None, str | None]:
    """(message, code, type) from the error JSON shapes servers use.

    Handles OpenAI/Groq/Mistral/OpenRouter ``{"error": {"message", "code", "type"}}``,
    Ollama/llama.cpp ``{"error": "..."}``, FastAPI/vLLM ``{"detail": ...}``,
    ``{"message": ...}`` and ``{"errors": [...]}``.
    """
    if isinstance(obj, list) and obj:
        return describe_payload(obj[0])
    if not isinstance(obj, dict):
        return (obj if isinstance(obj, str) and obj.strip() else None), None, None
    err = obj.get("error")
    code = type_ = None
    msg: str | None = None
    if isinstance(err, str):
        msg = err
    elif isinstance(err, dict):
        msg = _first_str(err.get("message"), err.get("msg"), err.get("detail"), err.get("error"))
        meta = err.get("metadata")
        raw = meta.get("raw") if isinstance(meta, dict) else None
        if isinstance(raw, str) and raw.strip() and raw not in (msg or ""):
            msg = f"{msg}: {raw}" if msg else raw
        code = err.get("code")
        type_ = err.get("type")
    if msg is None:
        detail = obj.get("detail")
        if isinstance(detail, list) and detail and isinstance(detail[0], dict):
            detail = detail[0].get("msg")
        msg = _first_str(detail, obj.get("message"), obj.get("msg"))
    if msg is None and isinstance(obj.get("errors"), list) and obj["errors"]:
        msg = describe_payload(obj["errors"][0])[0]
    if code is None:
        code = obj.get("code")
    return (shorten(msg) if msg else None,
            None if code is None else str(code),
            type_ if isinstance(type_, str) else None)


def describe_body(body: bytes, content_type: str = "") -> tuple[str | None, str | None, str | None]:
    """(message, code, type) from an error response body of any kind."""
    text = body.decode("utf-8", errors="replace").strip()
    if not text:
        return None, None, None
    if text[0] in "{[":
        try:
            return describe_payload(json.loads(text))
        except ValueError:
            pass
    if "html" in content_type or text[:1] == "<":
        return summarize_html(text) or None, None, None
    return shorten(text), None, None


_CONTEXT = re.compile(
    r"context[ _-]?(length|window|size)|maximum context|too many tokens|prompt is too long|"
    r"exceeds? the (available )?context|input is too long|reduce the length", re.I)
_MODEL_MISSING = re.compile(
    r"model\b.*\b(not found|does not exist|not exist|is not available|unknown)|"
    r"no such model|unknown model|invalid model", re.I)


def is_context_error(message: str | None, code: str | None, type_: str | None) -> bool:
    if code in ("context_length_exceeded", "string_above_max_length"):
        return True
    if type_ in ("exceed_context_size_error", "context_length_exceeded"):
        return True
    return bool(message and _CONTEXT.search(message))


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from Retry-After (seconds or HTTP-date) or retry-after-ms."""
    value = headers.get("Retry-After")
    if value:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        import email.utils  # only for an HTTP-date; the email package is ~0.6 MB at idle

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - (time.time() if now is None else now))
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    return None


def format_wait(seconds: float) -> str:
    if seconds < 120:
        return f"{max(1, math.ceil(seconds))} s"
    if seconds < 7200:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


_RETRYABLE_STATUS = {408, 409, 425, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529}


def error_from_response(status: int, reason: str, headers: Mapping[str, str], body: bytes,
                        content_type: str, *, host: str, provider: str | None,
                        sent_key: bool = True) -> ProviderError:
    """The error for a non-2xx answer, carrying the server's own message."""
    msg, code, type_ = describe_body(body, content_type)
    kw: dict[str, Any] = {"provider": provider, "host": host, "status": status,
                          "server_message": msg, "code": code}
    where = {"host": host, "status": status}
    if status in (401, 403):
        if status == 401 and not sent_key:
            kind = "auth_missing_key"
        elif status == 401:
            kind = "auth_rejected_key"
        else:
            kind = "auth_refused"
        return AuthenticationError(Notice(kind, where, msg), **kw)
    if status == 429:
        if code == "insufficient_quota" or type_ == "insufficient_quota":
            return RateLimitError(Notice("quota_used_up", where, msg),
                                  retry_after=None, retryable=False, **kw)
        wait = parse_retry_after(headers)
        notice = (Notice("rate_limited_wait", {**where, "wait": format_wait(wait),
                                               "seconds": wait}, msg)
                  if wait is not None else Notice("rate_limited", where, msg))
        return RateLimitError(notice, retry_after=wait, **kw)
    if is_context_error(msg, code, type_) and status in (400, 413, 422, 500):
        return ContextLengthError(Notice("too_long", where, msg), **kw)
    if status in (400, 404, 422) and (code == "model_not_found" or
                                      (msg and _MODEL_MISSING.search(msg))):
        return ModelNotFoundError(Notice("model_not_found", where, msg), **kw)
    kind = "http_status_url" if status in (404, 405) else "http_status"
    phrase = f"{status} {reason}".strip()
    detail = msg
    if msg and msg.lower().startswith(phrase.lower()):  # HTML pages repeat the status line
        detail = msg[len(phrase):].lstrip(" :-—") or None
    return HTTPStatusError(Notice(kind, {**where, "reason": reason}, detail),
                           retryable=status in _RETRYABLE_STATUS, **kw)


def error_from_stream_payload(err: Any, *, host: str, provider: str | None) -> ProviderError:
    """The error for an ``{"error": ...}`` object sent inside a 200 stream or body."""
    msg, code, type_ = describe_payload({"error": err})
    kw: dict[str, Any] = {"provider": provider, "host": host, "server_message": msg,
                          "code": code}
    if is_context_error(msg, code, type_):
        return ContextLengthError(Notice("too_long_stream", {"host": host}, msg), **kw)
    status_code = None
    if code is not None and code.isdigit():
        status_code = int(code)
    retryable = status_code in _RETRYABLE_STATUS or status_code == 429 or type_ in (
        "server_error", "overloaded_error", "rate_limit_error")
    return ProtocolError(Notice("stream_error", {"host": host}, msg or "unknown error"),
                         retryable=retryable, **kw)


__all__ = [
    "AuthenticationError",
    "ContentFilterError",
    "ContextLengthError",
    "HTTPStatusError",
    "ModelNotFoundError",
    "ProtocolError",
    "ProviderConnectionError",
    "ProviderError",
    "ProviderNotFoundError",
    "ProviderTimeoutError",
    "RateLimitError",
]
