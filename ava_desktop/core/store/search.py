"""Turn what a person types into a safe FTS5 query, and FTS5 snippets into safe HTML.

Users type anything (``foo"bar``, ``AND``, ``*``, ``-x``, a lone quote). Rather than exposing
FTS5 syntax, every whitespace-separated word becomes a quoted phrase (inner quotes doubled),
words are ANDed, and the last word is a prefix (search-as-you-type) unless the query ends in
a space (and is at least 3 characters long). So no input can raise a syntax error.

Snippets are cut from the messages' Markdown source; :func:`readable_snippet` shows them as the
reader saw the message (no ``**``, backticks or ``#``), the matched words still marked.
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


def readable_snippet(marked: str, open_: str, close: str) -> tuple[str, list[tuple[int, int]]]:
    """One-line plain text of a marked FTS5 snippet, and the [start, end) spans of its matches.

    The markers cannot go through the Markdown parser (inside a link's URL they would be
    percent-encoded), so the matched words are taken out first and marked again, as whole
    words, in the plain text. The snippet's leading ellipsis is set aside while parsing, so a
    fence or heading at its start still reads as one.
    """
    from ava_desktop.core.markdown.plain import plain_text  # the parser: not at start-up

    text, spans = parse_marked(marked, open_, close)
    words = {text[start:end] for start, end in spans}
    lead, trail = text.startswith(ELLIPSIS), text.endswith(ELLIPSIS) and len(text) > 1
    body = text[len(ELLIPSIS) if lead else 0:len(text) - len(ELLIPSIS) if trail else None]
    body = _mend_cut(body, lead, trail)
    plain = collapse_whitespace(plain_text(body)) if body.strip() else ""
    plain = (ELLIPSIS if lead else "") + plain + (ELLIPSIS if trail else "")
    if not words:
        return plain, []
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    found = re.finditer(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", plain)
    return plain, [(m.start(), m.end()) for m in found]


_LONE_MARKS = (re.compile(r"(?<!`)`(?!`)"), re.compile(r"(?<!\*)\*\*(?!\*)"))


def _mend_cut(body: str, lead: bool, trail: bool) -> str:
    """Drop the half of a link, code span or ``**`` whose other half the cut took away: the
    parser would show it as a literal ``[``, backtick or asterisks."""
    if lead:
        body = re.sub(r"^([^\[\n]*?)\]\([^)\s]*\)", r"\1", body, count=1)
    if trail:  # cut inside a link's URL: keep its text; cut inside its text: drop the "["
        body = re.sub(r"\[([^\]\n]*)\]\([^)\s]*$", r"\1", body, count=1)
        body = re.sub(r"\[(?=[^\]\n]*$)", "", body, count=1)
    for mark in _LONE_MARKS:
        found = list(mark.finditer(body))
        if len(found) % 2 and (lead or trail):
            cut = found[-1] if trail else found[0]
            body = body[:cut.start()] + body[cut.end():]
    return body
