"""What a model list says about each model: its id and, where the API tells, its limits.

``list_models`` (ids only, as before) is built on ``list_model_info`` in every provider, so
the context meter and the model selector read one list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ava_desktop.core.text import clean_text

#: A hostile server could page forever; no real list needs more pages than this.
MAX_PAGES = 50


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A model a server offers. Limits are tokens, None where the server did not say."""

    id: str
    context_window: int | None = None
    max_output_tokens: int | None = None


def positive_int(value: Any) -> int | None:
    """A token limit from untrusted JSON: a positive int (or integral float), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and 0 < value < 1 << 40 else None


def first_int(obj: dict[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = positive_int(obj.get(key))
        if value is not None:
            return value
    return None


def merged(infos: Iterable[ModelInfo]) -> list[ModelInfo]:
    """Sorted by id, one entry per id (the first that gives a limit wins)."""
    by_id: dict[str, ModelInfo] = {}
    for info in infos:
        ident = clean_text(info.id).strip()
        if not ident:
            continue
        old = by_id.get(ident)
        if old is None:
            by_id[ident] = ModelInfo(ident, info.context_window, info.max_output_tokens)
        else:
            by_id[ident] = ModelInfo(ident, old.context_window or info.context_window,
                                     old.max_output_tokens or info.max_output_tokens)
    return [by_id[k] for k in sorted(by_id)]


__all__ = ["MAX_PAGES", "ModelInfo", "first_int", "merged", "positive_int"]
