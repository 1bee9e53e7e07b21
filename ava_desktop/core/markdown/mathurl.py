"""A formula's resource name (``ava-math:``) and its source markup, without the parser.

Why apart from :mod:`.math`: the view, find and exports read these names on every window
start, and :mod:`.math` imports markdown-it (~20 ms), which can wait until a message is drawn.
"""

from __future__ import annotations

import base64
import re

URL_SCHEME = "ava-math"
MAX_SOURCE_CHARS = 4000  # longer formulas show as source with an explanation
CLOSERS = {"$": "$", "$$": "$$", "\\(": "\\)", "\\[": "\\]"}
_B64 = re.compile(r"[A-Za-z0-9_-]+")


def source_markup(content: str, opener: str, block: bool = False) -> str:
    """The formula with its delimiters (Copy as text); on lines of their own for a block."""
    closer = CLOSERS.get(opener, opener)
    if block or "\n" in content:
        return f"{opener}\n{content}\n{closer}"
    return f"{opener}{content}{closer}"


def math_url(source: str, display: bool) -> str:
    """The document resource name of a formula: self-describing, so no registry is needed."""
    data = base64.urlsafe_b64encode(source.encode("utf-8")).decode("ascii").rstrip("=")
    return f"{URL_SCHEME}:{'d' if display else 'i'}/{data}"


def parse_math_url(url: str) -> tuple[str, bool] | None:
    """(source, display) of a :func:`math_url`, or None for anything else."""
    prefix = URL_SCHEME + ":"
    if not url.startswith(prefix) or url[len(prefix) + 1 : len(prefix) + 2] != "/":
        return None
    kind, data = url[len(prefix)], url[len(prefix) + 2 :]
    if kind not in "id" or len(data) > MAX_SOURCE_CHARS * 2 or not _B64.fullmatch(data):
        return None
    try:
        source = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return source, kind == "d"
