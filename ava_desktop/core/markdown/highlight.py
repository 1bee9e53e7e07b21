"""Pygments highlighting for fenced code, emitted as inline ``<span style>`` that Qt renders.

Why inline styles: Qt rich text honours ``color``/``font-weight``/``font-style`` on spans, and
inline styles keep exported pages self-contained. Qt pays for every span (parsing it, one text
fragment each, laid out apart), so runs are as few as the colours allow: tokens that look the
same share one span (``x = 1`` with ``=`` and ``1`` both grey is one), whitespace never gets a
span of its own and joins the run around it, and text in the default colour has none.

Pygments is slow (~3.5 ms per 100 lines), so code is cut into chunks at stable points (see
:func:`split_chunks`) and each chunk's output is cached in a bounded LRU: a streaming block
re-lexes only its last chunk per flush, completing it costs one chunk, and the final full
render lexes nothing. Lexer state restarts at chunk
boundaries, which is right for top-level code and only rarely visible (a multi-line string
holding a blank line followed by an unindented line).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import Token, _TokenType
from pygments.util import ClassNotFound

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
CHUNK_LINES = 32
MAX_CHUNK_LINES = 64
_MAX_LANG = 40
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_plain = False  # inside plain_code()


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


@lru_cache(maxsize=4)
def _style(dark: bool) -> StyleMeta:
    return get_style_by_name(style_name(dark))


@lru_cache(maxsize=2048)
def _css(ttype: _TokenType, dark: bool) -> tuple[str, bool]:
    """(inline CSS of the token type, "whitespace may take it": no background/underline)."""
    style = _style(dark).style_for_token(ttype)
    css = []
    if style["color"]:
        css.append(f"color: #{style['color']}")
    if style["bold"]:
        css.append("font-weight: bold")
    if style["italic"]:
        css.append("font-style: italic")
    if style["underline"]:
        css.append("text-decoration: underline")
    if style["bgcolor"]:
        css.append(f"background-color: #{style['bgcolor']}")
    return "; ".join(css), not (style["underline"] or style["bgcolor"])


def _format(code: str, lexer: Lexer, dark: bool) -> str:
    """The lexer's tokens as the fewest spans that draw them the same."""
    out: list[str] = []
    run: list[str] = []
    run_css = ""
    run_takes_space = True
    for ttype, value in lexer.get_tokens(code):
        if not value:
            continue
        if run_takes_space and value.isspace():
            run.append(value)  # invisible in any colour: keep the run going
            continue
        css, takes_space = _css(ttype, dark)
        if css != run_css:
            if run:
                text = "".join(run).translate(_ESCAPE)
                out.append(f'<span style="{run_css}">{text}</span>' if run_css else text)
                run = []
            run_css, run_takes_space = css, takes_space
        run.append(value)
    if run:
        text = "".join(run).translate(_ESCAPE)
        out.append(f'<span style="{run_css}">{text}</span>' if run_css else text)
    return "".join(out)


def _highlight_uncached(code: str, lang: str, dark: bool) -> str:
    lexer = _lexer(lang.lower())
    if lexer is None or not code:
        return html.escape(code, quote=False)
    return _format(code, lexer, dark)


@lru_cache(maxsize=1024)
def _highlight_chunk(code: str, lang: str, dark: bool) -> str:
    return _highlight_uncached(code, lang, dark)


def split_chunks(code: str) -> list[str]:
    """Cut code into pieces that are lexed separately, at points that depend only on the text
    before them (so a growing block keeps its finished chunks): after >= CHUNK_LINES lines, at a
    blank line followed by an unindented line (a top-level statement in most languages, where a
    fresh lexer state is right), or at MAX_CHUNK_LINES lines whatever comes.
    """
    parts = code.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    chunks: list[str] = []
    start = 0
    for i in range(CHUNK_LINES, len(lines)):
        n = i - start
        if n >= MAX_CHUNK_LINES or (
            n >= CHUNK_LINES and not lines[i - 1].strip() and lines[i][:1].strip()
        ):
            chunks.append("".join(lines[start:i]))
            start = i
    chunks.append("".join(lines[start:]))
    return chunks


def highlight(code: str, lang: str, dark: bool = False, *, growing: bool = False) -> str:
    """HTML for the inside of a ``<pre>``: escaped code, coloured when ``lang`` is known.

    Chunks are cached, so a block highlighted while it streamed costs only its last chunk when
    it completes, and a full re-render after streaming costs no lexing at all. ``growing``:
    the last chunk is still changing, so it is lexed without polluting the cache.
    """
    if _plain or _lexer(lang.lower()) is None:
        return html.escape(code, quote=False)
    chunks = split_chunks(code)
    last = chunks.pop()
    out = [_highlight_chunk(c, lang, dark) for c in chunks]
    out.append(
        _highlight_uncached(last, lang, dark) if growing else _highlight_chunk(last, lang, dark)
    )
    return "".join(out)


@contextmanager
def plain_code() -> Iterator[None]:
    """Code is left uncoloured inside (escaped, as for an unknown language): the first
    screen at start-up is drawn before a lexer is imported (~50 ms with its first use), and
    redrawn in colour after the first paint. Markdown rendered inside is not cached."""
    global _plain
    _plain = True
    try:
        yield
    finally:
        _plain = False
        render = sys.modules.get(f"{__package__}.render")  # None: nothing was rendered
        if render is not None:
            render.render_markdown.cache_clear()


def cache_info() -> tuple:
    """Hits/misses of the chunk cache (tests, benchmarks)."""
    return _highlight_chunk.cache_info()


def cache_clear() -> None:
    """Forget highlighted output (tests and memory pressure)."""
    _highlight_chunk.cache_clear()


def warm_up(langs: tuple[str, ...] = ("python",)) -> Iterator[None]:
    """Import lexers and build formatters ahead of time, so the first code block of the
    first answer does not stall a flush: a step at a time (one lexer each), for the caller
    to run one per idle turn. Only Python's by default: it is the most common and the
    slowest (~20 ms); any other loads with its first block (JavaScript 8 ms, Rust 5, Bash 2
    here), which is cheaper than the 0.6 MB that JavaScript, Bash and JSON held at idle."""
    for dark in (False, True):
        _style(dark)
        code_colors(dark)
    for lang in langs:
        yield
        _highlight_uncached("x = 1\n", lang, False)
