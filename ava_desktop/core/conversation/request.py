"""What one request needs, typed by concern, instead of one dict carried down three layers.

``RequestPlan.provider_kwargs()`` is the one place where these become a provider's keyword
arguments; a field that is not set is not sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ava_desktop.core.providers import AsyncGeneratorProvider

from .parts import ToolSpec


@dataclass(frozen=True, slots=True)
class Sampling:
    """How the model should answer (None: the server's default)."""

    temperature: float | None = None
    max_tokens: int | None = None
    top_p: float | None = None


@dataclass(frozen=True, slots=True)
class Connection:
    """How to reach the server: a shared aiohttp session and the proxy chosen for it."""

    session: Any = None
    proxy: str | None = None


@dataclass(frozen=True, slots=True)
class RequestPlan:
    provider: type[AsyncGeneratorProvider]
    model: str
    #: The endpoint's own options (base_url, api_key, extra headers, local model host…).
    endpoint: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    sampling: Sampling = Sampling()
    system_prompt: str | None = None
    connection: Connection = Connection()
    #: Loading progress of a local model (text, fraction); only local models call it.
    on_progress: Callable[[str, float], None] | None = None
    #: Name of the place it goes, for messages ("api.groq.com", "Local").
    target_name: str = ""
    #: Leave out this many of the oldest messages (after the system prompt) of the first
    #: request: the user chose it when the conversation would not fit the model.
    skip_oldest: int = 0

    def accepts_images(self) -> bool:
        """Whether images may be sent: the provider's per-model answer where it has one
        (a local GGUF with a vision projector), else its ``supports_images``."""
        check = getattr(self.provider, "model_accepts_images", None)
        if check is not None:
            return bool(check(self.model, self.endpoint))
        return bool(getattr(self.provider, "supports_images", True))

    def provider_kwargs(self, tools: Sequence[ToolSpec] = ()) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(self.endpoint)
        if tools:
            kwargs["tools"] = list(tools)
        for name in ("temperature", "max_tokens", "top_p"):
            value = getattr(self.sampling, name)
            if value is not None:
                kwargs[name] = value
        if self.connection.session is not None:
            kwargs["session"] = self.connection.session
        if self.connection.proxy:
            kwargs["proxy"] = self.connection.proxy
        if self.on_progress is not None and "host" in self.endpoint:
            kwargs["on_progress"] = self.on_progress
        return kwargs


__all__ = ["Connection", "RequestPlan", "Sampling"]
