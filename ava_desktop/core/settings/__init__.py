"""Typed settings in a human-readable JSON file, changed through one service.

- :mod:`.model`: the dataclasses (Settings, Endpoint, PromptPreset) and per-conversation
  parameters;
- :mod:`.validation`: the rules, as sentences for people;
- :mod:`.reading`: a parsed file -> Settings (a bad value costs only that value; unknown
  keys are kept at every level);
- :mod:`.store`: the file (atomic writes, damaged files moved aside);
- :mod:`.service`: :class:`SettingsService`, the one way settings change;
- :mod:`.env`: the ``OPENAI_BASE_URL`` endpoint.

API keys are never part of these settings (see ``core.secrets``).
"""

from .env import env_api_key, env_endpoint
from .model import (
    BUILTIN_PROMPT_PRESETS,
    CUSTOM_PRESET,
    DEFAULT_PROVIDER,
    ENV_ENDPOINT_ID,
    PARAM_KEYS,
    SCHEMA_VERSION,
    Endpoint,
    PromptPreset,
    Settings,
    effective_params,
    known_presets,
)
from .service import SettingsChange, SettingsError, SettingsService
from .store import SettingsStore, atomic_write, backup_damaged
from .validation import (
    BASE_URL_SCHEMES,
    FONT_SIZE_RANGE,
    LOCAL_OPTION_RANGES,
    MAX_TOKENS_RANGE,
    MAX_TOOL_STEPS_RANGE,
    MODEL_TITLES,
    PROXY_SCHEMES,
    SECRET_HEADERS,
    TEMPERATURE_RANGE,
    THEMES,
    settings_problems,
    validate_base_url,
    validate_header,
    validate_proxy_url,
)

__all__ = [
    "BASE_URL_SCHEMES", "BUILTIN_PROMPT_PRESETS", "CUSTOM_PRESET", "DEFAULT_PROVIDER",
    "ENV_ENDPOINT_ID", "FONT_SIZE_RANGE", "LOCAL_OPTION_RANGES", "MAX_TOKENS_RANGE",
    "MAX_TOOL_STEPS_RANGE", "MODEL_TITLES",
    "PARAM_KEYS", "PROXY_SCHEMES", "SCHEMA_VERSION", "SECRET_HEADERS", "TEMPERATURE_RANGE",
    "THEMES", "Endpoint", "PromptPreset", "Settings", "SettingsChange", "SettingsError",
    "SettingsService", "SettingsStore", "atomic_write", "backup_damaged", "effective_params",
    "env_api_key", "env_endpoint", "known_presets", "settings_problems", "validate_base_url",
    "validate_header", "validate_proxy_url",
]
