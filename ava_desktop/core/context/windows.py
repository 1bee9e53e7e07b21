"""How many tokens a model takes in: a value the user set, the server's model list, the
local server's ``n_ctx``, else a table of common models.

The user's value wins (it is set because the others are wrong or missing, e.g. an Ollama
``num_ctx``). The table is approximate: providers change limits and serve variants; it
exists so the meter shows something sensible before a model list arrives or when an API
does not say (OpenAI's ``/models`` gives no limits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from ava_desktop.core.local.provider import DEFAULT_N_CTX
from ava_desktop.core.providers.listing import ModelInfo, positive_int

WindowSource = Literal["setting", "server", "local", "table"]

K = 1024
#: (pattern searched in the lower-cased model id, tokens); first match wins, so specific
#: names come before their families. Ids from routers carry a vendor prefix
#: ("openai/gpt-4o", "meta-llama/llama-3.1-8b-instruct"), hence ``search``, not ``match``.
KNOWN_WINDOWS: tuple[tuple[str, int], ...] = (
    (r"gpt-4\.1", 1_047_576),
    (r"gpt-4o", 128_000),
    (r"gpt-4-turbo|gpt-4-\d{4}-preview", 128_000),
    (r"gpt-4-32k", 32 * K),
    (r"gpt-4(?![\w.])", 8 * K),
    (r"gpt-3\.5-turbo", 16_385),
    (r"gpt-5", 400_000),
    (r"(?<![\w-])o[134](-mini|-pro)?(?![\w])", 200_000),
    (r"claude", 200_000),
    (r"gemini-1\.5-pro", 2_097_152),
    (r"gemini-(1\.5|2\.\d|2)", 1_048_576),
    (r"gemini", 32 * K),
    (r"llama-?3\.[1-9]|llama-?4", 128 * K),
    (r"llama-?3", 8 * K),
    (r"llama-?2", 4 * K),
    (r"qwen2\.5.*(-1m|1m)", 1_010_000),
    (r"qwen2\.5-(coder-)?(7|14|32|72)b", 128 * K),
    (r"qwen2\.5|qwen3|qwq", 32 * K),
    (r"mistral-large|mistral-medium|mistral-small-(2|3)|pixtral|codestral|ministral", 128_000),
    (r"mixtral-8x22b", 64 * K),
    (r"mistral|mixtral", 32 * K),
    (r"deepseek-(chat|reasoner|v3|r1)", 64 * K),
    (r"deepseek", 128 * K),
    (r"command-r", 128 * K),
    (r"gemma-?3", 128 * K),
    (r"gemma-?2", 8 * K),
    (r"phi-?4", 16 * K),
    (r"phi-?3", 128 * K),
    (r"smollm2", 8 * K),
)
_COMPILED = tuple((re.compile(p), n) for p, n in KNOWN_WINDOWS)


@dataclass(frozen=True, slots=True)
class ContextWindow:
    tokens: int
    source: WindowSource

    def describe(self) -> str:
        return {"setting": "set in Settings", "server": "from the server's model list",
                "local": "the local model's context size (n_ctx)",
                "table": "typical for this model (approximate)"}[self.source]


def table_window(model: str) -> int | None:
    """The table's value for ``model`` (approximate), None for a model it does not know."""
    name = model.strip().lower()
    for pattern, tokens in _COMPILED:
        if pattern.search(name):
            return tokens
    return None


def setting_key(target_key: str, model: str) -> str:
    """How ``Settings.model_context_windows`` names a model: ``"target_key/model"``."""
    return f"{target_key}/{model}"


def resolve_window(model: str, *, target_key: str = "",
                   infos: Iterable[ModelInfo] | Mapping[str, int | None] = (),
                   user: Mapping[str, int] | None = None,
                   local_n_ctx: int | None = None) -> ContextWindow | None:
    """The model's window and where it came from, or None when nothing knows it.

    ``infos``: the target's model list (``Target.fetch_model_info``) or id -> tokens;
    ``user``: ``Settings.model_context_windows``; ``local_n_ctx``: the app's own llama.cpp
    server's context size for this model (the same number its "too long" error names).
    """
    if user and (value := positive_int(user.get(setting_key(target_key, model)))):
        return ContextWindow(value, "setting")
    if local_n_ctx and local_n_ctx > 0:
        return ContextWindow(local_n_ctx, "local")
    listed = (infos.get(model) if isinstance(infos, Mapping)
              else next((i.context_window for i in infos if i.id == model), None))
    if (value := positive_int(listed)) is not None:
        return ContextWindow(value, "server")
    if (value := table_window(model)) is not None:
        return ContextWindow(value, "table")
    return None


def local_n_ctx(model: str, options: Mapping[str, object]) -> int | None:
    """The ``n_ctx`` the app's llama.cpp server runs ``model`` with, from a Local target's
    options (``model_paths`` and ``model_options``, as ``LocalModels`` reads them)."""
    paths = options.get("model_paths")
    if not isinstance(paths, Mapping) or model not in paths:
        return None
    all_options = options.get("model_options")
    per_model = all_options.get(str(paths[model])) if isinstance(all_options, Mapping) else None
    value = per_model.get("n_ctx") if isinstance(per_model, Mapping) else None
    return positive_int(value) or DEFAULT_N_CTX


__all__ = ["KNOWN_WINDOWS", "ContextWindow", "WindowSource", "local_n_ctx",
           "resolve_window", "setting_key", "table_window"]
