"""A long answer's HTML as top-level pieces that can be rendered and shown one at a time.

Why: Qt costs ~2 ms per 1,000 characters of highlighted code to insert and lay out, and
Pygments ~3.5 ms per 100 lines, so a 20k-token answer drawn whole (a theme change, scrolling
back to it) froze the window for 0.2-0.3 s; a 3,000-row table for 2 s. The view shows the
pieces on screen first and the rest in idle time, each piece lexed only when it is drawn.

``"".join(p.html(dark) for p in pieces(text))`` equals ``render_markdown(text, dark=dark)``,
except that a table of more than ``TABLE_ROWS`` body rows becomes several tables of that
many rows (the header row only on the first), as a streamed one does (see split.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markdown_it.token import Token

from .render import MD, new_env, normalize_newlines, render_tokens

#: Body rows per table piece: ~15 ms of Qt's table layout each on this machine.
TABLE_ROWS = 40


class Piece:
    """Some top-level blocks of one answer; rendered on first use, per theme."""

    __slots__ = ("_html", "code_index", "size", "tokens")

    def __init__(self, tokens: Sequence[Token], code_index: int, size: int) -> None:
        self.tokens = tokens
        self.code_index = code_index  # copy-link number of its first code block
        self.size = size  # source lines: a cost estimate for the view's time budget
        self._html: dict[bool, str] = {}

    def html(self, dark: bool) -> str:
        if dark not in self._html:
            env = new_env(dark=dark, code_index=self.code_index)
            self._html[dark] = render_tokens(self.tokens, env)
        return self._html[dark]


@lru_cache(maxsize=16)
def pieces(text: str) -> tuple[Piece, ...]:
    """The top-level blocks of ``text`` (parsed once, cached), huge tables cut into parts."""
    tokens = MD.parse(normalize_newlines(text), new_env(dark=False))
    out: list[Piece] = []
    code_index = 0
    start = 0
    for i in range(1, len(tokens) + 1):
        if i < len(tokens) and not (tokens[i].level == 0 and tokens[i].nesting >= 0):
            continue
        block = tokens[start:i]
        first = block[0].map[0] if block and block[0].map else 0
        last = block[0].map[1] if block and block[0].map else first
        if block and block[0].type == "table_open":
            out += _table_parts(block)
        elif block:
            out.append(Piece(block, code_index, max(1, last - first)))
        code_index += sum(t.type in ("fence", "code_block") for t in block)
        start = i
    return tuple(out)


def _table_parts(block: Sequence[Token]) -> list[Piece]:
    """One table as tables of at most TABLE_ROWS body rows: Qt lays a table out whole."""
    try:
        body_open = next(i for i, t in enumerate(block) if t.type == "tbody_open")
    except StopIteration:
        return [Piece(block, 0, 1)]
    rows: list[list[Token]] = []
    for tok in block[body_open + 1 : -2]:  # up to tbody_close, table_close
        if tok.type == "tr_open":
            rows.append([])
        rows[-1].append(tok)
    if len(rows) <= TABLE_ROWS:
        return [Piece(block, 0, len(rows) + 2)]
    opening, closing = block[0], block[-2:]
    parts = []
    for k in range(0, len(rows), TABLE_ROWS):
        head = list(block[: body_open + 1]) if k == 0 else [opening, block[body_open]]
        chunk = [t for row in rows[k : k + TABLE_ROWS] for t in row]
        parts.append(Piece([*head, *chunk, *closing], 0, TABLE_ROWS))
    return parts
