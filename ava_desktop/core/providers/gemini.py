"""Google's Gemini API, natively: thoughts, tool calls and images in its own format.

``POST {base_url}/models/{model}:streamGenerateContent?alt=sse`` with the key in the
``x-goog-api-key`` header, never in the URL, so it cannot reach a log line or an error
text. Chunks are parsed by ``GeminiChunkParser``; the transport is the base's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

from ava_desktop.core.notice import Notice

from .base import AsyncGeneratorProvider, ChatRequest, Messages
from .chunks import StreamParser
from .errors import ProtocolError, ProviderError, error_from_response
from .gemini_stream import GeminiChunkParser, gemini_error
from .gemini_wire import to_gemini_contents, to_gemini_tools
from .listing import MAX_PAGES, ModelInfo, first_int, merged
from .openai_compat import USER_AGENT
from .transport import DEFAULT_TIMEOUT, get_json, host_of

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

GEMINI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta"
_CAPABLE = {"generateContent", "streamGenerateContent"}


def normalize_base_url(base_url: str | None) -> str:
    url = (base_url or GEMINI_BASE_URL).strip().rstrip("/")
    return url.removesuffix("/models")


def model_path(model: str) -> str:
    """"gemini-2.5-flash" or "models/gemini-2.5-flash" -> "models/gemini-2.5-flash"."""
    name = model.strip().removeprefix("models/")
    return "models/" + quote(name, safe="-._~")


def _headers(api_key: str | None, extra_headers: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT}
    if api_key and api_key.strip():
        headers["x-goog-api-key"] = api_key.strip()
    if extra_headers:
        headers.update(extra_headers)
    return headers


class Gemini(AsyncGeneratorProvider):
    """Gemini through ``{base_url}`` (default the Generative Language API ``v1beta``)."""

    supports_tools: ClassVar[bool] = True

    url: ClassVar[str] = "https://generativelanguage.googleapis.com"
    working: ClassVar[bool] = True
    needs_auth: ClassVar[bool] = True
    default_model: ClassVar[str] = "gemini-2.5-flash"
    models: ClassVar[list[str]] = []  # dynamic: see list_models()
    parser_class: ClassVar[type[StreamParser]] = GeminiChunkParser

    @classmethod
    def build_request(cls, model: str, messages: Messages, base_url: str | None = None,
                      api_key: str | None = None, temperature: float | None = None,
                      max_tokens: int | None = None, top_p: float | None = None,
                      top_k: int | None = None, stop: Sequence[str] | str | None = None,
                      tools: Sequence[Any] | None = None, thinking_budget: int | None = None,
                      extra_headers: Mapping[str, str] | None = None,
                      **kwargs: Any) -> ChatRequest:
        """``thinking_budget``: tokens for thinking (0 turns it off where the model allows,
        -1 lets the model decide) and asks for thought summaries. Unknown options are
        refused, never sent as JSON fields the API would reject."""
        unknown = sorted(k for k, v in kwargs.items() if v is not None)
        if unknown:
            options = {"provider": "Gemini", "n": len(unknown), "options": ", ".join(unknown)}
            raise ProviderError(Notice("options_refused", options), provider=cls.__name__)
        system, contents = to_gemini_contents(messages)
        data: dict[str, Any] = {"contents": contents}
        if system:
            data["systemInstruction"] = {"parts": [{"text": system}]}
        if tools:
            data["tools"] = to_gemini_tools(tools)
        config: dict[str, Any] = {}
        for key, value in (("temperature", temperature), ("maxOutputTokens", max_tokens),
                           ("topP", top_p), ("topK", top_k)):
            if value is not None:
                config[key] = value
        if stop:
            config["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
        if thinking_budget is not None:
            budget = int(thinking_budget)
            config["thinkingConfig"] = {"thinkingBudget": budget, "includeThoughts": budget != 0}
        if config:
            data["generationConfig"] = config
        url = (f"{normalize_base_url(base_url)}/{model_path(model or cls.default_model)}"
               ":streamGenerateContent?alt=sse")
        headers = {"Accept": "text/event-stream", **_headers(api_key, extra_headers)}
        return ChatRequest(url, data, headers,
                           secrets=(api_key.strip(),) if api_key and api_key.strip() else ())

    @classmethod
    def error_for_response(cls, status: int, reason: str, headers: Mapping[str, str],
                           body: bytes, content_type: str, *, host: str,
                           sent_key: bool) -> ProviderError:
        try:
            obj = json.loads(body.decode("utf-8", errors="replace"))
        except ValueError:
            obj = None
        err = gemini_error(status, obj, headers, host=host, provider=cls.__name__,
                           sent_key=sent_key)
        if err is not None:
            return err
        # not Google's error JSON (a proxy's HTML page, plain text): the generic path
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
        """Every page of ``GET {base_url}/models`` (``pageToken`` paging), only the models
        that can chat (``generateContent``), with ``inputTokenLimit``/``outputTokenLimit``."""
        url = normalize_base_url(base_url) + "/models"
        host = host_of(url)
        headers = _headers(api_key, extra_headers)
        infos: list[ModelInfo] = []
        params = {"pageSize": "1000"}
        seen: set[str] = set()
        for _page in range(MAX_PAGES):
            obj = await get_json(url, headers=headers, provider=cls.__name__,
                                 error_for_response=cls.error_for_response, session=session,
                                 timeout=timeout, proxy=proxy, params=params)
            items = obj.get("models", []) if isinstance(obj, dict) else None
            if not isinstance(items, list):
                raise ProtocolError(Notice("list_unexpected_json", {"host": host}),
                                    provider=cls.__name__, host=host)
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                    continue
                methods = item.get("supportedGenerationMethods")
                if isinstance(methods, list) and not _CAPABLE & set(map(str, methods)):
                    continue
                infos.append(ModelInfo(item["name"].removeprefix("models/"),
                                       first_int(item, "inputTokenLimit"),
                                       first_int(item, "outputTokenLimit")))
            token = obj.get("nextPageToken")
            if not isinstance(token, str) or not token or token in seen:
                break
            seen.add(token)
            params = {"pageSize": "1000", "pageToken": token}
        return merged(infos)


__all__ = ["GEMINI_BASE_URL", "Gemini", "model_path"]
