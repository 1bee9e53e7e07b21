"""Chat targets: what a tab can talk to (a provider class plus its connection options).

The model selector lists targets grouped by provider; a tab stores the target key and a
model name. Keys are stable strings so a saved conversation finds its endpoint again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ava_desktop.core.providers import AsyncGeneratorProvider, CodeLinkAva, OpenAICompatible


@dataclass(frozen=True)
class Target:
    """One place to send chats. ``options`` go to the provider (base_url, api_key, ...)."""

    key: str
    name: str
    provider: type[AsyncGeneratorProvider]
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    models: tuple[str, ...] = ()
    default_model: str | None = None

    @property
    def working(self) -> bool:
        return bool(self.provider.working)

    @property
    def lists_models(self) -> bool:
        """Whether models come from the server's ``/models`` (else ``models`` is all)."""
        return issubclass(self.provider, OpenAICompatible)

    def label(self) -> str:
        return self.name if self.working else f"{self.name} (offline)"

    async def fetch_models(self, session: Any = None) -> list[str]:
        if not self.lists_models:
            return list(self.models)
        return await self.provider.list_models(
            base_url=self.options.get("base_url"),
            api_key=self.options.get("api_key"),
            session=session,
        )


def codelinkava_target() -> Target:
    """The original provider; its service is gone, so it is listed as offline."""
    models = tuple(CodeLinkAva.models) or (CodeLinkAva.default_model or "gpt-3.5-turbo",)
    return Target(
        key="codelinkava",
        name="CodeLinkAva",
        provider=CodeLinkAva,
        models=models,
        default_model=CodeLinkAva.default_model or models[0],
    )


def openai_target(
    key: str,
    name: str,
    base_url: str,
    api_key: str | None = None,
    default_model: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Target:
    options: dict[str, Any] = {"base_url": base_url.rstrip("/")}
    if api_key:
        options["api_key"] = api_key
    if extra_headers:
        options["extra_headers"] = dict(extra_headers)
    return Target(
        key=key,
        name=name,
        provider=OpenAICompatible,
        options=MappingProxyType(options),
        default_model=default_model,
        models=(default_model,) if default_model else (),
    )
