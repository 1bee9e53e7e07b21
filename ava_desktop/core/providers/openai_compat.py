"""OpenAI-compatible chat completions: OpenAI, OpenRouter, Groq, DeepSeek, Mistral, Together,
and local servers (Ollama, LM Studio, llama.cpp, vLLM, Jan). See ``presets.py``.

Defaults follow the OpenAI SDK conventions: ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` from
the environment when not given.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Sequence
from typing import Any, ClassVar

import aiohttp

from ava_desktop.core.conversation.parts import ToolSpec
from ava_desktop.core.text import clean_text

from .base import (
    DEFAULT_TIMEOUT,
    ERROR_BODY_LIMIT,
    AsyncGeneratorProvider,
    ChatRequest,
    Messages,
    _read_limited,
    host_of,
    map_client_error,
)
from .errors import (
    ProtocolError,
    ProviderTimeoutError,
    error_from_response,
    error_from_stream_payload,
)
from .openai_wire import to_openai_messages, to_openai_tools

OPENAI_BASE_URL = "https://api.openai.com/v1"
USER_AGENT = "AvaDesktop (+https://github.com/ava-desktop)"


def normalize_base_url(base_url: str | None) -> str:
    """Environment/default fallback; no trailing slash; a pasted full endpoint is trimmed."""
    url = (base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_BASE_URL).strip()
    url = url.rstrip("/")
    for suffix in ("/chat/completions", "/models"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    return url


def _auth_headers(api_key: str | None, extra_headers: dict[str, str] | None) -> dict[str, str]:
    key = os.environ.get("OPENAI_API_KEY", "") if api_key is None else api_key
    headers = {"User-Agent": USER_AGENT}
    if key and key.strip():
        headers["Authorization"] = f"Bearer {key.strip()}"
    if extra_headers:
        headers.update(extra_headers)
    return headers


class OpenAICompatible(AsyncGeneratorProvider):
    """Any server speaking ``POST {base_url}/chat/completions`` with ``stream: true``."""

    url: ClassVar[str] = "https://api.openai.com"
    working: ClassVar[bool] = True
    needs_auth: ClassVar[bool] = False  # cloud presets need a key, local servers do not
    default_model: ClassVar[str] = "gpt-4o-mini"
    models: ClassVar[list[str]] = []  # dynamic: see list_models()

    @classmethod
    def build_request(cls, model: str, messages: Messages, base_url: str | None = None,
                      api_key: str | None = None, temperature: float | None = None,
                      max_tokens: int | None = None, top_p: float | None = None,
                      extra_headers: dict[str, str] | None = None,
                      tools: Sequence[ToolSpec] | None = None,
                      **kwargs: Any) -> ChatRequest:
        """Extra keyword arguments (e.g. ``stop``, ``seed``) go into the JSON body.

        ``tools`` are offered as OpenAI functions; none (or an empty list) sends no
        ``tools`` key, since some servers reject an empty array."""
        data: dict[str, Any] = {"model": model or cls.default_model,
                                "messages": to_openai_messages(messages),
                                "stream": True}
        for key, value in (("temperature", temperature), ("max_tokens", max_tokens),
                           ("top_p", top_p)):
            if value is not None:
                data[key] = value
        if tools:
            data["tools"] = to_openai_tools(tools)
        data.update({k: v for k, v in kwargs.items() if v is not None})
        data["stream"] = True
        headers = {"Accept": "text/event-stream", **_auth_headers(api_key, extra_headers)}
        return ChatRequest(normalize_base_url(base_url) + "/chat/completions", data, headers)

    @classmethod
    async def list_models(cls, base_url: str | None = None, api_key: str | None = None,
                          session: aiohttp.ClientSession | None = None,
                          timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                          extra_headers: dict[str, str] | None = None) -> list[str]:
        """Sorted unique model ids from ``GET {base_url}/models``; errors are ProviderErrors."""
        url = normalize_base_url(base_url) + "/models"
        host = host_of(url)
        name = cls.__name__
        headers = _auth_headers(api_key, extra_headers)
        own = session is None
        try:
            if own:
                session = aiohttp.ClientSession(trust_env=True,
                                                timeout=aiohttp.ClientTimeout(total=None))
            assert session is not None
            try:
                async with asyncio.timeout(timeout):
                    async with session.get(url, headers=headers, proxy=proxy or None,
                                           timeout=aiohttp.ClientTimeout(total=None)) as resp:
                        body = await _read_limited_strict(resp)
                        status, reason = resp.status, resp.reason or ""
                        resp_headers, ctype = resp.headers, resp.headers.get("Content-Type", "")
            except TimeoutError:
                raise ProviderTimeoutError(f"Timed out after {timeout:g} s listing the models "
                                           f"of {host}", provider=name, host=host) from None
            except (aiohttp.ClientError, OSError, ValueError) as exc:
                raise map_client_error(exc, host=host, provider=name, proxy=proxy) from exc
        finally:
            if own and session is not None:
                await session.close()
        if not 200 <= status < 300:
            raise error_from_response(status, reason, resp_headers, body[:ERROR_BODY_LIMIT],
                                      ctype, host=host, provider=name,
                                      sent_key="Authorization" in headers)
        return _model_ids(body, host, name)


async def _read_limited_strict(resp: aiohttp.ClientResponse) -> bytes:
    """The whole body (model lists can be large: OpenRouter's is ~1 MB), capped at 32 MB."""
    if resp.status >= 300:
        return await _read_limited(resp, ERROR_BODY_LIMIT, None)
    body = bytearray()
    while chunk := await resp.content.readany():
        body += chunk
        if len(body) > 32 * 1024 * 1024:
            break
    return bytes(body)


def _model_ids(body: bytes, host: str, name: str) -> list[str]:
    try:
        obj = json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        text = body.decode("utf-8", errors="replace").strip()
        raise ProtocolError(f"{host} did not answer the model list with JSON: "
                            f"{text[:120]!r}", provider=name, host=host) from None
    items: Any = None
    if isinstance(obj, dict):
        if obj.get("error"):
            raise error_from_stream_payload(obj["error"], host=host, provider=name)
        items = obj.get("data", obj.get("models"))
    elif isinstance(obj, list):
        items = obj
    if not isinstance(items, list):
        raise ProtocolError(f"{host} answered the model list with unexpected JSON",
                            provider=name, host=host)
    ids: set[str] = set()
    for item in items:
        if isinstance(item, str):
            ids.add(clean_text(item))
        elif isinstance(item, dict):
            ident = item.get("id") or item.get("name") or item.get("model")
            if isinstance(ident, str) and ident:
                ids.add(clean_text(ident))
    return sorted(ids)


__all__ = ["OPENAI_BASE_URL", "OpenAICompatible", "normalize_base_url"]
