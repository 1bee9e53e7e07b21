"""Registry lookup and the preset table."""

from __future__ import annotations

import pytest

from ava_desktop import providers as public
from ava_desktop.providers import (
    PRESETS,
    Anthropic,
    CodeLinkAva,
    Gemini,
    OpenAICompatible,
    ProviderNotFoundError,
    get_preset,
    get_provider,
    providers,
    working_providers,
)


def test_lookup_is_case_insensitive_and_lists_names_when_unknown():
    assert get_provider("codelinkava") is CodeLinkAva
    assert get_provider("OpenAICompatible") is OpenAICompatible
    assert get_provider("anthropic") is Anthropic and get_provider("GEMINI") is Gemini
    with pytest.raises(ProviderNotFoundError, match="CodeLinkAva") as info:
        get_provider("nope")
    assert "OpenAICompatible" in str(info.value)


def test_all_providers_and_working_flag():
    assert {CodeLinkAva, OpenAICompatible, Anthropic, Gemini} <= set(providers())
    assert CodeLinkAva not in working_providers() and OpenAICompatible in working_providers()


def test_presets_table():
    names = [p.name for p in PRESETS]
    assert names == ["OpenAI", "Anthropic", "Google Gemini", "Azure OpenAI", "OpenRouter",
                     "Groq", "DeepSeek", "Mistral", "Together", "Ollama", "LM Studio",
                     "llama.cpp server", "vLLM", "Jan"]
    kinds = {p.name: p.provider for p in PRESETS if p.provider != "OpenAICompatible"}
    assert kinds == {"Anthropic": "Anthropic", "Google Gemini": "Gemini"}
    assert all(get_provider(p.provider) for p in PRESETS)
    assert get_preset("azure openai").options["auth_header"] == "api-key"
    assert get_preset("gemini").name == "Google Gemini"
    local = {p.name: p.base_url for p in PRESETS if p.local}
    assert local == {"Ollama": "http://127.0.0.1:11434/v1", "LM Studio": "http://127.0.0.1:1234/v1",
                     "llama.cpp server": "http://127.0.0.1:8080/v1",
                     "vLLM": "http://127.0.0.1:8000/v1", "Jan": "http://127.0.0.1:1337/v1"}
    assert all(p.needs_key for p in PRESETS if not p.local)
    assert not any(p.needs_key for p in PRESETS if p.local)
    assert all(p.base_url.startswith("https://") for p in PRESETS if not p.local)
    assert get_preset("lm studio").base_url.endswith(":1234/v1")
    assert get_preset("llama.cpp").name == "llama.cpp server"
    with pytest.raises(KeyError, match="Groq"):
        get_preset("nonesuch")


def test_public_module_exports_every_named_thing():
    for name in ("AsyncGeneratorProvider", "ProviderError", "AuthenticationError",
                 "RateLimitError", "HTTPStatusError", "ProtocolError", "ProviderConnectionError",
                 "ProviderTimeoutError", "ModelNotFoundError", "ContextLengthError",
                 "CodeLinkAva", "OpenAICompatible", "Anthropic", "Gemini", "ModelInfo",
                 "ContentFilterError", "ReasoningSignature", "ToolCall", "PRESETS", "Preset",
                 "get_provider",
                 "providers", "TextDelta", "ReasoningDelta", "Usage", "Finish", "SSEDecoder",
                 "ServerSentEvent"):
        assert hasattr(public, name), name
    assert set(public.__all__) <= set(dir(public))
