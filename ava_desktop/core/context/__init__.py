"""The context meter's core: how many tokens the next request takes, against the model's
window, and what to leave out when it does not fit. Qt-free; ``ui/context_meter.py`` shows it.
"""

from .calibration import Calibration, Correction
from .estimate import (
    Family,
    estimate_message,
    estimate_messages,
    estimate_text,
    family_of,
    image_tokens,
)
from .fit import FitPlan, Level, Reported, draft_message, drop_oldest, plan_fit, summary_request
from .meter import ContextCounter, ContextState, default_reserve, format_tokens, path_request
from .target import family_for, model_key, tokenizer_for, window_for
from .windows import (
    KNOWN_WINDOWS,
    ContextWindow,
    local_n_ctx,
    resolve_window,
    setting_key,
    table_window,
)

__all__ = ["KNOWN_WINDOWS", "Calibration", "ContextCounter", "ContextState", "ContextWindow",
           "Correction", "Family", "FitPlan", "Level", "Reported", "default_reserve",
           "draft_message", "drop_oldest", "estimate_message", "estimate_messages",
           "estimate_text", "family_for", "family_of", "format_tokens", "image_tokens",
           "local_n_ctx", "model_key", "path_request", "plan_fit", "resolve_window",
           "setting_key", "summary_request", "table_window", "tokenizer_for", "window_for"]
