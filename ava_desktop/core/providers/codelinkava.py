"""CodeLinkAva: the original provider (its service is gone, so ``working = False``).

Faithful to the g4f original: browser-like headers, payload ``{"messages", "temperature":
0.6, "stream": true}`` plus any extra keyword arguments, OpenAI-style SSE chunks. The
endpoint is a class attribute so a subclass (or a test) can point it elsewhere; transport
options (``session``, ``proxy``, ``timeout``, ``stream_timeout``) never reach the body.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .base import AsyncGeneratorProvider, ChatRequest, Messages
from .openai_wire import to_openai_messages


class CodeLinkAva(AsyncGeneratorProvider):
    url: ClassVar[str] = "https://ava-ai-ef611.web.app"
    api_endpoint: ClassVar[str] = "https://ava-alpha-api.codelink.io/api/chat"
    supports_gpt_35_turbo: ClassVar[bool] = True
    working: ClassVar[bool] = False
    supports_images: ClassVar[bool] = False
    default_model: ClassVar[str] = "gpt-3.5-turbo"
    models: ClassVar[list[str]] = ["gpt-3.5-turbo"]

    @classmethod
    def build_request(cls, model: str, messages: Messages, temperature: float | None = 0.6,
                      **kwargs: Any) -> ChatRequest:
        headers = {
            "User-Agent": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                           "(KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36"),
            "Accept": "*/*",
            "Accept-Language": ("en,fr-FR;q=0.9,fr;q=0.8,es-ES;q=0.7,es;q=0.6,en-US;q=0.5,"
                                "am;q=0.4,de;q=0.3"),
            "Origin": cls.url,
            "Referer": f"{cls.url}/",
            "Sec-Fetch-Dest": "empty",
            "Sec-Fetch-Mode": "cors",
            "Sec-Fetch-Site": "same-origin",
        }
        data = {
            "messages": to_openai_messages(messages),
            "temperature": 0.6 if temperature is None else temperature,
            "stream": True,
            **kwargs,
        }
        data["stream"] = True
        return ChatRequest(cls.api_endpoint, data, headers)


__all__ = ["CodeLinkAva"]
