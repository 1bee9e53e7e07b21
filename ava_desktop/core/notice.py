"""What core tells a person, typed: a kind and its parameters, never a finished sentence.

The UI words a ``Notice`` through tr() (``ava_desktop.ui.messages``); ``english()`` gives
the same text in English for logs, ``str(error)`` and the providers' library API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# kind -> English template ({name} parameters); the UI keeps a tr() twin of each.
ENGLISH: dict[str, str] = {
    "auth_missing_key": "{host} needs an API key (401)",
    "auth_rejected_key": "{host} rejected the API key (401)",
    "auth_refused": "{host} refused access (403)",
    "quota_used_up": "{host} says the account's quota is used up (429)",
    "rate_limited_wait": "Rate limited by {host}; retry in {wait}",
    "rate_limited": "Rate limited by {host}; try again later",
    "too_long": "The conversation is too long for the model's context window ({host}, {status})",
    "too_long_stream": "The conversation is too long for the model's context window ({host})",
    "model_not_found": "{host} does not know this model ({status})",
    "http_status": "{host} answered {status} {reason}",
    "http_status_url": "{host} answered {status} {reason} (is the base URL right?)",
    "stream_error": "{host} reported an error in the stream",
    "tool_rounds": "Stopped after {steps} rounds of tool calls (the limit per answer); "
    "the text so far is kept.",
}


@dataclass(frozen=True)
class Notice:
    """``kind`` names the sentence, ``params`` fill it; ``detail`` is the server's own
    words (quoted as is, untranslated) when there are any."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str | None = None

    def english(self) -> str:
        text = ENGLISH.get(self.kind, self.kind).format(**self.params).strip()
        return f"{text}: {self.detail}" if self.detail else text

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "params": dict(self.params), "detail": self.detail}

    @classmethod
    def from_json(cls, data: Any) -> Notice | None:
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            return None
        params = data.get("params")
        detail = data.get("detail")
        return cls(
            data["kind"],
            dict(params) if isinstance(params, dict) else {},
            detail if isinstance(detail, str) else None,
        )
