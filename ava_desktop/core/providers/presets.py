"""Known OpenAI-compatible services and local servers, with their default base URLs.

Local servers use their default loopback ports; a user can always edit the URL.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Preset:
    """A named OpenAI-compatible endpoint: where it is and whether it needs an API key."""

    name: str
    base_url: str
    needs_key: bool
    local: bool


OPENAI = Preset("OpenAI", "https://api.openai.com/v1", True, False)
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

PRESETS: tuple[Preset, ...] = (OPENAI, OPENROUTER, GROQ, DEEPSEEK, MISTRAL, TOGETHER, OLLAMA,
                               LM_STUDIO, LLAMA_CPP, VLLM, JAN)


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def get_preset(name: str) -> Preset:
    """Look a preset up by name, ignoring case, spaces and punctuation ("lmstudio", "llama.cpp")."""
    wanted = _key(name)
    for preset in PRESETS:
        key = _key(preset.name)
        if wanted in (key, key.removesuffix("server")):
            return preset
    names = ", ".join(p.name for p in PRESETS)
    raise KeyError(f"Unknown preset {name!r}; known presets: {names}")


__all__ = ["DEEPSEEK", "GROQ", "JAN", "LLAMA_CPP", "LM_STUDIO", "MISTRAL", "OLLAMA", "OPENAI",
           "OPENROUTER", "PRESETS", "TOGETHER", "VLLM", "Preset", "get_preset"]
