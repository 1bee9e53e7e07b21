"""Known services and local servers, with their default base URLs and provider classes.

Most speak the OpenAI wire format; Anthropic and Google Gemini have native providers, and
Azure OpenAI is the OpenAI-compatible provider with its own key header. Local servers use
their default loopback ports; a user can always edit the URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .openai_compat import AZURE_API_VERSION


@dataclass(frozen=True, slots=True)
class Preset:
    """A named endpoint: where it is, whether it needs an API key, which provider class
    speaks to it (a registry name) and the provider options it always needs (``options``,
    e.g. Azure's ``auth_header``), which go to the provider next to base_url and api_key."""

    name: str
    base_url: str
    needs_key: bool
    local: bool
    provider: str = "OpenAICompatible"
    options: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


# OpenAI and Azure report token usage in a stream only when asked: the context meter needs it
OPENAI = Preset("OpenAI", "https://api.openai.com/v1", True, False,
                options={"stream_usage": True})
ANTHROPIC = Preset("Anthropic", "https://api.anthropic.com/v1", True, False, "Anthropic")
GEMINI = Preset("Google Gemini", "https://generativelanguage.googleapis.com/v1beta", True, False,
                "Gemini")
#: Edit RESOURCE and DEPLOYMENT; a ``?api-version=`` in the URL wins over the preset's.
AZURE_OPENAI = Preset("Azure OpenAI",
                      "https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT", True,
                      False, options={"auth_header": "api-key", "stream_usage": True,
                                      "api_version": AZURE_API_VERSION})
OPENROUTER = Preset("OpenRouter", "https://openrouter.ai/api/v1", True, False)
GROQ = Preset("Groq", "https://api.groq.com/openai/v1", True, False)
DEEPSEEK = Preset("DeepSeek", "https://api.deepseek.com/v1", True, False)
MISTRAL = Preset("Mistral", "https://api.mistral.ai/v1", True, False)
TOGETHER = Preset("Together", "https://api.together.xyz/v1", True, False)
OLLAMA = Preset("Ollama", "http://127.0.0.1:11434/v1", False, True)
LM_STUDIO = Preset("LM Studio", "http://127.0.0.1:1234/v1", False, True)
LLAMA_CPP = Preset("llama.cpp server", "http://127.0.0.1:8080/v1", False, True)
VLLM = Preset("vLLM", "http://127.0.0.1:8000/v1", False, True)
JAN = Preset("Jan", "http://127.0.0.1:1337/v1", False, True)

PRESETS: tuple[Preset, ...] = (OPENAI, ANTHROPIC, GEMINI, AZURE_OPENAI, OPENROUTER, GROQ,
                               DEEPSEEK, MISTRAL, TOGETHER, OLLAMA, LM_STUDIO, LLAMA_CPP, VLLM,
                               JAN)


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def get_preset(name: str) -> Preset:
    """Look a preset up by name, ignoring case, spaces and punctuation ("lmstudio", "llama.cpp")."""
    wanted = _key(name)
    for preset in PRESETS:
        key = _key(preset.name)
        if wanted in (key, key.removesuffix("server"), key.removeprefix("google")):
            return preset
    names = ", ".join(p.name for p in PRESETS)
    raise KeyError(f"Unknown preset {name!r}; known presets: {names}")


def preset_named(name: str | None) -> Preset | None:
    """The preset an endpoint names (exact name, as settings store it), else None."""
    return next((p for p in PRESETS if p.name == name), None)


__all__ = ["ANTHROPIC", "AZURE_OPENAI", "DEEPSEEK", "GEMINI", "GROQ", "JAN", "LLAMA_CPP",
           "LM_STUDIO", "MISTRAL", "OLLAMA", "OPENAI", "OPENROUTER", "PRESETS", "TOGETHER", "VLLM",
           "Preset", "get_preset", "preset_named"]
