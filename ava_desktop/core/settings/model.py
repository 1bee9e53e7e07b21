"""The settings as data: endpoints, prompt presets and the Settings object.

These are plain dataclasses. Code outside ``core.settings`` reads them but changes them only
through :class:`~ava_desktop.core.settings.service.SettingsService` (one path: validated,
saved, announced). API keys are never part of them: an endpoint only records *whether* it
has one (see ``core.secrets``). ``extra`` holds keys this version does not know, written
back unchanged so an older build never erases a newer build's settings.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .validation import validate_base_url, validate_header

SCHEMA_VERSION = 1
CUSTOM_PRESET = "Custom"
DEFAULT_PROVIDER = "OpenAICompatible"
ENV_ENDPOINT_ID = "env:OPENAI_BASE_URL"


def _new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Endpoint:
    """One server the user configured. ``has_key``: a key is in the keychain.

    ``provider`` names the provider class that speaks to it ("OpenAICompatible",
    "Anthropic", "Gemini"); empty means "the preset's" (files written before it existed
    have none), see ``provider_name``.
    """

    name: str
    base_url: str
    preset: str = CUSTOM_PRESET
    id: str = field(default_factory=_new_id)
    enabled: bool = True
    extra_headers: dict[str, str] = field(default_factory=dict)
    has_key: bool = False
    transient: bool = False  # from the environment: offered, never saved
    provider: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def provider_name(self) -> str:
        """The provider class's registry name: this endpoint's own, else its preset's."""
        if self.provider:
            return self.provider
        preset = next((p for p in known_presets() if p.name == self.preset), None)
        return str(getattr(preset, "provider", "") or DEFAULT_PROVIDER)

    def problems(self) -> list[str]:
        """What is wrong with this endpoint, in words (empty when it can be used)."""
        found = []
        if not self.name.strip():
            found.append("The name is empty.")
        try:
            validate_base_url(self.base_url)
        except ValueError as exc:
            found.append(str(exc))
        for name, value in self.extra_headers.items():
            try:
                validate_header(name, value)
            except ValueError as exc:
                found.append(str(exc))
        from ava_desktop.core.providers.registry import get_provider  # lazy: keeps this light

        try:
            get_provider(self.provider_name())
        except LookupError as exc:
            found.append(str(exc))
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "preset": self.preset,
            "base_url": self.base_url,
            "enabled": self.enabled,
            "extra_headers": dict(self.extra_headers),
            "has_key": self.has_key,
            **({"provider": self.provider} if self.provider else {}),
            **self.extra,
        }


@dataclass
class PromptPreset:
    """A named system prompt."""

    name: str
    text: str
    builtin: bool = False
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, **self.extra}


BUILTIN_PROMPT_PRESETS: tuple[PromptPreset, ...] = (
    PromptPreset("Default", "", builtin=True),
    PromptPreset(
        "Concise", "Answer briefly and directly. Use Markdown only where it helps.", builtin=True
    ),
    PromptPreset(
        "Programmer",
        "You are an expert programmer. Give working code in fenced code blocks with the "
        "language named, and explain only what is not obvious.",
        builtin=True,
    ),
    PromptPreset(
        "Translator",
        "Translate the user's text into English (or into the language they ask for). "
        "Reply with the translation only.",
        builtin=True,
    ),
)


@dataclass
class Settings:
    """Everything the user can set. ``extra`` holds keys this version does not know."""

    endpoints: list[Endpoint] = field(default_factory=list)
    default_endpoint_id: str | None = None  # last used, for new tabs
    default_model: str | None = None
    proxy_url: str | None = None
    theme: str = "system"
    language: str = "system"  # "system" = LANG / LC_MESSAGES / the OS; else "ru", "pt_BR"...
    font_size: int | None = None  # points; None = the platform's default
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    splitter_states: dict[str, str] = field(default_factory=dict)  # name -> base64 saveState()
    sidebar_visible: bool = True  # the conversation sidebar, unless the user hid it (Ctrl+B)
    last_folders: dict[str, str] = field(default_factory=dict)  # file dialog purpose -> folder
    system_prompt: str = ""
    temperature: float | None = None  # None = the provider's default
    max_tokens: int | None = None
    max_tool_steps: int = 10  # tool rounds per answer (MAX_TOOL_STEPS_RANGE)
    # the model names a conversation after its first answer: "auto" (only where no API key
    # is sent: local and free servers), "always", "off" (see core/conversation/titles.py)
    model_titles: str = "auto"
    prompt_presets: list[PromptPreset] = field(default_factory=list)  # the user's own
    show_offline_providers: bool = False
    local_discovery: bool = True
    local_model_files: list[str] = field(default_factory=list)  # GGUF files the user added
    # per GGUF path: n_ctx, n_threads, n_gpu_layers (missing = the defaults)
    local_model_options: dict[str, dict[str, int]] = field(default_factory=dict)
    # context meter: a model's context window in tokens, by "target_key/model", where
    # neither the server nor the table of common models knows it (or knows it wrong)
    model_context_windows: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def endpoint(self, endpoint_id: str | None) -> Endpoint | None:
        return next((e for e in self.endpoints if e.id == endpoint_id), None)

    def all_prompt_presets(self) -> list[PromptPreset]:
        return [*BUILTIN_PROMPT_PRESETS, *self.prompt_presets]

    def remember_last_used(self, endpoint_id: str, model: str) -> None:
        self.default_endpoint_id, self.default_model = endpoint_id, model

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "endpoints": [e.to_dict() for e in self.endpoints if not e.transient],
            "default_endpoint_id": self.default_endpoint_id,
            "default_model": self.default_model,
            "proxy_url": self.proxy_url,
            "theme": self.theme,
            "language": self.language,
            "font_size": self.font_size,
            "window_geometry": self.window_geometry,
            "splitter_states": dict(self.splitter_states),
            "sidebar_visible": self.sidebar_visible,
            "last_folders": dict(self.last_folders),
            "system_prompt": self.system_prompt,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "max_tool_steps": self.max_tool_steps,
            "model_titles": self.model_titles,
            "prompt_presets": [p.to_dict() for p in self.prompt_presets if not p.builtin],
            "show_offline_providers": self.show_offline_providers,
            "local_discovery": self.local_discovery,
            "local_model_files": list(self.local_model_files),
            "local_model_options": {k: dict(v) for k, v in self.local_model_options.items()},
            "model_context_windows": dict(self.model_context_windows),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], warnings: list[str] | None = None) -> Settings:
        """Build settings from parsed JSON; each bad value -> its default plus a warning."""
        from .reading import read_settings  # reading builds these classes

        return read_settings(data, [] if warnings is None else warnings)


def known_presets() -> list[Any]:
    """The provider layer's presets (``Preset(name, base_url, needs_key, local, provider,
    options)``)."""
    from ava_desktop.core.providers.presets import PRESETS  # lazy: keeps this module light

    return list(PRESETS)


# ---------------------------------------------------------------------------- per conversation


PARAM_KEYS = ("system_prompt", "temperature", "max_tokens")


def effective_params(
    settings: Settings, conversation_params: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """System prompt, temperature, max_tokens for one conversation: its own, else the defaults.

    A missing or None value means "use the default"; a None in the result means "let the
    provider decide" (don't send it).
    """
    conv = conversation_params or {}
    out: dict[str, Any] = {}
    for key in PARAM_KEYS:
        value = conv.get(key)
        out[key] = getattr(settings, key) if value is None else value
    return out
