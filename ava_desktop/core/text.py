"""Text that came from outside (servers, imported files) made safe to store and show, and
which way a text reads."""

from __future__ import annotations

import re
import unicodedata

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """JSON may carry lone UTF-16 surrogates ("\\ud800"); they are no characters, and
    SQLite, Qt and the clipboard reject them. Each becomes U+FFFD (the replacement sign)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def reads_right_to_left(text: str, default: bool) -> bool:
    """Whether ``text`` reads right to left: its first letter of a strong direction decides,
    as in Qt's layout (Unicode's rule); ``default`` for text with none (digits,
    punctuation, nothing)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default
