"""OpenAI-compatible chat completions: OpenAI, OpenRouter, Groq, DeepSeek, Mistral, Together,
and local servers (Ollama, LM Studio, llama.cpp, vLLM, Jan). See ``presets.py``.

Defaults follow the OpenAI SDK conventions: ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` from
the environment when not given.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ava_desktop.core.conversation.parts import ToolSpec
from ava_desktop.core.notice import Notice

from .base import AsyncGeneratorProvider, ChatRequest, Messages
from .errors import ProtocolError, error_from_stream_payload
from .listing import ModelInfo, first_int, merged
from .openai_wire import to_openai_messages, to_openai_tools
from .transport import DEFAULT_TIMEOUT, get_json, host_of

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

OPENAI_BASE_URL = "https://api.openai.com/v1"
USER_AGENT = "AvaDesktop (+https://github.com/ava-desktop)"
#: Azure OpenAI's GA data-plane version (a base URL's own ``?api-version=`` wins).
AZURE_API_VERSION = "2024-10-21"
_AZURE_HOSTS = (".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com")


def normalize_base_url(base_url: str | None) -> str:
    """Environment/default fallback; no trailing slash; a pasted full endpoint is trimmed
    (a query such as Azure's ``?api-version=`` is dropped here: see ``_split_query``)."""
    url = (base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_BASE_URL).strip()
    url = _split_query(url)[0].rstrip("/")
    for suffix in ("/chat/completions", "/models"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    return url


def _split_query(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    if not parts.query:
        return url, {}
    return urlunsplit(parts._replace(query="", fragment="")), dict(parse_qsl(parts.query))


def is_azure(base_url: str | None) -> bool:
    host = (urlsplit(base_url or "").hostname or "").lower()
    return host.endswith(_AZURE_HOSTS)


def _auth_headers(api_key: str | None, extra_headers: dict[str, str] | None,
                  auth_header: str | None = None) -> dict[str, str]:
    """``Authorization: Bearer KEY``, or the raw key in ``auth_header`` (Azure: ``api-key``)."""
    key = os.environ.get("OPENAI_API_KEY", "") if api_key is None else api_key
    headers = {"User-Agent": USER_AGENT}
    if key and key.strip():
        if auth_header and auth_header.lower() != "authorization":
            headers[auth_header] = key.strip()
        else:
            headers["Authorization"] = f"Bearer {key.strip()}"
    if extra_headers:
        headers.update(extra_headers)
    return headers


def _connection(base_url: str | None, api_key: str | None,
                extra_headers: dict[str, str] | None, auth_header: str | None,
                api_version: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """(base URL, headers, query) for one server; Azure hosts get ``api-key`` and an
    ``api-version`` unless told otherwise."""
    raw = (base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_BASE_URL).strip()
    query = _split_query(raw)[1]
    azure = is_azure(raw)
    if auth_header is None and azure:
        auth_header = "api-key"
    v1 = urlsplit(raw).path.rstrip("/").endswith("/openai/v1")  # Azure's v1 API needs none
    default = AZURE_API_VERSION if azure and not v1 else None
    version = query.get("api-version") or api_version or default  # the URL's own wins
    params = {"api-version": version} if version else {}
    return normalize_base_url(raw), _auth_headers(api_key, extra_headers, auth_header), params


def _with_query(url: str, params: dict[str, str]) -> str:
    if not params:
        return url
    from yarl import URL  # only when a request is made: aiohttp has loaded it then

    return str(URL(url).with_query(params))


class OpenAICompatible(AsyncGeneratorProvider):
    """Any server speaking ``POST {base_url}/chat/completions`` with ``stream: true``.

    Azure OpenAI is a preset of this class: ``base_url`` is the deployment URL
    (``https://RES.openai.azure.com/openai/deployments/NAME``), the key goes in the
    ``api-key`` header (``auth_header``) and ``api_version`` becomes ``?api-version=``.
    """

    supports_tools: ClassVar[bool] = True

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
                      auth_header: str | None = None, api_version: str | None = None,
                      tools: Sequence[ToolSpec] | None = None,
                      stream_usage: bool = False,
                      **kwargs: Any) -> ChatRequest:
        """Extra keyword arguments (e.g. ``stop``, ``seed``) go into the JSON body.

        ``tools`` are offered as OpenAI functions; none (or an empty list) sends no
        ``tools`` key, since some servers reject an empty array. ``stream_usage`` asks for
        the token usage at the end of the stream (``stream_options.include_usage``), which
        OpenAI and Azure send only when asked; servers that do not know it may refuse the
        request, so only presets that take it set it."""
        data: dict[str, Any] = {"model": model or cls.default_model,
                                "messages": to_openai_messages(messages),
                                "stream": True}
        for key, value in (("temperature", temperature), ("max_tokens", max_tokens),
                           ("top_p", top_p)):
            if value is not None:
                data[key] = value
        if tools:
            data["tools"] = to_openai_tools(tools)
        if stream_usage:
            data["stream_options"] = {"include_usage": True}
        data.update({k: v for k, v in kwargs.items() if v is not None})
        data["stream"] = True
        base, auth, params = _connection(base_url, api_key, extra_headers, auth_header,
                                         api_version)
        headers = {"Accept": "text/event-stream", **auth}
        return ChatRequest(_with_query(base + "/chat/completions", params), data, headers,
                           secrets=(api_key.strip(),) if api_key and api_key.strip() else ())

    @classmethod
    async def list_models(cls, base_url: str | None = None, api_key: str | None = None,
                          session: aiohttp.ClientSession | None = None,
                          timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                          extra_headers: dict[str, str] | None = None,
                          auth_header: str | None = None,
                          api_version: str | None = None) -> list[str]:
        """Sorted unique model ids from ``GET {base_url}/models``; errors are ProviderErrors."""
        infos = await cls.list_model_info(base_url, api_key, session, timeout, proxy,
                                          extra_headers, auth_header, api_version)
        return [m.id for m in infos]

    @classmethod
    async def list_model_info(cls, base_url: str | None = None, api_key: str | None = None,
                              session: aiohttp.ClientSession | None = None,
                              timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                              extra_headers: dict[str, str] | None = None,
                              auth_header: str | None = None,
                              api_version: str | None = None) -> list[ModelInfo]:
        """The models with the limits servers tell: OpenRouter/Together ``context_length``,
        Groq ``context_window``, vLLM ``max_model_len``, llama.cpp ``meta.n_ctx``.

        An Azure deployment URL answers with its deployment (after checking the key against
        the resource's model list, which names models, not deployments).
        """
        base, headers, params = _connection(base_url, api_key, extra_headers, auth_header,
                                            api_version)
        deployment = _azure_deployment(base)
        url = (base.split("/openai/deployments/")[0] + "/openai/models" if deployment
               else base + "/models")
        obj = await get_json(url, headers=headers, provider=cls.__name__,
                             error_for_response=cls.error_for_response, session=session,
                             timeout=timeout, proxy=proxy, params=params)
        if deployment:
            return [ModelInfo(deployment)]
        return _model_infos(obj, url, cls.__name__)


def _azure_deployment(base: str) -> str | None:
    path = urlsplit(base).path.rstrip("/")
    _head, sep, name = path.rpartition("/openai/deployments/")
    return name if sep and name and "/" not in name else None


def _model_infos(obj: Any, url: str, name: str) -> list[ModelInfo]:
    host = host_of(url)
    items: Any = None
    if isinstance(obj, dict):
        if obj.get("error"):
            raise error_from_stream_payload(obj["error"], host=host, provider=name)
        items = obj.get("data", obj.get("models"))
    elif isinstance(obj, list):
        items = obj
    if not isinstance(items, list):
        raise ProtocolError(Notice("list_unexpected_json", {"host": host}),
                            provider=name, host=host)
    infos: list[ModelInfo] = []
    for item in items:
        if isinstance(item, str):
            infos.append(ModelInfo(item))
        elif isinstance(item, dict):
            ident = item.get("id") or item.get("name") or item.get("model")
            if isinstance(ident, str) and ident:
                infos.append(_info(ident, item))
    return merged(infos)


def _info(ident: str, item: dict[str, Any]) -> ModelInfo:
    context = first_int(item, "context_length", "context_window", "max_model_len",
                        "max_context_length")
    meta = item.get("meta")
    if context is None and isinstance(meta, dict):
        context = first_int(meta, "n_ctx")
    output = first_int(item, "max_completion_tokens", "max_output_tokens")
    top = item.get("top_provider")
    if isinstance(top, dict):
        context = context or first_int(top, "context_length")
        output = output or first_int(top, "max_completion_tokens")
    return ModelInfo(ident, context, output)


__all__ = ["AZURE_API_VERSION", "OPENAI_BASE_URL", "OpenAICompatible", "is_azure",
           "normalize_base_url"]
