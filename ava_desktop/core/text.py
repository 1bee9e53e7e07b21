"""Text that came from outside (servers, imported files) made safe to store and show."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """JSON may carry lone UTF-16 surrogates ("\\ud800"); they are no characters, and
    SQLite, Qt and the clipboard reject them. Each becomes U+FFFD (the replacement sign)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text
