"""The meter's inputs for a chat target and model, so a tab asks one place.

``Target`` (core/targets.py) knows the provider and its options; this turns them into the
correction key, the pricing family, the context window and, for the app's own local
models, the tokenizer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from ava_desktop.core.local.provider import LocalModelHost
from ava_desktop.core.local.tokenize import TokenizerClient
from ava_desktop.core.providers.listing import ModelInfo
from ava_desktop.core.settings import Settings
from ava_desktop.core.targets import Target

from .estimate import Family, family_of
from .windows import ContextWindow, local_n_ctx, resolve_window, setting_key


def model_key(target: Target, model: str) -> str:
    """``"target_key/model"``: how corrections and the user's windows are kept."""
    return setting_key(target.key, model)


def family_for(target: Target, model: str) -> Family:
    return family_of(target.provider, model)


def window_for(target: Target, model: str, settings: Settings,
               infos: Iterable[ModelInfo] | Mapping[str, int | None] = ()) -> ContextWindow | None:
    """The user's value, the local server's n_ctx, the model list's, else the table's."""
    is_local = isinstance(target.options.get("host"), LocalModelHost)
    return resolve_window(model, target_key=target.key, infos=infos,
                          user=settings.model_context_windows,
                          local_n_ctx=local_n_ctx(model, target.options) if is_local else None)


def tokenizer_for(target: Target, model: str) -> TokenizerClient | None:
    """The app's llama.cpp server's tokenizer when it serves ``model`` right now (counting
    never starts or switches a model); None for every other target."""
    host = target.options.get("host")
    paths = target.options.get("model_paths")
    if not isinstance(host, LocalModelHost) or not isinstance(paths, Mapping):
        return None
    path = paths.get(model)
    return host.tokenizer_for(Path(path)) if path else None


__all__ = ["family_for", "model_key", "tokenizer_for", "window_for"]
