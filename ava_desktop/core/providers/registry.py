"""All provider classes, looked up by name; ``working`` tells the UI which are offline."""

from __future__ import annotations

from .anthropic import Anthropic
from .base import AsyncGeneratorProvider
from .codelinkava import CodeLinkAva
from .errors import ProviderNotFoundError
from .gemini import Gemini
from .openai_compat import OpenAICompatible

_PROVIDERS: dict[str, type[AsyncGeneratorProvider]] = {}


def register(cls: type[AsyncGeneratorProvider]) -> type[AsyncGeneratorProvider]:
    """Add a provider class (usable as a decorator); names are case-insensitive."""
    _PROVIDERS[cls.__name__.lower()] = cls
    return cls


def providers() -> list[type[AsyncGeneratorProvider]]:
    """Every registered provider class, in registration order."""
    return list(_PROVIDERS.values())


def working_providers() -> list[type[AsyncGeneratorProvider]]:
    return [p for p in _PROVIDERS.values() if p.working]


def get_provider(name: str) -> type[AsyncGeneratorProvider]:
    """The provider class called ``name`` (any case); ProviderNotFoundError lists the names."""
    cls = _PROVIDERS.get(str(name).strip().lower())
    if cls is None:
        known = ", ".join(p.__name__ for p in _PROVIDERS.values())
        raise ProviderNotFoundError(f"Unknown provider {name!r}; known providers: {known}")
    return cls


register(OpenAICompatible)
register(Anthropic)
register(Gemini)
register(CodeLinkAva)

__all__ = ["get_provider", "providers", "register", "working_providers"]
