"""Qt-free LLM providers: a g4f-shaped base, CodeLinkAva, OpenAI-compatible, presets.

Import from here or from ``ava_desktop.providers`` (same names).
"""

from .base import AsyncGeneratorProvider, ChatRequest, Messages, Transport, host_of
from .codelinkava import CodeLinkAva
from .errors import (
    AuthenticationError,
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
from .events import Event, Finish, ReasoningDelta, TextDelta, ToolCall, Usage
from .openai_compat import OpenAICompatible, normalize_base_url
from .presets import (
    DEEPSEEK,
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
)
from .registry import get_provider, providers, register, working_providers
from .sse import ServerSentEvent, SSEDecoder

__all__ = [
    "DEEPSEEK",
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
    "AsyncGeneratorProvider",
    "AuthenticationError",
    "ChatRequest",
    "CodeLinkAva",
    "ContextLengthError",
    "Event",
    "Finish",
    "HTTPStatusError",
    "Messages",
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
    "providers",
    "register",
    "working_providers",
]
