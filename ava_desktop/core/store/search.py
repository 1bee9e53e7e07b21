"""Turn what a person types into a safe FTS5 query, and FTS5 snippets into safe HTML.

Users type anything (``foo"bar``, ``AND``, ``*``, ``-x``, a lone quote). Rather than exposing
FTS5 syntax, every whitespace-separated word becomes a quoted phrase (inner quotes doubled),
words are ANDed, and the last word is a prefix (search-as-you-type) unless the query ends in
a space (and is at least 3 characters long). So no input can raise a syntax error.
"""

from __future__ import annotations

import html
import re
import secrets

ELLIPSIS = "…"

_WORDISH = re.compile(r"[^\W_]")  # at least one letter or digit: something FTS5 will index
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TERMS = 16
# A one- or two-letter prefix matches most of the index (slow, useless hits): match it whole.
MIN_PREFIX_CHARS = 3
MAX_TERM_CHARS = 100


def build_match_query(text: str) -> str | None:
    """FTS5 MATCH expression for ``text``, or None when there is nothing searchable."""
    words = [w[:MAX_TERM_CHARS] for w in text.split() if _WORDISH.search(w)][:MAX_TERMS]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    if text and not text[-1].isspace() and len(words[-1]) >= MIN_PREFIX_CHARS:
        phrases[-1] += "*"
    return " ".join(phrases)


def new_markers() -> tuple[str, str]:
    """Markers for snippet()/highlight(), random per query so content cannot forge them."""
    nonce = secrets.token_hex(6)
    return f"\x02{nonce}\x02", f"\x03{nonce}\x03"


def parse_marked(marked: str, open_: str, close: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip the markers from ``marked``; return plain text and [start, end) match spans.

    Unbalanced or nested markers are ignored rather than trusted, so spans never overlap and
    always lie inside the text. Control characters in the text become spaces.
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"({re.escape(open_)}|{re.escape(close)})", marked):
        if piece == open_:
            if start is None:
                start = length
        elif piece == close:
            if start is not None:
                if length > start:
                    spans.append((start, length))
                start = None
        elif piece:
            piece = _CONTROL.sub(" ", piece)
            out.append(piece)
            length += len(piece)
    if start is not None and length > start:
        spans.append((start, length))
    return "".join(out), spans


def spans_to_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped HTML with balanced ``<b>`` around spans; the only markup it can contain."""
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        parts.append(html.escape(text[pos:start]))
        parts.append("<b>" + html.escape(text[start:end]) + "</b>")
        pos = end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def collapse_whitespace(text: str) -> str:
    """Snippets are one line in a list; keep the marker characters intact."""
    return re.sub(r"\s+", " ", text).strip()
