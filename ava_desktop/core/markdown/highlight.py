"""Pygments highlighting for fenced code, emitted as inline ``<span style>`` that Qt renders.

Why inline styles: Qt rich text honours ``color``/``font-weight``/``font-style`` on spans, and
inline styles keep exported pages self-contained. Pygments is slow (~3.5 ms per 100 lines), so
results are cached by ``(code, lang, dark)`` in a bounded LRU; while a fence is still growing
during streaming, :func:`highlight_growing` highlights fixed 32-line chunks so only the last,
unfinished chunk is re-lexed per flush (lexer state restarts at chunk boundaries: a cosmetic
difference that disappears once the block is complete).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from pygments import highlight as _pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.token import Token
from pygments.util import ClassNotFound

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
CHUNK_LINES = 32
_WS_SPAN = re.compile(r'<span style="[^"<>]*">(\s+)</span>')
_MAX_LANG = 40


def style_name(dark: bool) -> str:
    return DARK_STYLE if dark else LIGHT_STYLE


@lru_cache(maxsize=4)
def code_colors(dark: bool) -> tuple[str, str]:
    """(background, default foreground) of the code style, as ``#rrggbb``."""
    style = get_style_by_name(style_name(dark))
    fg = (style.style_for_token(Token.Text).get("color") or "").strip("#")
    bg = style.background_color or ("#0d1117" if dark else "#f8f8f8")
    return bg, f"#{fg}" if fg else ("#e6edf3" if dark else "#1f2328")


@lru_cache(maxsize=256)
def _lexer(lang: str) -> Lexer | None:
    if not lang or len(lang) > _MAX_LANG:
        return None
    try:
        return get_lexer_by_name(lang, stripnl=False, stripall=False, ensurenl=False)
    except ClassNotFound:
        return None


def has_lexer(lang: str) -> bool:
    return _lexer(lang.lower()) is not None


@lru_cache(maxsize=4)
def _formatter(dark: bool) -> HtmlFormatter:
    return HtmlFormatter(noclasses=True, nowrap=True, style=style_name(dark))


def _highlight_uncached(code: str, lang: str, dark: bool) -> str:
    lexer = _lexer(lang.lower())
    if lexer is None or not code:
        return html.escape(code, quote=False)
    # Spans around bare whitespace only colour the invisible; Qt pays for each span.
    out = _WS_SPAN.sub(r"\1", _pygments_highlight(code, lexer, _formatter(dark)))
    # The formatter always ends the last line; keep the code's own ending instead.
    return out if code.endswith("\n") else out.removesuffix("\n")


@lru_cache(maxsize=512)
def highlight(code: str, lang: str, dark: bool = False) -> str:
    """HTML for the inside of a ``<pre>``: escaped code, coloured when ``lang`` is known."""
    return _highlight_uncached(code, lang, dark)


def highlight_growing(code: str, lang: str, dark: bool = False) -> str:
    """Like :func:`highlight` for a fence that is still streaming: O(last chunk) per call."""
    if _lexer(lang.lower()) is None:
        return html.escape(code, quote=False)
    lines = code.splitlines(keepends=True)
    full = (len(lines) - 1) // CHUNK_LINES * CHUNK_LINES  # keep the last line in the live part
    parts = [
        highlight("".join(lines[i : i + CHUNK_LINES]), lang, dark)
        for i in range(0, full, CHUNK_LINES)
    ]
    parts.append(_highlight_uncached("".join(lines[full:]), lang, dark))
    return "".join(parts)


def cache_clear() -> None:
    """Forget highlighted output (tests and memory pressure)."""
    highlight.cache_clear()
