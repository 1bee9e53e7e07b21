"""Qt-free LLM providers: a g4f-shaped base, OpenAI-compatible (and Azure), Anthropic,
Gemini, CodeLinkAva, presets.

Import from here or from ``ava_desktop.providers`` (same names).
"""

from .anthropic import Anthropic
from .base import AsyncGeneratorProvider, ChatRequest, Messages, Transport, host_of
from .codelinkava import CodeLinkAva
from .errors import (
    AuthenticationError,
    ContentFilterError,
    ContextLengthError,
    HTTPStatusError,
    ModelNotFoundError,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    ProviderNotFoundError,
    ProviderTimeoutError,
    RateLimitError,
)
from .events import Event, Finish, ReasoningDelta, ReasoningSignature, TextDelta, ToolCall, Usage
from .gemini import Gemini
from .listing import ModelInfo
from .openai_compat import OpenAICompatible, normalize_base_url
from .presets import (
    ANTHROPIC,
    AZURE_OPENAI,
    DEEPSEEK,
    GEMINI,
    GROQ,
    JAN,
    LLAMA_CPP,
    LM_STUDIO,
    MISTRAL,
    OLLAMA,
    OPENAI,
    OPENROUTER,
    PRESETS,
    TOGETHER,
    VLLM,
    Preset,
    get_preset,
    preset_named,
)
from .registry import get_provider, providers, register, working_providers
from .sse import ServerSentEvent, SSEDecoder

__all__ = [
    "ANTHROPIC",
    "AZURE_OPENAI",
    "DEEPSEEK",
    "GEMINI",
    "GROQ",
    "JAN",
    "LLAMA_CPP",
    "LM_STUDIO",
    "MISTRAL",
    "OLLAMA",
    "OPENAI",
    "OPENROUTER",
    "PRESETS",
    "TOGETHER",
    "VLLM",
    "Anthropic",
    "AsyncGeneratorProvider",
    "AuthenticationError",
    "ChatRequest",
    "CodeLinkAva",
    "ContentFilterError",
    "ContextLengthError",
    "Event",
    "Finish",
    "Gemini",
    "HTTPStatusError",
    "Messages",
    "ModelInfo",
    "ModelNotFoundError",
    "OpenAICompatible",
    "Preset",
    "ProtocolError",
    "ProviderConnectionError",
    "ProviderError",
    "ProviderNotFoundError",
    "ProviderTimeoutError",
    "RateLimitError",
    "ReasoningDelta",
    "ReasoningSignature",
    "SSEDecoder",
    "ServerSentEvent",
    "TextDelta",
    "ToolCall",
    "Transport",
    "Usage",
    "get_preset",
    "get_provider",
    "host_of",
    "normalize_base_url",
    "preset_named",
    "providers",
    "register",
    "working_providers",
]
